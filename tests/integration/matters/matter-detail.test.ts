import { randomUUID } from 'node:crypto';
import type { Db } from '../../../platform/db';
import { testDb } from '../../support/db';
import { as } from '../../support/matters';
import { insertMatter } from '../admin-fixtures/matter-rows';

/**
 * The matter page on a matter whose whole timeline is written straight to the database: every part the page shows
 * (timeline, pauses, deadline changes, extensions, 督办 with its author, rating, delivery, window, agent and
 * accepting clerk, procedure) comes back with its values, in order, and with instants exactly as stored.
 */
jest.setTimeout(60_000);

let db: Db;
beforeAll(() => {
  db = testDb();
});
afterAll(() => db.$disconnect());

test("a matter page shows every part of the matter's record", async () => {
  const [clerk, agent, manager, window] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { username: 'clerk' } }),
    db.user.findUniqueOrThrow({ where: { username: 'agent' } }),
    db.user.findUniqueOrThrow({ where: { username: 'manager' } }),
    db.window.findUniqueOrThrow({ where: { code: 'W01' } }),
  ]);
  const t = (minutes: number) => new Date(Date.UTC(2026, 2, 2, 1, minutes, 7, 123));
  const m = await insertMatter(db, 'MZ-005', {
    agentId: agent.id,
    windowId: window.id,
    viaAgent: true,
    status: 'COMPLETED',
    completedAt: t(90),
  });
  const key = (k: string) => `${m.id}:${k}`;
  await db.matterEvent.createMany({
    data: [
      {
        matterId: m.id,
        eventKey: key('b'),
        type: 'matter.completed',
        at: t(90),
        actorName: '系统',
        data: { outcome: 'approved' },
      },
      { matterId: m.id, eventKey: key('a'), type: 'matter.accepted', at: t(0), actorName: clerk.displayName },
    ],
  });
  await db.suspension.create({
    data: {
      matterId: m.id,
      eventKey: key('s'),
      kind: 'SUPPLEMENT',
      reason: '缺少材料',
      startedAt: t(10),
      startDate: '2026-03-02',
      endedAt: t(20),
      endDate: '2026-03-02',
    },
  });
  await db.deadlineChange.create({
    data: {
      matterId: m.id,
      eventKey: key('d'),
      oldDueDate: '2026-03-10',
      newDueDate: '2026-03-11',
      reasonZh: '补正',
      reasonEn: 'supplement',
      at: t(20),
    },
  });
  await db.extension.create({
    data: { matterId: m.id, eventKey: key('x'), workingDays: 3, reason: '需现场核查', actorId: manager.id, at: t(30) },
  });
  await db.supervision.create({ data: { matterId: m.id, fromUserId: manager.id, message: '请加快', at: t(40) } });
  await db.rating.create({ data: { matterId: m.id, score: 9, comment: '满意' } });
  await db.delivery.create({
    data: { matterId: m.id, method: 'MAIL', trackingNo: 'EMS1', deliveredAt: t(95), byId: clerk.id },
  });

  const res = await (await as('manager')).get(`/matters/${m.id}`);
  expect(res.status).toBe(200);
  const version = await db.procedureVersion.findUniqueOrThrow({
    where: { id: m.procedureVersionId },
    include: { procedure: true },
  });
  expect(res.body).toMatchObject({
    id: m.id,
    receiptNo: m.receiptNo,
    applicantName: '测**',
    agentName: agent.displayName,
    acceptedByName: clerk.displayName,
    windowCode: 'W01',
    procedureKey: version.procedure.key,
    procedureVersion: version.version,
    completedAt: t(90).toISOString(),
    remainingWorkingDays: null,
    canReveal: true,
    events: [
      { type: 'matter.accepted', at: t(0).toISOString(), actorName: clerk.displayName, data: null },
      { type: 'matter.completed', at: t(90).toISOString(), data: { outcome: 'approved' } },
    ],
    suspensions: [
      { kind: 'SUPPLEMENT', reason: '缺少材料', startedAt: t(10).toISOString(), endedAt: t(20).toISOString() },
    ],
    deadlineChanges: [
      {
        oldDueDate: '2026-03-10',
        newDueDate: '2026-03-11',
        reasonZh: '补正',
        reasonEn: 'supplement',
        at: t(20).toISOString(),
      },
    ],
    extensions: [{ workingDays: 3, reason: '需现场核查', at: t(30).toISOString() }],
    supervisions: [{ message: '请加快', fromName: manager.displayName, at: t(40).toISOString() }],
    rating: { score: 9, comment: '满意' },
    delivery: {
      method: 'MAIL',
      trackingNo: 'EMS1',
      signedBy: null,
      terminalCode: null,
      deliveredAt: t(95).toISOString(),
    },
    tasks: [],
  });
});

test('a matter with nothing beside it yet has empty parts, and counts its remaining working days', async () => {
  const due = new Date(Date.now() + 60 * 86_400_000);
  const m = await insertMatter(db, 'MZ-005', { dueDate: due.toISOString().slice(0, 10), dueAt: due });
  const res = await (await as('manager')).get(`/matters/${m.id}`);
  expect(res.status).toBe(200);
  expect(res.body).toMatchObject({
    agentName: null,
    windowCode: null,
    events: [],
    suspensions: [],
    deadlineChanges: [],
    extensions: [],
    supervisions: [],
    rating: null,
    delivery: null,
    tasks: [],
  });
  expect(res.body.remainingWorkingDays).toBeGreaterThan(0);
  expect((await (await as('manager')).get(`/matters/${randomUUID()}`)).status).toBe(404);
});
