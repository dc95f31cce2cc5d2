import {
  blockLength,
  errorLines,
  isComplete,
  replacedOverrides,
  toInput,
  toRows,
  totals,
} from '../../../admin-ui/src/calendar/schedule-form';
import { TEST_SCHEDULE_2027 } from '../../fixtures/calendar/schedules';

describe("the schedule dialog's form", () => {
  const draft = { source: ' 通知 ', note: '', notice: '', rows: toRows(TEST_SCHEDULE_2027.holidays) };

  it('round-trips the rows, reading make-up days typed with any separator', () => {
    expect(toInput(draft)).toEqual({ source: '通知', holidays: TEST_SCHEDULE_2027.holidays });
    const typed = toInput({
      source: 'x',
      note: ' 备注 ',
      notice: '',
      rows: [{ name: '春节', from: '2027-02-05', to: '', workdays: '2027-01-31，2027-02-20、 2027-02-21' }],
    });
    expect(typed).toEqual({
      source: 'x',
      note: '备注',
      holidays: [
        { name: '春节', from: '2027-02-05', to: '2027-02-05', workdays: ['2027-01-31', '2027-02-20', '2027-02-21'] },
      ],
    });
  });

  it('is ready to check once a notice is named and every row has a name and a first day', () => {
    expect(isComplete(draft)).toBe(true);
    expect(isComplete({ ...draft, source: ' ' })).toBe(false);
    expect(isComplete({ ...draft, rows: [] })).toBe(false);
    expect(isComplete({ ...draft, rows: [{ name: '春节', from: '', to: '', workdays: '' }] })).toBe(false);
  });

  it('counts the days off and make-up days, and names the local overrides the schedule replaces', () => {
    expect(blockLength(TEST_SCHEDULE_2027.holidays[1])).toBe(9);
    expect(blockLength({ name: 'x', from: '2027-02-05', to: '2027-02-01', workdays: [] })).toBe(0);
    expect(totals(TEST_SCHEDULE_2027.holidays)).toEqual({ holidays: 29, workdays: 5 });
    expect(
      replacedOverrides(TEST_SCHEDULE_2027.holidays, [
        { date: '2027-10-09', kind: 'HOLIDAY', source: 'override', note: '台风' },
        { date: '2027-02-10', kind: 'HOLIDAY', source: 'override', note: '闭馆' },
        { date: '2027-03-03', kind: 'HOLIDAY', source: 'override', note: '停电' },
        { date: '2027-02-05', kind: 'HOLIDAY', source: 'provisional', name: '春节' },
      ]),
    ).toEqual(['2027-02-10', '2027-10-09']);
  });

  it("shows the server's reasons in the console's language", () => {
    const body = {
      error: {
        message: '放假安排有误',
        details: [
          { path: 'holidays', message: '未包含春节', messageEn: 'Spring Festival missing' },
          { path: 'source', message: '请填写通知名称或文号' },
        ],
      },
    };
    expect(errorLines(body, 'x', 'zh-CN')).toEqual(['未包含春节', '请填写通知名称或文号']);
    expect(errorLines(body, 'x', 'en')).toEqual(['Spring Festival missing', '请填写通知名称或文号']);
    expect(errorLines({ error: { message: '已随系统提供', messageEn: 'ships with the product' } }, 'x', 'en')).toEqual([
      'ships with the product',
    ]);
    expect(errorLines(undefined, 'Network error', 'zh-CN')).toEqual(['Network error']);
  });
});
