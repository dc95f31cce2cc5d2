import { THROTTLES, waitAfter } from '../../../api/public/lookup-throttle';

describe('waits after failed public look-ups', () => {
  it('lets the free failures pass, then doubles the wait up to the cap', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => waitAfter(n, 3, 3600))).toEqual([0, 0, 0, 1, 2, 4, 8]);
    expect(waitAfter(40, 3, 3600)).toBe(3600);
  });

  it('never keeps the applicant out for long however many addresses guess', () => {
    const all = THROTTLES.find((t) => t.scope === 'all')!;
    expect(waitAfter(1_000, all.freeFailures, all.maxWaitSeconds)).toBeLessThanOrEqual(60);
  });
});
