/**
 * Loading a year's State Council schedule through the API. Run from calendar.test.ts, not a file of its own:
 * loading 2027 moves the due dates the override test there waits for, and one file's tests run one at a time.
 */
import { WorkingCalendar } from '../../../domain/working-calendar';
import { chinaDateOf } from '../../../domain/china-time';
import type { Db } from '../../../platform/db';
import { TEST_SCHEDULE_2027 } from '../../fixtures/calendar/schedules';
import { acceptMatter, as, matterDetail, waitFor } from '../../support/matters';

const PATH = '/calendar/years/2027/schedule';

/** The calendar as the database defines it now (other tests may hold an override for a moment). */
async function calendarIn(db: Db): Promise<WorkingCalendar> {
  const [overrides, years] = await Promise.all([db.calendarOverride.findMany(), db.calendarYear.findMany()]);
  return new WorkingCalendar({ overrides, publishedYears: years.map((y) => y.year) });
}

export function scheduleSuite(db: Db): void {
  afterAll(async () => {
    // leave 2027 provisional for whatever runs next on this stack
    if (await db.calendarYear.findUnique({ where: { year: 2027 } })) await (await as('admin')).request('DELETE', PATH);
  });

  it('lets only admins load or unpublish a schedule; everyone signed in sees which years are published', async () => {
    for (const username of ['clerk', 'manager', 'designer']) {
      const api = await as(username);
      expect((await api.put(PATH, TEST_SCHEDULE_2027)).status).toBe(403);
      expect((await api.request('DELETE', PATH)).status).toBe(403);
    }
    const years = await (await as('clerk')).get('/calendar/years');
    expect(years.status).toBe(200);
    expect(years.body.years).toEqual(
      expect.arrayContaining([
        { year: 2026, status: 'builtin' },
        { year: 2027, status: 'provisional' },
      ]),
    );
    expect((await (await as('clerk')).get(PATH)).status).toBe(404);
  });

  it('rejects a bad schedule with clear Chinese messages, and changes nothing', async () => {
    const admin = await as('admin');
    const withoutSpringFestival = {
      ...TEST_SCHEDULE_2027,
      holidays: TEST_SCHEDULE_2027.holidays.filter((h) => h.name !== '春节'),
    };
    const missing = await admin.put(PATH, withoutSpringFestival);
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toBe(
      '放假安排有误：未包含春节的法定假日：2027-02-05、2027-02-06、2027-02-07、2027-02-08（全国年节及纪念日放假办法）',
    );
    expect(missing.body.error.details).toEqual([
      {
        path: 'holidays',
        message: '未包含春节的法定假日：2027-02-05、2027-02-06、2027-02-07、2027-02-08（全国年节及纪念日放假办法）',
        messageEn:
          'the statutory Spring Festival holiday 2027-02-05, 2027-02-06, 2027-02-07, 2027-02-08 is in no block (Measures on National Holidays)',
      },
    ]);

    const contradictions = TEST_SCHEDULE_2027.holidays.map((h) =>
      h.name === '国庆节' ? { ...h, workdays: ['2027-10-06', '2027-10-13'] } : h,
    );
    const both = await admin.put(PATH, { ...TEST_SCHEDULE_2027, holidays: contradictions });
    expect(both.status).toBe(400);
    expect(both.body.error.details.map((d: { path: string; message: string }) => [d.path, d.message])).toEqual([
      ['holidays.6.workdays.0', '2027-10-06 同时被列为放假日（国庆节）和调休上班日'],
      ['holidays.6.workdays.1', '2027-10-13 是星期三，本就是工作日，不能作为调休上班日'],
    ]);

    const shape = await admin.put(PATH, { holidays: [{ name: '春节', from: '2027-02-30', to: '2027-02-13' }] });
    expect(shape.status).toBe(400);
    expect(shape.body.error.details.map((d: { message: string }) => d.message).sort()).toEqual(
      ['日期不存在', '请填写通知名称或文号'].sort(),
    );
    expect((await admin.put('/calendar/years/abc/schedule', TEST_SCHEDULE_2027)).body.error.details[0].message).toBe(
      '年份应为数字',
    );

    const builtin = await admin.put('/calendar/years/2026/schedule', TEST_SCHEDULE_2027);
    expect(builtin.status).toBe(409);
    expect(builtin.body.error.message).toBe('2026 年的放假安排已随系统提供，无需加载；个别日期请在月历中单独调整');
    expect((await admin.request('DELETE', '/calendar/years/2029/schedule')).status).toBe(404);

    expect(await db.calendarYear.count({ where: { year: 2027 } })).toBe(0);
    expect(await db.calendarOverride.count({ where: { date: { gte: '2027-01-01', lte: '2027-12-31' } } })).toBe(0);
  });

  it('loading 2027 publishes the year and recomputes an open matter running into it, the change recorded; unpublishing undoes it', async () => {
    const admin = await as('admin');
    const acceptedOn = chinaDateOf(new Date());
    // a promised limit ending on Wed 10 Feb 2027 as the provisional calendar counts (statutory holidays only)
    const provisional = await calendarIn(db);
    const promisedDays = provisional.workingDaysBetween(acceptedOn, '2027-02-10');
    const item = await admin.post('/items', {
      code: 'TC-002',
      name: '测试事项（放假安排）',
      kind: 'PROMISED',
      leadDepartmentCode: 'MINZHENG',
      legalBasis: '测试',
      conditions: '测试',
      promisedDays,
      statutoryDays: promisedDays + 20,
      deliveryMethods: ['ONSITE'],
      procedureKey: 'promised',
      materials: [{ code: 'APPLICATION', name: '申请书' }],
    });
    expect(item.status).toBe(201);
    const accepted = await acceptMatter('TC-002');
    // the workflow counts the deadline once before it opens the first task: wait for that task, or the schedule
    // loaded below could land before that first count, which would then record the new date as 受理's
    const before = await waitFor('the provisional due date, counted by the workflow too', async () => {
      const m = await db.matter.findUniqueOrThrow({ where: { id: accepted.id } });
      const counted = (await db.task.count({ where: { matterId: accepted.id } })) > 0;
      return m.status === 'IN_PROGRESS' && m.dueDate && counted ? m : undefined;
    });
    expect(before).toMatchObject({ dueDate: '2027-02-10', provisional: true });

    // a local override on a day the schedule decides otherwise: the schedule replaces it, the audit keeps it
    expect(
      (await admin.put('/calendar/overrides/2027-10-09', { kind: 'HOLIDAY', note: '测试：本地调整' })).status,
    ).toBe(200);

    const load = await admin.put(PATH, { ...TEST_SCHEDULE_2027, note: '测试' });
    expect(load.status).toBe(200);
    expect(load.body).toMatchObject({ year: 2027, holidayDays: 29, workdays: 5, replacedOverrides: 1, failed: 0 });
    expect(load.body.recomputed).toBeGreaterThanOrEqual(1);

    // Sun 31 Jan is worked, so the count reaches the old last day sooner; 9–12 Feb are now off: due Mon 15 Feb
    const scheduleOnly = new WorkingCalendar({
      publishedYears: [2027],
      overrides: await db.calendarOverride.findMany({ where: { scheduleYear: 2027 } }),
    });
    expect(scheduleOnly.addWorkingDays(acceptedOn, promisedDays)).toBe('2027-02-15');
    const after = await waitFor('the due date from the loaded schedule, no longer provisional', async () => {
      const expected = (await calendarIn(db)).addWorkingDays(acceptedOn, promisedDays);
      const m = await db.matter.findUniqueOrThrow({ where: { id: accepted.id } });
      return m.dueDate === expected && !m.provisional ? m : undefined;
    });
    expect(after.dueDate).not.toBe(before.dueDate);
    const detail = await matterDetail(accepted.id);
    expect(detail.provisional).toBe(false);
    expect(detail.deadlineChanges).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          oldDueDate: '2027-02-10',
          newDueDate: after.dueDate,
          reasonZh: '2027 年放假安排公布',
          reasonEn: '2027 holiday schedule published',
        }),
      ]),
    );

    const year = await (await as('clerk')).get('/calendar?year=2027');
    expect(year.body).toMatchObject({ published: true, status: 'loaded' });
    expect(year.body.days).toEqual(
      expect.arrayContaining([
        { date: '2027-02-11', kind: 'HOLIDAY', source: 'official', name: '春节', nameEn: 'Spring Festival' },
        { date: '2027-01-31', kind: 'WORKDAY', source: 'official', name: '春节', nameEn: 'Spring Festival' },
        { date: '2027-10-09', kind: 'WORKDAY', source: 'official', name: '国庆节', nameEn: 'National Day' },
      ]),
    );
    expect(year.body.days.some((d: { source: string }) => d.source === 'provisional')).toBe(false);
    const years = await (await as('clerk')).get('/calendar/years');
    expect(years.body.years.find((y: { year: number }) => y.year === 2027)).toEqual({
      year: 2027,
      status: 'loaded',
      source: TEST_SCHEDULE_2027.source,
      publishedAt: expect.any(String),
      publishedBy: expect.any(String),
      holidayDays: 29,
      workdays: 5,
    });
    const stored = await (await as('clerk')).get(PATH);
    expect(stored.body).toMatchObject({
      year: 2027,
      source: TEST_SCHEDULE_2027.source,
      note: '测试',
      holidays: TEST_SCHEDULE_2027.holidays,
    });

    const audits = await db.auditLog.findMany({
      where: { objectType: 'CalendarYear', objectId: '2027' },
      orderBy: { seq: 'asc' },
    });
    expect(audits.map((a) => [a.action, a.actorName])).toEqual([['calendar.schedule.load', 'admin']]);
    expect(audits[0].detail).toMatchObject({
      source: TEST_SCHEDULE_2027.source,
      previous: null,
      replacedOverrides: [{ date: '2027-10-09', kind: 'HOLIDAY', note: '测试：本地调整' }],
    });

    // loading the same notice again (e.g. a correction) replaces the year's days, it does not add to them
    expect((await admin.put(PATH, TEST_SCHEDULE_2027)).body).toMatchObject({
      holidayDays: 29,
      workdays: 5,
      replacedOverrides: 0,
    });
    expect(await db.calendarOverride.count({ where: { scheduleYear: 2027 } })).toBe(34);

    const unpublished = await admin.request('DELETE', PATH);
    expect(unpublished.status).toBe(200);
    expect(unpublished.body.recomputed).toBeGreaterThanOrEqual(1);
    await waitFor('the provisional due date again', async () => {
      const m = await db.matter.findUniqueOrThrow({ where: { id: accepted.id } });
      return m.dueDate === (await calendarIn(db)).addWorkingDays(acceptedOn, promisedDays) && m.provisional
        ? m
        : undefined;
    });
    expect(await db.calendarOverride.count({ where: { date: { gte: '2027-01-01', lte: '2027-12-31' } } })).toBe(0);
    expect((await (await as('clerk')).get('/calendar?year=2027')).body).toMatchObject({
      published: false,
      status: 'provisional',
    });
    expect(
      (
        await db.auditLog.findMany({ where: { objectType: 'CalendarYear', objectId: '2027' }, orderBy: { seq: 'asc' } })
      ).map((a) => a.action),
    ).toEqual(['calendar.schedule.load', 'calendar.schedule.load', 'calendar.schedule.unpublish']);
  });
}
