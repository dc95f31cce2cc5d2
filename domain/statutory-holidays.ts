/**
 * The statutory holidays fixed by the Measures on National Holidays (全国年节及纪念日放假办法, 2024 revision),
 * used for years whose State Council schedule is not published yet (docs/legal-rules.md, "Holiday schedules that
 * are not published yet"). Bridging days and make-up workdays are NOT predicted: they wait for the annual schedule.
 */
import { addCalendarDays } from './china-time';

export interface HolidayName {
  zh: string;
  en: string;
}

/**
 * Gregorian dates of the lunar / solar-term holidays: [Spring Festival day 1 (正月初一), Qingming, Dragon Boat
 * (五月初五), Mid-Autumn (八月十五)]. Generated once from chinese-days 1.5.7 (getSolarDateFromLunar,
 * getSolarTermDate, cross-checked with getLunarDate) run under TZ=UTC and TZ=Asia/Shanghai; embedded because
 * those functions read the host time zone and give the previous day west of UTC.
 */
const LUNAR_HOLIDAY_TABLE: Readonly<Record<number, readonly [string, string, string, string]>> = {
  2025: ['01-29', '04-04', '05-31', '10-06'],
  2026: ['02-17', '04-05', '06-19', '09-25'],
  2027: ['02-06', '04-05', '06-09', '09-15'],
  2028: ['01-26', '04-04', '05-28', '10-03'],
  2029: ['02-13', '04-04', '06-16', '09-22'],
  2030: ['02-03', '04-05', '06-05', '09-12'],
  2031: ['01-23', '04-05', '06-24', '10-01'],
  2032: ['02-11', '04-04', '06-12', '09-19'],
  2033: ['01-31', '04-04', '06-01', '09-08'],
  2034: ['02-19', '04-05', '06-20', '09-27'],
  2035: ['02-08', '04-05', '06-10', '09-16'],
};

export const LUNAR_TABLE_YEARS = Object.keys(LUNAR_HOLIDAY_TABLE).map(Number);

const NEW_YEAR: HolidayName = { zh: '元旦', en: "New Year's Day" };
const SPRING_FESTIVAL: HolidayName = { zh: '春节', en: 'Spring Festival' };
const QINGMING: HolidayName = { zh: '清明节', en: 'Qingming Festival' };
const LABOUR_DAY: HolidayName = { zh: '劳动节', en: 'Labour Day' };
const DRAGON_BOAT: HolidayName = { zh: '端午节', en: 'Dragon Boat Festival' };
const MID_AUTUMN: HolidayName = { zh: '中秋节', en: 'Mid-Autumn Festival' };
const NATIONAL_DAY: HolidayName = { zh: '国庆节', en: 'National Day' };

/** Whether the lunar holidays of `year` are known; beyond the table only the fixed-date holidays are skipped. */
export function hasLunarHolidays(year: number): boolean {
  return year in LUNAR_HOLIDAY_TABLE;
}

/** The statutory holiday dates of a year (weekend or not), each with its name. */
export function statutoryHolidaysOf(year: number): Map<string, HolidayName> {
  const holidays = new Map<string, HolidayName>();
  const on = (monthDay: string, name: HolidayName) => holidays.set(`${year}-${monthDay}`, name);
  on('01-01', NEW_YEAR);
  on('05-01', LABOUR_DAY);
  on('05-02', LABOUR_DAY);
  on('10-01', NATIONAL_DAY);
  on('10-02', NATIONAL_DAY);
  on('10-03', NATIONAL_DAY);
  const lunar = LUNAR_HOLIDAY_TABLE[year];
  if (lunar) {
    const [springFestival, qingming, dragonBoat, midAutumn] = lunar;
    const firstDay = `${year}-${springFestival}`;
    // 4 days: lunar New Year's Eve (除夕) and the 1st–3rd days of the first lunar month
    for (let offset = -1; offset <= 2; offset++) holidays.set(addCalendarDays(firstDay, offset), SPRING_FESTIVAL);
    on(qingming, QINGMING);
    on(dragonBoat, DRAGON_BOAT);
    // Mid-Autumn on 1 Oct (e.g. 2031) merges with National Day; the schedule will say how, we keep the date
    if (!holidays.has(`${year}-${midAutumn}`)) on(midAutumn, MID_AUTUMN);
  }
  return holidays;
}
