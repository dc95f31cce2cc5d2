import { toQueryString, withQuery } from '../../../admin-ui/src/shared/query';
import { addCalendarDays, chinaDateOf } from '../../../domain/china-time';
import { monthStart } from '../../../admin-ui/src/shared/chinaDate';
import { filenameFrom } from '../../../admin-ui/src/shared/filename';
import { absenceDate, isAbsentOn } from '../../../admin-ui/src/users/absence';
import { guideBody } from '../../../admin-ui/src/items/transform';
import { daysWithoutProgress } from '../../../admin-ui/src/stalled/progress';
import { passwordPolicy } from '../../../admin-ui/src/users/password';

describe('console management helpers', () => {
  test('filters become plain query parameters; empty values are dropped and arrays repeat', () => {
    expect(toQueryString({ q: '低保', departmentCode: 'MINZHENG', kind: '', x: undefined, status: ['A', 'B'] })).toBe(
      'q=%E4%BD%8E%E4%BF%9D&departmentCode=MINZHENG&status=A&status=B',
    );
    expect(withQuery('/audit/export.csv', {})).toBe('/audit/export.csv');
    expect(withQuery('/calendar?year=2026', { a: 1 })).toBe('/calendar?year=2026&a=1');
  });

  test('China dates: an instant late on 23 November UTC is already 24 November in China', () => {
    expect(chinaDateOf(new Date('2026-11-23T16:30:00Z'))).toBe('2026-11-24');
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addCalendarDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(monthStart('2026-11-24')).toBe('2026-11-01');
  });

  test('the download name comes from Content-Disposition, UTF-8 form first', () => {
    expect(filenameFrom('attachment; filename="audit.csv"; filename*=UTF-8\'\'%E5%AE%A1%E8%AE%A1.csv')).toBe(
      '审计.csv',
    );
    expect(filenameFrom('attachment; filename="matters.csv"')).toBe('matters.csv');
    expect(filenameFrom(null)).toBeUndefined();
  });

  test('an absence bound answered as an instant shows as its China date; today inside the period is away', () => {
    expect(absenceDate('2026-11-27T15:59:59.999Z')).toBe('2026-11-27');
    expect(absenceDate('2026-11-25')).toBe('2026-11-25');
    expect(absenceDate(null)).toBe('');
    expect(isAbsentOn('2026-11-26', '2026-11-25', '2026-11-27')).toBe(true);
    expect(isAbsentOn('2026-11-28', '2026-11-25', '2026-11-27')).toBe(false);
  });

  test('only the guide fields go to PUT /items/:code, materials cleaned', () => {
    const body = guideBody({
      id: 'MZ-001',
      code: 'MZ-001',
      name: '低保',
      promisedDays: 12,
      departmentNames: { MINZHENG: '民政办' },
      materials: [
        {
          code: ' ID_CARD ',
          name: '身份证',
          required: true,
          deficiencyAllowed: false,
          copies: 1,
          note: '  ',
          sample: ' 例 ',
        },
      ],
    } as never);
    expect(body).toEqual({
      name: '低保',
      promisedDays: 12,
      materials: [
        { code: 'ID_CARD', name: '身份证', required: true, deficiencyAllowed: false, note: null, sample: '例' },
      ],
    });
    expect(guideBody({ code: ' MZ-009 ', name: 'x' } as never, true)).toEqual({ code: 'MZ-009', name: 'x' });
  });

  test('password policy: 12+ characters with letters and digits; blank means unchanged', () => {
    expect(passwordPolicy('', {}, {})).toBeUndefined();
    expect(passwordPolicy('OneWindow2026', {}, {})).toBeUndefined();
    expect(passwordPolicy('short1', {}, {})).toBe('resources.users.validation.password');
    expect(passwordPolicy('onlyletterslong', {}, {})).toBe('resources.users.validation.password');
  });

  test('days without progress count whole calendar days', () => {
    const now = Date.parse('2026-11-24T08:00:00Z');
    expect(daysWithoutProgress('2026-11-24T07:00:00Z', now)).toBe(0);
    expect(daysWithoutProgress('2026-11-20T08:00:00Z', now)).toBe(4);
  });
});
