import { retryDelayMs } from '../../../platform/notices/backoff';

const BASE = 30_000;
const MAX = 3_600_000;

describe('retry backoff', () => {
  it('doubles with each failure, between half and all of base·2^(n−1)', () => {
    for (const attempt of [1, 2, 3, 4, 5]) {
      const ceiling = BASE * 2 ** (attempt - 1);
      expect(retryDelayMs(attempt, BASE, MAX, () => 0)).toBe(ceiling / 2);
      expect(retryDelayMs(attempt, BASE, MAX, () => 1)).toBe(ceiling);
    }
  });

  it('never waits longer than the cap, however many failures', () => {
    expect(retryDelayMs(50, BASE, MAX, () => 1)).toBe(MAX);
    expect(retryDelayMs(1000, BASE, MAX, () => 0.5)).toBe(MAX * 0.75);
  });

  it('spreads notices that failed together', () => {
    const delays = new Set([0.1, 0.4, 0.7, 0.9].map((r) => retryDelayMs(3, BASE, MAX, () => r)));
    expect(delays.size).toBe(4);
  });
});
