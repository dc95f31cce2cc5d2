import { createWriteBehind } from '../../../platform/write-behind';

const tick = () => new Promise((r) => setImmediate(r));

describe('write-behind batches', () => {
  it('writes at once when idle, and gathers what arrives during a write into the next one', async () => {
    const batches: number[][] = [];
    let release!: () => void;
    const writer = createWriteBehind<number>(
      async (items) => {
        batches.push(items);
        if (batches.length === 1) await new Promise<void>((r) => (release = r));
      },
      () => undefined,
    );
    writer.add(1);
    await tick();
    expect(batches).toEqual([[1]]);
    writer.add(2);
    writer.add(3);
    await tick();
    expect(batches).toEqual([[1]]); // the first write is still running
    release();
    await writer.flush();
    expect(batches).toEqual([[1], [2, 3]]);
    writer.add(4);
    await writer.flush();
    expect(batches).toEqual([[1], [2, 3], [4]]);
  });

  it('reports a failed batch and goes on with the next', async () => {
    const failed: number[][] = [];
    const written: number[][] = [];
    const writer = createWriteBehind<number>(
      async (items) => {
        if (items.includes(1)) throw new Error('database down');
        written.push(items);
      },
      (_e, items) => failed.push(items),
    );
    writer.add(1);
    await writer.flush();
    writer.add(2);
    await writer.flush();
    expect(failed).toEqual([[1]]);
    expect(written).toEqual([[2]]);
  });
});
