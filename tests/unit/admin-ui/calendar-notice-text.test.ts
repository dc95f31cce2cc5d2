import { parseNotice } from '../../../admin-ui/src/calendar/notice-text';
import { TEST_NOTICE_2027, TEST_NOTICE_2028, TEST_SCHEDULE_2027 } from '../../fixtures/calendar/schedules';

describe('reading a pasted State Council notice', () => {
  it('gives one row per festival: its days off and the make-up workdays', () => {
    expect(parseNotice(TEST_NOTICE_2027, 2027)).toEqual({ holidays: TEST_SCHEDULE_2027.holidays, skipped: [] });
  });

  it('keeps a combined heading, and months carried over from the first date', () => {
    const { holidays } = parseNotice(TEST_NOTICE_2028, 2028);
    expect(holidays).toHaveLength(6);
    expect(holidays[1]).toEqual({
      name: '春节',
      from: '2028-01-25',
      to: '2028-02-01',
      workdays: ['2028-01-22', '2028-02-05'],
    });
    expect(holidays[5]).toEqual({
      name: '中秋节、国庆节',
      from: '2028-09-30',
      to: '2028-10-07',
      workdays: ['2028-09-24', '2028-10-08'],
    });
  });

  it('places late-December days of a New Year block in the year before (the 2019 notice)', () => {
    const text = '一、元旦：2018年12月30日至2019年1月1日放假调休，共3天。2018年12月29日（星期六）上班。';
    expect(parseNotice(text, 2019).holidays).toEqual([
      { name: '元旦', from: '2018-12-30', to: '2019-01-01', workdays: ['2018-12-29'] },
    ]);
    const withoutYears = '一、元旦：12月30日至1月1日放假调休，共3天。12月29日（星期六）上班。';
    expect(parseNotice(withoutYears, 2019).holidays).toEqual([
      { name: '元旦', from: '2018-12-30', to: '2019-01-01', workdays: ['2018-12-29'] },
    ]);
  });

  it('reads headings pasted as one paragraph, and lists the lines it could not read', () => {
    const text = `各省、自治区、直辖市人民政府：\n经国务院批准，现将2027年部分节假日安排通知如下。${TEST_NOTICE_2027.replace(/\n/g, '')}\n节假日期间，各地区、各部门要妥善安排好值班和安全、保卫等工作。`;
    const parsed = parseNotice(text, 2027);
    expect(parsed.holidays).toEqual(TEST_SCHEDULE_2027.holidays);
    expect(parsed.skipped).toEqual([
      '各省、自治区、直辖市人民政府：',
      '经国务院批准，现将2027年部分节假日安排通知如下。',
      '节假日期间，各地区、各部门要妥善安排好值班和安全、保卫等工作。',
    ]);
  });
});
