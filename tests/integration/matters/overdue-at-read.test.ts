import { warningStartsAt } from '../../../domain/deadline';
import { WorkingCalendar } from '../../../domain/working-calendar';
import { ApiClient } from '../../support/api-client';
import { testDb } from '../../support/db';
import { acceptMatter, as, backOfficeTask, matterDetail, waitFor, workerFor } from '../../support/matters';

/**
 * The colour is derived at read time from the instants the running clock turns YELLOW and RED: when a matter's
 * instants pass, every reader shows it at the next read, while the workflow's timers (still days away here) have
 * not fired and the stored level has not moved. A stopped clock shows the colour it stopped with.
 */
jest.setTimeout(180_000);

const db = testDb();
afterAll(() => db.$disconnect());

const row = (id: string) => db.matter.findUniqueOrThrow({ where: { id } });
const ids = (body: { data: Array<{ id: string }> }) => body.data.map((r) => r.id);

test('a matter whose instants pass shows YELLOW, then RED, everywhere at the next read, with no timer fired', async () => {
  const matter = await acceptMatter('MZ-003');
  const task = await backOfficeTask(matter.id);

  // the workflow's first count stored the instants: RED at the due instant, YELLOW where the warning days begin
  const armed = await waitFor('the instants', async () => ((await row(matter.id)).redAt ? row(matter.id) : null));
  expect(armed.redAt).toEqual(armed.dueAt);
  const calendar = new WorkingCalendar({ overrides: await db.calendarOverride.findMany() });
  expect(armed.yellowAt).toEqual(warningStartsAt({ dueDate: armed.dueDate!, yellowDays: 2, calendar }));
  expect(armed.warningLevel).toBe('NONE');

  const manager = await as('manager');
  const handler = await as(workerFor(task));
  const listed = async (level: string) =>
    ids((await manager.get(`/matters?q=${matter.receiptNo}&warningLevel=${level}`)).body);
  const inboxRow = async (due = '') =>
    (await handler.get(`/tasks?scope=department&q=${matter.receiptNo}${due}`)).body.data as Array<{
      matterId: string;
      warningLevel: string;
    }>;
  expect(await listed('NONE')).toEqual([matter.id]);
  expect(await listed('YELLOW')).toEqual([]);

  // the warning days begin: YELLOW at once
  await db.matter.update({ where: { id: matter.id }, data: { yellowAt: new Date(Date.now() - 1000) } });
  expect((await matterDetail(matter.id)).warningLevel).toBe('YELLOW');
  expect(await listed('YELLOW')).toEqual([matter.id]);
  expect(await listed('NONE')).toEqual([]);
  expect(await inboxRow('&due=soon')).toEqual([
    expect.objectContaining({ matterId: matter.id, warningLevel: 'YELLOW' }),
  ]);

  // the due instant passes (moved into the past here: the workflow's own timers stay days away)
  const summaryBefore = (await manager.get('/dashboard/summary')).body as { overdue: number };
  const past = new Date(Date.now() - 1000);
  await db.matter.update({ where: { id: matter.id }, data: { dueAt: past, redAt: past } });

  expect((await matterDetail(matter.id)).warningLevel).toBe('RED');
  expect(await listed('RED')).toEqual([matter.id]);
  expect(await listed('YELLOW')).toEqual([]);
  expect(await inboxRow()).toEqual([expect.objectContaining({ matterId: matter.id, warningLevel: 'RED' })]);
  expect(await inboxRow('&due=overdue')).toEqual([expect.objectContaining({ matterId: matter.id })]);
  const csv = String((await manager.get(`/matters/export.csv?q=${matter.receiptNo}`)).body).split('\r\n')[1];
  expect(csv).toContain(',已超期,');
  const stalled = await manager.get(
    `/dashboard/stalled?departmentCode=${armed.leadDepartmentCode}&sort=lastProgressAt&order=DESC&perPage=100`,
  );
  expect(stalled.body.data).toContainEqual(expect.objectContaining({ id: matter.id, warningLevel: 'RED' }));
  const summaryAfter = (await manager.get('/dashboard/summary')).body as { overdue: number };
  expect(summaryAfter.overdue).toBeGreaterThan(summaryBefore.overdue);
  const lookup = await new ApiClient().get(
    `/public/lookup?receiptNo=${matter.receiptNo}&phoneLast4=${armed.phoneLast4}`,
  );
  expect(lookup.body).toMatchObject({ overdue: true });
  // nothing fired: the stored level is still the workflow's NONE, and no overdue mark is on the timeline
  const stored = await row(matter.id);
  expect(stored.warningLevel).toBe('NONE');
  expect(await db.matterEvent.count({ where: { matterId: matter.id, type: 'matter.overdue' } })).toBe(0);

  // 补正 stops the clock: the instants go and the colour it stopped with (the stored one) is shown
  await handler.post(`/tasks/${task.id}/claim`);
  expect((await handler.post(`/tasks/${task.id}/supplement`, { reason: '缺少原件', missing: ['原件'] })).status).toBe(
    200,
  );
  const stopped = await waitFor('the stopped clock', async () => {
    const r = await row(matter.id);
    return r.redAt === null && r.status === 'SUSPENDED' ? r : null;
  });
  expect(stopped.yellowAt).toBeNull();
  expect((await matterDetail(matter.id)).warningLevel).toBe('NONE');
  expect(await listed('RED')).toEqual([]);

  // the materials are in: the recount puts the due date and its instants back from the acceptance
  expect((await (await as('clerk')).post(`/matters/${matter.id}/supplied`, {})).status).toBe(200);
  const rearmed = await waitFor('the instants again', async () => {
    const r = await row(matter.id);
    return r.redAt && r.status === 'IN_PROGRESS' ? r : null;
  });
  expect(rearmed.redAt).toEqual(rearmed.dueAt);
  expect(rearmed.redAt!.getTime()).toBeGreaterThan(Date.now());
  expect((await matterDetail(matter.id)).warningLevel).toBe('NONE');
});
