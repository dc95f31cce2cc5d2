import { testDb } from '../../support/db';
import { matterWithIncident as matterWithIncidentIn, type IncidentRow } from '../../support/incidents';
import { as, waitFor } from '../../support/matters';

jest.setTimeout(180_000);

const db = testDb();
afterAll(() => db.$disconnect());

type Incident = IncidentRow;
const matterWithIncident = () => matterWithIncidentIn(db);

const statusOf = async (matterId: string) =>
  (await db.matter.findUniqueOrThrow({ where: { id: matterId }, select: { status: true } })).status;

test('a service failing beyond its budget: incident listed, admins and managers told; retried once cured, the matter completes', async () => {
  const { matter, incident, cure } = await matterWithIncident();
  expect(incident).toMatchObject({
    matterId: matter.id,
    kind: 'SERVICE_FAILED',
    attempts: 3,
    causeZh: expect.stringContaining('已重试 3 次'),
    resolution: null,
  });
  expect(await statusOf(matter.id)).toBe('IN_PROGRESS');
  const told = await db.staffNotice.findMany({ where: { matterId: matter.id, kind: 'INCIDENT' } });
  const roles = await db.user.findMany({ where: { id: { in: told.map((n) => n.userId) } }, select: { roles: true } });
  expect(roles.length).toBeGreaterThanOrEqual(2);
  expect(roles.every((u) => u.roles.includes('ADMIN') || u.roles.includes('MANAGER'))).toBe(true);

  // only admins and managers see and act
  const path = `/incidents/${encodeURIComponent(incident.id)}`;
  expect((await (await as('clerk')).get('/incidents')).status).toBe(403);
  expect((await (await as('clerk')).post(`${path}/retry`, {})).status).toBe(403);
  expect((await (await as('admin')).get(path)).body).toMatchObject({ id: incident.id, kind: 'SERVICE_FAILED' });

  await cure();
  const retried = await (await as('manager')).post<Incident>(`${path}/retry`, {});
  expect(retried.status).toBe(200);
  expect(retried.body).toMatchObject({ resolution: 'RETRIED', resolvedByName: expect.any(String) });
  await waitFor('the matter completed', async () => (await statusOf(matter.id)) === 'COMPLETED');
  expect(await db.matterResult.count({ where: { matterId: matter.id } })).toBe(1);

  const again = await (await as('admin')).post(`${path}/retry`, {});
  expect(again.status).toBe(409);
  expect(again.body.error).toMatchObject({ code: 'ILLEGAL_TRANSITION', details: { code: 'INCIDENT_RESOLVED' } });
  const audited = await db.auditLog.findMany({ where: { objectType: 'Incident', objectId: incident.id } });
  expect(audited.map((a) => a.action)).toEqual(['incident.retry']);
});

test('cancel: refused without a reason; with one the matter ends TERMINATED and the applicant is told', async () => {
  const { matter, incident, cure } = await matterWithIncident();
  try {
    const path = `/incidents/${encodeURIComponent(incident.id)}`;
    const manager = await as('manager');
    expect((await manager.post(`${path}/cancel`, { reason: '' })).status).toBe(400);
    expect((await manager.post(`${path}/move`, { toNodeId: 'no-such-step' })).body.error).toMatchObject({
      details: { code: 'INCIDENT_TARGET_INVALID' },
    });
    const reason = '出证模板损坏，无法出证，终止办理';
    const ended = await manager.post<Incident>(`${path}/cancel`, { reason });
    expect(ended.status).toBe(200);
    expect(ended.body.resolution).toBe('CANCELLED');
    const row = await db.matter.findUniqueOrThrow({ where: { id: matter.id } });
    expect(row).toMatchObject({ status: 'TERMINATED', outcomeReason: reason });
    expect(row.completedAt).not.toBeNull();
    const notices = await db.notice.findMany({ where: { matterId: matter.id, kind: 'TERMINATED' } });
    expect(notices.length).toBeGreaterThan(0);
    const listed = await manager.get<{ data: Incident[] }>(
      `/incidents?state=RESOLVED&receiptNo=${encodeURIComponent(matter.receiptNo)}`,
    );
    expect(listed.body.data.map((i) => i.id)).toEqual([incident.id]);
  } finally {
    await cure();
  }
});
