/** the longest period one report covers (责任追究, assessment): the yearly assessment's year and a little */
export const MAX_REPORT_PERIOD_DAYS = 400;

/** from ≤ to, both China dates 'YYYY-MM-DD', at most MAX_REPORT_PERIOD_DAYS apart */
export function isReportPeriod(from: string, to: string): boolean {
  return from <= to && Date.parse(to) - Date.parse(from) <= MAX_REPORT_PERIOD_DAYS * 86_400_000;
}
