import { randomUUID } from 'node:crypto';
import {
  acceptMatter,
  applicant,
  as,
  backOfficeTask,
  driveToEnd,
  itemGuide,
  keepMatterHistory,
  matterDetail,
  openTasks,
  rateAsApplicant,
  waitFor,
  workerFor,
} from '../../support/matters';
import { testDb } from '../../support/db';
import { useTemporalClient } from '../../support/temporal-client';

jest.setTimeout(120_000);

describe('補正 pauses, extensions, inbox moves and agency', () => {
  const temporal = useTemporalClient();
  const db = testDb();
  afterAll(() => db.$disconnect());

  test('补正: the task waits, the matter is SUSPENDED with a ledger entry, and resumes when materials are supplied', async () => {
    const matter = await acceptMatter('MZ-003');
    const first = await backOfficeTask(matter.id);
    const api = await as(workerFor(first));
    await api.post(`/tasks/${first.id}/claim`);
    const res = await api.post(`/tasks/${first.id}/supplement`, {
      reason: '收入证明缺少盖章',
      missing: ['家庭收入情况说明（加盖单位公章）'],
    });
    expect(res.status).toBe(200);
    const suspended = await matterDetail(matter.id);
    expect(suspended.status).toBe('SUSPENDED');
    expect(suspended.suspensions).toHaveLength(1);
    // completing while suspended is an illegal move
    const blocked = await api.post(`/tasks/${first.id}/complete`, { decision: 'approve', comment: 'x' });
    // the workflow's reason as it gave it: a code, the Chinese message, the English one
    expect(blocked.status).toBe(409);
    expect(blocked.body.error).toEqual({
      code: 'ILLEGAL_TRANSITION',
      message: '办件已中止，等待补正',
      messageEn: 'matter suspended awaiting supplement',
      details: { code: 'MATTER_SUSPENDED' },
    });

    // sent again with its Idempotency-Key (a retry after a 503, or a lost answer): it joins the first and resumes once
    const clerk = await as('clerk');
    const supplied = (key: string) =>
      clerk.request('POST', `/matters/${matter.id}/supplied`, { note: '已补交' }, { 'idempotency-key': key });
    const key = `supplied-${matter.id}`;
    expect((await supplied(key)).status).toBe(200);
    const resumed = await matterDetail(matter.id);
    expect(resumed.status).toBe('IN_PROGRESS');
    expect((resumed.suspensions[0] as { endedAt: string | null }).endedAt).toBeTruthy();
    expect((await supplied(key)).status).toBe(200);
    // another attempt, with a new key or none, is refused: the matter is no longer waiting for materials
    for (const again of [
      await supplied(`supplied-other-${matter.id}`),
      await clerk.post(`/matters/${matter.id}/supplied`, {}),
    ]) {
      expect(again.status).toBe(409);
      expect(again.body.error.message).toBe('该办件未处于补正等待中');
    }
    const events = (await matterDetail(matter.id)).events.map((e) => e.type);
    expect(events.filter((t) => t === 'matter.resumed')).toHaveLength(1);
    expect(events).not.toContain('message.received');
    // still once the matter is finished and its workflow closed
    await driveToEnd(matter.id);
    await temporal()
      .workflow.getHandle((await matterDetail(matter.id)).workflowId)
      .result();
    const retried = await supplied(key);
    expect({ status: retried.status, body: retried.body }).toEqual({ status: 200, body: { ok: true } });
  });

  test('illegal moves: another department cannot claim, only the assignee can complete', async () => {
    const matter = await acceptMatter('MZ-001');
    const task = await waitFor('first task', async () => (await openTasks(matter.id))[0]);
    const owner = await as(workerFor(task));
    const stranger = await as('canlian');
    const denied = await stranger.post(`/tasks/${task.id}/claim`);
    expect(denied.status).toBe(403);
    const audit = await db.auditLog.findFirst({ where: { action: 'access.denied', objectId: task.id } });
    expect(audit).toBeTruthy();
    expect((await owner.post(`/tasks/${task.id}/claim`)).status).toBe(200);
    if (task.candidateDepartmentCode === 'WINDOW') {
      const colleague = await as('clerk2');
      const res = await colleague.post(`/tasks/${task.id}/complete`, { decision: 'complete' });
      expect(res.status).toBe(409);
    }
  });

  test('委托代办: an agent submits with the entrustment; the matter shows the agent and the hand-back step', async () => {
    const agent = await as('agent');
    const guide = await itemGuide('NY-001');
    const res = await agent.post('/matters/intake', {
      idempotencyKey: randomUUID(),
      itemCode: 'NY-001',
      applicant: applicant(),
      decision: 'ACCEPT',
      providedMaterials: guide.materials.filter((m) => m.required).map((m) => m.code),
      entrustment: { documentRef: 'WT-2026-0001', agentNote: '申请人行动不便' },
    });
    expect(res.status).toBe(201);
    const detail = await matterDetail(res.body.matter.id);
    expect(detail.viaAgent).toBe(true);
    expect(detail.agentName).toBe('刘代办');
    // 委托 → 受理 → 承办 → 回交: the agent hands the result back as the last step
    await driveToEnd(detail.id);
    const done = await matterDetail(detail.id);
    expect(done.status).toBe('COMPLETED');
    const handBack = done.tasks.find((t) => t.stepKind === 'handBack');
    expect(handBack).toMatchObject({ status: 'COMPLETED', completedByName: '刘代办' });
    expect(done.delivery).toBeTruthy();
    expect(await rateAsApplicant(detail.id)).toBe(201);
    await keepMatterHistory(detail.id, 'seeded-agency-hand-back');
    // the agent sees the matter they submitted; another matter is not theirs
    expect((await agent.get(`/matters/${detail.id}`)).status).toBe(200);
    const noEntrustment = await agent.post('/matters/intake', {
      idempotencyKey: randomUUID(),
      itemCode: 'NY-001',
      applicant: applicant(),
      decision: 'ACCEPT',
      providedMaterials: guide.materials.filter((m) => m.required).map((m) => m.code),
    });
    expect(noEntrustment.status).toBe(400);
  });
});
