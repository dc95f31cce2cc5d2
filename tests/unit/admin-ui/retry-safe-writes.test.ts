import { createRetrySafeWrites } from '../../../admin-ui/src/shared/idempotency';

const failure = (status?: number) => Object.assign(new Error('failed'), status === undefined ? {} : { status });

describe("retry-safe writes (the console's task steps)", () => {
  test('the same request keeps its key until it has a final answer', async () => {
    const retrySafe = createRetrySafeWrites();
    const keys: string[] = [];
    const answer = (outcome: 'ok' | number | 'lost') => (key: string) => {
      keys.push(key);
      return outcome === 'ok'
        ? Promise.resolve(key)
        : Promise.reject(failure(outcome === 'lost' ? undefined : outcome));
    };
    await expect(retrySafe('POST /tasks/1/complete {}', answer(503))).rejects.toThrow();
    await expect(retrySafe('POST /tasks/1/complete {}', answer('lost'))).rejects.toThrow();
    await retrySafe('POST /tasks/1/complete {}', answer('ok'));
    // settled: the next attempt is a new step
    await expect(retrySafe('POST /tasks/1/complete {}', answer(409))).rejects.toThrow();
    await retrySafe('POST /tasks/1/complete {}', answer('ok'));
    expect(new Set(keys.slice(0, 3)).size).toBe(1);
    expect(keys[3]).not.toBe(keys[0]);
    expect(keys[4]).not.toBe(keys[3]);
  });

  test('another request (another task, step or body) has its own key', async () => {
    const retrySafe = createRetrySafeWrites();
    const keys: string[] = [];
    const unavailable = (key: string) => {
      keys.push(key);
      return Promise.reject(failure(503));
    };
    for (const request of [
      'a {"decision":"approve"}',
      'a {"decision":"reject"}',
      'b {"decision":"approve"}',
      'a {"decision":"approve"}',
    ]) {
      await expect(retrySafe(request, unavailable)).rejects.toThrow();
    }
    expect(new Set(keys.slice(0, 3)).size).toBe(3);
    expect(keys[3]).toBe(keys[0]);
  });
});
