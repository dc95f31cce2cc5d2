import { WorkingCalendar } from '../../../domain/working-calendar';
import { chinaDateOf } from '../../../domain/china-time';
import { ApiClient } from '../../support/api-client';
import { testDb } from '../../support/db';
import { acceptMatter, as, waitFor } from '../../support/matters';
import { scheduleSuite } from './schedule-suite';

jest.setTimeout(120_000);

describe('working-day calendar', () => {
  const db = testDb();
  afterAll(() => db.$disconnect());

  it('answers 401 without a session and 403 to non-admins on changes', async () => {
    const anonymous = new ApiClient();
    expect((await anonymous.get('/calendar')).status).toBe(401);
    expect((await anonymous.put('/calendar/overrides/2026-12-01', { kind: 'HOLIDAY', note: 'x' })).status).toBe(401);
    expect((await anonymous.request('DELETE', '/calendar/overrides/2026-12-01')).status).toBe(401);
    for (const username of ['clerk', 'manager']) {
      const api = await as(username);
      expect((await api.put('/calendar/overrides/2026-12-01', { kind: 'HOLIDAY', note: 'x' })).status).toBe(403);
      expect((await api.request('DELETE', '/calendar/overrides/2026-12-01')).status).toBe(403);
    }
  });

  it("gives a published year's holidays and make-up workdays, not plain weekends", async () => {
    const res = await (await as('clerk')).get('/calendar?year=2026');
    expect(res.status).toBe(200);
    expect(res.body.published).toBe(true);
    expect(res.body.days).toEqual(
      expect.arrayContaining([
        { date: '2026-10-01', kind: 'HOLIDAY', source: 'official', name: '国庆节', nameEn: 'National Day' },
        expect.objectContaining({ date: '2026-01-04', kind: 'WORKDAY', source: 'official' }),
      ]),
    );
    expect(res.body.days.find((d: { date: string }) => d.date === '2026-03-07')).toBeUndefined();
    const current = await (await as('clerk')).get('/calendar');
    expect(current.body.year).toBe(Number(chinaDateOf(new Date()).slice(0, 4)));
  });

  it('marks a year without a published schedule, with its statutory holidays provisional', async () => {
    const res = await (await as('clerk')).get('/calendar?year=2027');
    expect(res.body.published).toBe(false);
    expect(res.body.days).toEqual(
      expect.arrayContaining([
        { date: '2027-01-01', kind: 'HOLIDAY', source: 'provisional', name: '元旦', nameEn: "New Year's Day" },
      ]),
    );
  });

  it('rejects bad input with Chinese messages', async () => {
    const admin = await as('admin');
    const year = await admin.get('/calendar?year=abc');
    expect(year.status).toBe(400);
    expect(year.body.error.details[0].message).toBe('年份应为数字');
    const date = await admin.put('/calendar/overrides/2026-02-30', { kind: 'HOLIDAY', note: '台风' });
    expect(date.status).toBe(400);
    expect(date.body.error.details[0]).toMatchObject({ message: '日期不存在', messageEn: 'no such calendar date' });
    const body = await admin.put('/calendar/overrides/2026-12-01', { kind: 'SOMETIMES' });
    expect(body.status).toBe(400);
    expect(body.body.error.details.map((d: { message: string }) => d.message).sort()).toEqual(
      ['类型应为 WORKDAY（上班）或 HOLIDAY（休息）', '请填写调整原因'].sort(),
    );
    expect((await admin.request('DELETE', '/calendar/overrides/2031-05-05')).status).toBe(404);
  });

  it('an override recomputes the open matters it touches, each change recorded with its reason', async () => {
    const admin = await as('admin');
    // a long promised limit, so the override date lies beyond every other test's matters
    const item = await admin.post('/items', {
      code: 'TC-001',
      name: '测试事项（日历）',
      kind: 'PROMISED',
      leadDepartmentCode: 'MINZHENG',
      legalBasis: '测试',
      conditions: '测试',
      promisedDays: 200,
      statutoryDays: 300,
      deliveryMethods: ['ONSITE'],
      procedureKey: 'promised',
      materials: [{ code: 'APPLICATION', name: '申请书' }],
    });
    expect(item.status).toBe(201);
    const accepted = await acceptMatter('TC-001');
    // the workflow recounts the due date before it opens the first step: once a task is there, that recount is done
    // and cannot take the override below for its own ("受理")
    await waitFor('the first step', () => db.task.findFirst({ where: { matterId: accepted.id } }));
    const before = await db.matter.findUniqueOrThrow({ where: { id: accepted.id } });
    const plain = new WorkingCalendar({ overrides: await db.calendarOverride.findMany() });
    const date = plain.addWorkingDays(chinaDateOf(new Date()), 150);
    expect(date < before.dueDate!).toBe(true);

    const set = await admin.put(`/calendar/overrides/${date}`, { kind: 'HOLIDAY', note: '测试：临时闭馆' });
    expect(set.status).toBe(200);
    expect(set.body.recomputed).toBeGreaterThanOrEqual(1);
    expect(set.body.failed).toBe(0);
    const later = plain.addWorkingDays(before.dueDate!, 1);
    await waitFor(
      'the due date to move a working day later',
      async () => (await db.matter.findUniqueOrThrow({ where: { id: accepted.id } })).dueDate === later,
    );
    const changes = await db.deadlineChange.findMany({
      where: { matterId: accepted.id, oldDueDate: before.dueDate, newDueDate: later },
    });
    expect(changes).toHaveLength(1);
    // the matter's record says which change moved it
    expect(changes[0]).toMatchObject({
      reasonZh: `工作日历调整：${date} 改为休息日`,
      reasonEn: `working calendar: ${date} made a day off`,
    });

    const year = await admin.get(`/calendar?year=${date.slice(0, 4)}`);
    expect(year.body.days).toEqual(
      expect.arrayContaining([{ date, kind: 'HOLIDAY', source: 'override', note: '测试：临时闭馆' }]),
    );

    const removed = await admin.request('DELETE', `/calendar/overrides/${date}`);
    expect(removed.status).toBe(200);
    expect(removed.body.recomputed).toBeGreaterThanOrEqual(1);
    await waitFor(
      'the due date to move back',
      async () => (await db.matter.findUniqueOrThrow({ where: { id: accepted.id } })).dueDate === before.dueDate,
    );
    expect(
      await db.deadlineChange.findFirst({
        where: { matterId: accepted.id, oldDueDate: later, newDueDate: before.dueDate },
      }),
    ).toMatchObject({ reasonZh: `工作日历调整：撤销 ${date} 的调整` });

    const audits = await db.auditLog.findMany({
      where: { objectType: 'CalendarOverride', objectId: date },
      orderBy: { seq: 'asc' },
    });
    expect(audits.map((a) => a.action)).toEqual(['calendar.override.set', 'calendar.override.delete']);
    expect(audits[0].detail).toEqual({ kind: 'HOLIDAY', note: '测试：临时闭馆', previous: null });
  });
});

// in this file, not its own: loading 2027 moves the due date the override test above waits for
describe("a year's State Council holiday schedule", () => scheduleSuite(testDb()));
