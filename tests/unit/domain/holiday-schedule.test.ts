import {
  englishFestivalName,
  scheduleDays,
  scheduleIssues,
  scheduleSpan,
  scheduleWindow,
  type ScheduleHoliday,
} from '../../../domain/holiday-schedule';
import { TEST_SCHEDULE_2027 } from '../../fixtures/calendar/schedules';

const valid: ScheduleHoliday[] = TEST_SCHEDULE_2027.holidays;
const messages = (holidays: ScheduleHoliday[], year = 2027) => scheduleIssues(year, holidays).map((i) => i.message);
const replace = (index: number, change: Partial<ScheduleHoliday>) =>
  valid.map((h, i) => (i === index ? { ...h, ...change } : h));

describe("a year's holiday schedule (放假安排)", () => {
  it('accepts a schedule that covers every statutory holiday of the Measures', () => {
    expect(scheduleIssues(2027, valid)).toEqual([]);
  });

  it('becomes one override per day off and per make-up workday, named after its festival', () => {
    const days = scheduleDays(valid);
    expect(days.filter((d) => d.kind === 'HOLIDAY')).toHaveLength(3 + 9 + 3 + 5 + 1 + 1 + 7);
    expect(days.filter((d) => d.kind === 'WORKDAY').map((d) => d.date)).toEqual([
      '2027-01-31',
      '2027-02-20',
      '2027-05-08',
      '2027-09-26',
      '2027-10-09',
    ]);
    expect(days).toContainEqual({ date: '2027-02-11', kind: 'HOLIDAY', note: '春节' });
    expect(days).toContainEqual({ date: '2027-01-31', kind: 'WORKDAY', note: '春节' });
    expect(days.map((d) => d.date)).toEqual([...days.map((d) => d.date)].sort());
  });

  it('names the statutory holidays left out, festival by festival', () => {
    expect(messages(valid.filter((h) => h.name !== '春节'))).toEqual([
      '未包含春节的法定假日：2027-02-05、2027-02-06、2027-02-07、2027-02-08（全国年节及纪念日放假办法）',
    ]);
    expect(messages(replace(3, { from: '2027-05-02' }))).toEqual([
      '未包含劳动节的法定假日：2027-05-01（全国年节及纪念日放假办法）',
    ]);
  });

  it('keeps dates to the year and the week on either side of it', () => {
    expect(scheduleWindow(2027)).toEqual({ first: '2026-12-25', last: '2028-01-07' });
    // the 2019 notice style: a block starting in the last days of the year before, with a Saturday worked there
    expect(messages(replace(0, { from: '2026-12-27', workdays: ['2026-12-26'] }))).toEqual([]);
    expect(messages(replace(0, { from: '2026-12-24' }))).toEqual([
      '2026-12-24 不在 2027 年放假安排的范围内（2026-12-25 至 2028-01-07）',
    ]);
    expect(messages(replace(6, { workdays: ['2028-01-08'] }))).toEqual([
      '2028-01-08 不在 2027 年放假安排的范围内（2026-12-25 至 2028-01-07）',
    ]);
  });

  it('refuses reversed, overlong and overlapping blocks', () => {
    // a block with unusable dates is reported alone, without the statutory days it would have covered
    expect(messages(replace(2, { from: '2027-04-05', to: '2027-04-03' }))).toEqual([
      '清明节的放假结束日 2027-04-03 早于开始日 2027-04-05',
    ]);
    expect(messages(replace(6, { to: '2027-10-31' }))).toEqual(['国庆节放假 31 天，超过 15 天，请检查日期']);
    expect(messages([...valid, { name: '调休', from: '2027-10-07', to: '2027-10-08', workdays: [] }])).toEqual([
      '调休的放假日期与国庆节重叠（2027-10-07）',
    ]);
  });

  it('refuses contradictions in the make-up workdays', () => {
    expect(messages(replace(1, { workdays: ['2027-02-13'] }))).toEqual([
      '2027-02-13 同时被列为放假日（春节）和调休上班日',
    ]);
    expect(messages(replace(6, { workdays: ['2027-10-06'] }))).toEqual([
      '2027-10-06 同时被列为放假日（国庆节）和调休上班日',
    ]);
    expect(messages(replace(1, { workdays: ['2027-02-17'] }))).toEqual([
      '2027-02-17 是星期三，本就是工作日，不能作为调休上班日',
    ]);
    expect(messages(replace(3, { workdays: ['2027-05-08', '2027-05-08'] }))).toEqual(['调休上班日 2027-05-08 重复']);
    expect(messages(replace(3, { workdays: ['2027-10-09'] }))).toEqual(['调休上班日 2027-10-09 重复']);
  });

  it('points each issue at its field, in Chinese and English', () => {
    expect(scheduleIssues(2027, replace(1, { workdays: ['2027-01-31', '2027-02-17'] }))).toEqual([
      {
        path: 'holidays.1.workdays.1',
        message: '2027-02-17 是星期三，本就是工作日，不能作为调休上班日',
        messageEn: '2027-02-17 is a Wednesday, already a working day, so it cannot be a make-up workday',
      },
    ]);
  });

  it('spans the whole year and any edge days, for recomputing the matters it can move', () => {
    expect(scheduleSpan(2027, ['2027-02-05', '2026-12-27'])).toEqual({ from: '2026-12-27', to: '2027-12-31' });
    expect(scheduleSpan(2027, [])).toEqual({ from: '2027-01-01', to: '2027-12-31' });
  });
});

describe('festival names of a notice', () => {
  it('are put into English where every part is a festival of the Measures', () => {
    expect(englishFestivalName('中秋节、国庆节')).toBe('Mid-Autumn Festival, National Day');
    expect(englishFestivalName('春节调休')).toBeUndefined();
  });
});
