import { randomUUID } from 'node:crypto';
import { chinaDateOf } from '../../../domain/china-time';
import { WorkingCalendar } from '../../../domain/working-calendar';
import { calendarChanged } from '../../../workflows/procedure-contract';
import { ApiClient } from '../../support/api-client';
import { testDb } from '../../support/db';
import { useTemporalClient } from '../../support/temporal-client';
import {
  acceptMatter,
  applicant,
  as,
  backOfficeTask,
  driveToEnd,
  itemGuide,
  matterDetail,
  rateAsApplicant,
  waitFor,
  workerFor,
} from '../../support/matters';

jest.setTimeout(180_000);

const db = testDb();
const temporal = useTemporalClient();
afterAll(() => db.$disconnect());

/** Moves a matter's acceptance into the past (the clock cannot be sped up on a real server); the workflow recounts from the database. */
async function acceptedOn(matterId: string, chinaDate: string) {
  const at = new Date(`${chinaDate}T10:00:00+08:00`);
  await db.matter.update({ where: { id: matterId }, data: { acceptedAt: at, acceptedOn: chinaDate } });
}

describe("a matter's life: pauses, overdue and supervision, delivery, lookup and rating, bundles", () => {
  test('a 补正 pause across National Day (with its make-up workday) moves the due date by exactly the paused working days', async () => {
    const matter = await acceptMatter('MZ-003');
    const task = await backOfficeTask(matter.id);
    const handler = await as(workerFor(task));
    await handler.post(`/tasks/${task.id}/claim`);
    expect(
      (await handler.post(`/tasks/${task.id}/supplement`, { reason: '缺少户口簿原件', missing: ['户口簿原件'] }))
        .status,
    ).toBe(200);
    await acceptedOn(matter.id, '2026-09-28');
    await db.suspension.updateMany({
      where: { matterId: matter.id },
      data: { startedAt: new Date('2026-09-30T10:00:00+08:00'), startDate: '2026-09-30' },
    });
    expect((await (await as('clerk')).post(`/matters/${matter.id}/supplied`, {})).status).toBe(200);

    const calendar = new WorkingCalendar({ overrides: await db.calendarOverride.findMany() });
    const today = chinaDateOf(new Date());
    const paused = calendar.workingDaysBetween('2026-09-30', today);
    // the span holds the National Day holidays and Saturday 2026-10-10, a make-up workday that counts
    expect(calendar.isWorkingDay('2026-10-01')).toBe(false);
    expect(calendar.isWorkingDay('2026-10-10')).toBe(true);
    const expected = calendar.addWorkingDays('2026-09-28', 15 + paused);
    const after = await matterDetail(matter.id);
    expect(after.dueDate).toBe(expected);
    expect(after.deadlineChanges.at(-1)).toMatchObject({ newDueDate: expected, reasonZh: '补正材料已提交' });
    // the applicant sees the paused working days on the public page
    const { phoneLast4 } = await db.matter.findUniqueOrThrow({ where: { id: matter.id } });
    const look = await new ApiClient().get(`/public/lookup?receiptNo=${matter.receiptNo}&phoneLast4=${phoneLast4}`);
    expect(look.body).toMatchObject({ dueDate: expected, pausedWorkingDays: paused, paused: false });
  });

  test('an overdue matter turns RED, is findable by search attribute, shows up for supervision and is supervised', async () => {
    const matter = await acceptMatter('MZ-002');
    await backOfficeTask(matter.id);
    await acceptedOn(matter.id, '2026-10-19');
    const row = await db.matter.findUniqueOrThrow({ where: { id: matter.id } });
    await temporal().workflow.getHandle(row.workflowId).signal(calendarChanged);
    await waitFor(
      'the RED warning',
      async () => (await db.matter.findUniqueOrThrow({ where: { id: matter.id } })).warningLevel === 'RED',
    );

    const found = await waitFor('the Overdue search attribute', async () => {
      for await (const wf of temporal().workflow.list({
        query: `Overdue = true AND ReceiptNo = "${matter.receiptNo}"`,
      }))
        return wf.workflowId;
      return undefined;
    });
    expect(found).toBe(row.workflowId);

    const manager = await as('manager');
    const stalled = await manager.get('/dashboard/stalled?perPage=100');
    expect(stalled.status).toBe(200);
    expect(stalled.body.data.map((m: { id: string }) => m.id)).toContain(matter.id);
    expect(
      (await manager.post(`/matters/${matter.id}/supervise`, { message: '请于今日内办结并说明超期原因' })).status,
    ).toBe(201);
    // a second instruction, sent twice with its Idempotency-Key (a retry after a lost answer): given once
    const key = { 'idempotency-key': `supervise-${matter.id}` };
    for (const _ of [1, 2])
      expect(
        (await manager.request('POST', `/matters/${matter.id}/supervise`, { message: '已电话催办' }, key)).status,
      ).toBe(201);
    const detail = await matterDetail(matter.id);
    expect(detail.supervisions).toHaveLength(2);
    expect(detail.supervisions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ message: '请于今日内办结并说明超期原因', fromName: '李主任' }),
        expect.objectContaining({ message: '已电话催办' }),
      ]),
    );
    expect(detail.events.filter((e) => e.type === 'matter.supervised')).toHaveLength(2);
    // the overdue mark's timeline entry, written by the same activity as the level
    expect(detail.events.filter((e) => e.type === 'matter.overdue')).toEqual([
      expect.objectContaining({ data: { dueAt: expect.any(String) } }),
    ]);
    // the notice reaches the handlers: their inbox flags the task
    const inbox = await (await as('minzheng')).get(`/tasks?scope=department&q=${matter.receiptNo}`);
    expect(inbox.body.data).toEqual([expect.objectContaining({ matterId: matter.id, supervised: true })]);
  });

  test('delivered by free mail with a tracking number; the applicant looks it up and rates it; a poor rating opens a rectification', async () => {
    const person = applicant();
    const guide = await itemGuide('WJ-002');
    const res = await (
      await as('clerk')
    ).post('/matters/intake', {
      idempotencyKey: randomUUID(),
      itemCode: 'WJ-002',
      applicant: person,
      decision: 'ACCEPT',
      providedMaterials: guide.materials.filter((m) => m.required).map((m) => m.code),
    });
    const matter = res.body.matter;
    await driveToEnd(
      matter.id,
      () => undefined,
      (t) =>
        t.stepKind === 'deliver'
          ? { deliveryMethod: '免费邮寄', carrier: '中国邮政EMS', trackingNo: 'ea 123456789 cn' }
          : {},
    );
    const done = await matterDetail(matter.id);
    expect(done.status).toBe('COMPLETED');
    expect(done.delivery).toMatchObject({ method: 'MAIL', carrier: 'EMS', trackingNo: 'EA123456789CN' });

    const visitor = new ApiClient();
    const lookup = await visitor.get(
      `/public/lookup?receiptNo=${matter.receiptNo}&phoneLast4=${person.phone.slice(-4)}`,
    );
    expect(lookup.status).toBe(200);
    expect(lookup.body.status).toBe('COMPLETED');
    expect(lookup.body.delivery).toEqual({
      method: 'MAIL',
      carrier: 'EMS',
      carrierName: '中国邮政EMS',
      trackingNo: 'EA123456789CN',
    });
    expect(JSON.stringify(lookup.body)).not.toContain(person.idNumber);
    const wrong = await visitor.get(`/public/lookup?receiptNo=${matter.receiptNo}&phoneLast4=0000`);
    expect(wrong.status).toBe(404);
    const rated = await visitor.post('/public/rating', {
      receiptNo: matter.receiptNo,
      phoneLast4: person.phone.slice(-4),
      score: 2,
      comment: '等待时间太长',
    });
    expect(rated.status).toBe(201);
    expect(await db.rectification.count({ where: { matterId: matter.id } })).toBe(1);
  });

  test('一件事一次办: one intake for two items makes two matters in one bundle, the combined date the latest; a retry makes nothing new', async () => {
    const [a, b] = await Promise.all([itemGuide('MZ-001'), itemGuide('WJ-002')]);
    const body = {
      idempotencyKey: randomUUID(),
      itemCodes: ['MZ-001', 'WJ-002'],
      applicant: applicant(),
      providedMaterials: [...new Set([...a.materials, ...b.materials].filter((m) => m.required).map((m) => m.code))],
    };
    const clerk = await as('clerk');
    const first = await clerk.post('/matters/bundle-intake', body);
    expect(first.status).toBe(201);
    expect(first.body.matters).toHaveLength(2);
    const dates = first.body.matters.map((m: { dueDate: string }) => m.dueDate).sort();
    expect(first.body.bundle.dueDate).toBe(dates[1]);
    const again = await clerk.post('/matters/bundle-intake', body);
    expect(again.body.bundle.id).toBe(first.body.bundle.id);
    expect(await db.matter.count({ where: { bundleId: first.body.bundle.id } })).toBe(2);
    // each item runs its own procedure to delivery; the applicant rates each
    for (const m of first.body.matters) {
      await driveToEnd(m.id);
      const done = await matterDetail(m.id);
      expect(done).toMatchObject({ status: 'COMPLETED', bundleId: first.body.bundle.id });
      expect(done.delivery).toBeTruthy();
      expect(await rateAsApplicant(m.id, 4)).toBe(201);
    }
  });
});
