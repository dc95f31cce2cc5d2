import { isReportPeriod, MAX_REPORT_PERIOD_DAYS } from '../../../domain/report-period';

describe('a report period', () => {
  it('runs forward and covers a year and a little at most', () => {
    expect(isReportPeriod('2026-01-01', '2026-12-31')).toBe(true);
    expect(isReportPeriod('2026-05-01', '2026-05-01')).toBe(true);
    expect(isReportPeriod('2026-05-02', '2026-05-01')).toBe(false);
    expect(MAX_REPORT_PERIOD_DAYS).toBe(400);
    expect(isReportPeriod('2026-01-01', '2027-02-05')).toBe(true);
    expect(isReportPeriod('2026-01-01', '2027-02-06')).toBe(false);
  });
});
