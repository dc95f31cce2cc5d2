import { createChangeNotices } from '../../../platform/change-notices';

/** The per-process cache behind sessions, intake guides and the calendar (its notices: tests/integration/calendar). */
describe('change-notice cache', () => {
  const notices = createChangeNotices(process.env.DATABASE_URL!);
  afterAll(() => notices.close());

  it('keeps at most maxEntries keys, dropping the oldest, and never keeps a load that threw', async () => {
    await notices.listening();
    const loads: string[] = [];
    const cache = notices.cache(
      ['NoSuchTable'],
      async (key: string) => {
        loads.push(key);
        if (key === 'bad') throw new Error('no such row');
        return key.toUpperCase();
      },
      { maxEntries: 2 },
    );

    expect(await cache.get('a')).toBe('A');
    expect(await cache.get('b')).toBe('B');
    expect(await cache.get('a')).toBe('A');
    expect(await cache.get('c')).toBe('C'); // a is the oldest kept: dropped
    expect(await cache.get('b')).toBe('B');
    expect(await cache.get('a')).toBe('A');
    expect(loads).toEqual(['a', 'b', 'c', 'a']);

    await expect(cache.get('bad')).rejects.toThrow('no such row');
    await expect(cache.get('bad')).rejects.toThrow('no such row');
    expect(loads.filter((k) => k === 'bad')).toHaveLength(2);
  });

  it('drops at once, without waiting for the notice, the caches of the tables this process says it wrote', async () => {
    await notices.listening();
    let loads = 0;
    const cache = notices.cache(['NoSuchTable'], async () => ++loads);
    expect(await cache.get('k')).toBe(1);
    notices.wrote(['OtherTable']);
    expect(await cache.get('k')).toBe(1);
    notices.wrote(['OtherTable', 'NoSuchTable']);
    expect(await cache.get('k')).toBe(2);
  });
});
