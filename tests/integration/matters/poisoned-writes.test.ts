import { randomUUID } from 'node:crypto';
import { poison as poisonWrites } from '../../support/poisoned-writes';
import { getState } from '../../../workflows/procedure-contract';
import { ApiClient, type ApiResponse } from '../../support/api-client';
import { testDb } from '../../support/db';
import { acceptMatter, applicant, as, backOfficeTask, itemGuide, openTasks, waitFor } from '../../support/matters';
import { useTemporalClient } from '../../support/temporal-client';

jest.setTimeout(180_000);

const db = testDb();
afterAll(() => db.$disconnect());
const temporal = useTemporalClient();

/** A write the database refuses on the matter's rows of one table: issue 25 item 2. Returns the cure. */
const poison = (table: string, condition: string) => poisonWrites(db, table, condition);
const ofMatter = (matterId: string, more = 'TRUE') => `NEW."matterId" = '${matterId}' AND (${more})`;

const byKey = <T extends { key: string }>(rows: T[]) => [...rows].sort((a, b) => a.key.localeCompare(b.key));

/** The workflow and the database say the same: the open tasks (holder, department, hold), status and deadline. */
async function expectConsistent(matterId: string) {
  const matter = await db.matter.findUniqueOrThrow({ where: { id: matterId } });
  const state = await temporal().workflow.getHandle(matter.workflowId).query(getState);
  const rows = await db.task.findMany({ where: { matterId, status: { in: ['OPEN', 'CLAIMED'] } } });
  expect(
    byKey(
      rows.map((r) => ({
        key: r.taskKey,
        assigneeId: r.assigneeId,
        department: r.candidateDepartmentCode,
        suspended: r.suspended,
      })),
    ),
  ).toEqual(
    byKey(
      state.tasks.map((t) => ({
        key: t.taskKey,
        assigneeId: t.assigneeId ?? null,
        department: t.candidateDepartmentCode ?? null,
        suspended: t.state === 'SUSPENDED',
      })),
    ),
  );
  expect({ status: matter.status, dueDate: matter.dueDate }).toEqual({ status: state.status, dueDate: state.dueDate });
  const open = await db.suspension.count({ where: { matterId, endedAt: null } });
  expect(open).toBe(state.status === 'SUSPENDED' ? 1 : 0);
  return state;
}

function expectNotRecorded(res: ApiResponse) {
  expect(res.status).toBe(409);
  expect(res.body.error).toMatchObject({
    code: 'ILLEGAL_TRANSITION',
    message: expect.stringContaining('办件保持原状'),
    messageEn: expect.stringContaining('the matter is unchanged'),
    details: { code: 'STEP_NOT_RECORDED' },
  });
}

/** The required fields of a task's form, filled in. */
const filledForm = (detail: { formFields: Array<{ key: string; type: string; required: boolean }> }) =>
  Object.fromEntries(
    detail.formFields.filter((f) => f.required).map((f) => [f.key, f.type === 'boolean' ? true : '已核对']),
  );

const eventCount = (matterId: string) => db.matterEvent.count({ where: { matterId } });

/**
 * One human step, its write refused: 409 STEP_NOT_RECORDED at once (no 30 s wait, no 503), nothing recorded, the
 * workflow and the database agreeing; then the same request, with the write cured, goes through.
 */
async function refusedThenDone(matterId: string, table: string, condition: string, step: () => Promise<ApiResponse>) {
  const events = await eventCount(matterId);
  const cure = await poison(table, condition);
  try {
    expectNotRecorded(await step());
    await expectConsistent(matterId);
    expect(await eventCount(matterId)).toBe(events);
  } finally {
    await cure();
  }
  const done = await step();
  expect(done.status).toBe(200);
  return expectConsistent(matterId);
}

async function claimedReview() {
  const matter = await acceptMatter('MZ-001');
  const task = await backOfficeTask(matter.id);
  const api = await as('minzheng');
  expect((await api.post(`/tasks/${task.id}/claim`)).status).toBe(200);
  return { matter, task, api };
}

describe('a refused write in each human step leaves the matter consistent and usable', () => {
  test('签收 claim and 退签 unclaim', async () => {
    const matter = await acceptMatter('MZ-001');
    const task = await backOfficeTask(matter.id);
    const api = await as('minzheng');
    const claimed = await refusedThenDone(matter.id, 'Task', ofMatter(matter.id), () =>
      api.post(`/tasks/${task.id}/claim`),
    );
    expect(claimed.tasks.map((t) => t.state)).toEqual(['CLAIMED']);
    const unclaimed = await refusedThenDone(matter.id, 'Task', ofMatter(matter.id), () =>
      api.post(`/tasks/${task.id}/unclaim`),
    );
    expect(unclaimed.tasks.map((t) => t.state)).toEqual(['OPEN']);
  });

  test('办理 complete: refused at its first write, and half-way (the next task opened, its event refused)', async () => {
    const { matter, task, api } = await claimedReview();
    const detail = (await api.get(`/tasks/${task.id}`)).body;
    const complete = () =>
      api.post(`/tasks/${task.id}/complete`, {
        decision: detail.allowedDecisions[0],
        comment: '同意',
        formData: filledForm(detail),
      });
    const cure = await poison('Task', ofMatter(matter.id));
    expectNotRecorded(await complete());
    await cure();
    await expectConsistent(matter.id);
    const after = await refusedThenDone(
      matter.id,
      'MatterEvent',
      ofMatter(matter.id, `NEW.type = 'task.opened'`),
      complete,
    );
    expect(after.tasks.map((t) => t.taskKey)).not.toContain(task.taskKey);
    // the refused attempts' submissions went with them: the step's record is the one that applied
    const kept = await db.stepSubmission.findMany({ where: { taskKey: task.taskKey } });
    expect(kept).toHaveLength(1);
    expect((await db.task.findUniqueOrThrow({ where: { id: task.id } })).submissionId).toBe(kept[0].id);
    // the task the refused step had opened left no row behind
    expect(await db.task.count({ where: { matterId: matter.id, status: { in: ['OPEN', 'CLAIMED'] } } })).toBe(
      after.tasks.length,
    );
  });

  test('退回 return and 转办 transfer', async () => {
    const { matter, task, api } = await claimedReview();
    const detail = (await api.get(`/tasks/${task.id}`)).body;
    expect(detail.returnTargets.length).toBeGreaterThan(0);
    const [target] = detail.returnTargets;
    const back = await refusedThenDone(matter.id, 'Task', ofMatter(matter.id), () =>
      api.post(`/tasks/${task.id}/return`, { toNodeId: target.nodeId, comment: '材料需重新核对' }),
    );
    expect(back.tasks.map((t) => t.nodeId)).toEqual([target.nodeId]);
    const again = await acceptMatter('MZ-001');
    const review = await backOfficeTask(again.id);
    expect((await api.post(`/tasks/${review.id}/claim`)).status).toBe(200);
    const moved = await refusedThenDone(again.id, 'Task', ofMatter(again.id), () =>
      api.post(`/tasks/${review.id}/transfer`, { toDepartmentCode: 'CANLIAN', comment: '请残联协助办理' }),
    );
    expect(moved.tasks.map((t) => t.candidateDepartmentCode)).toEqual(['CANLIAN']);
  });

  test('补正 supplement, and the materials supplied', async () => {
    const { matter, task, api } = await claimedReview();
    const suspended = await refusedThenDone(matter.id, 'Suspension', ofMatter(matter.id), () =>
      api.post(`/tasks/${task.id}/supplement`, { reason: '户口簿复印件不清晰', missing: ['户口簿'] }),
    );
    expect(suspended.status).toBe('SUSPENDED');
    await waitFor(
      'the matter suspended in the list',
      async () => (await db.matter.findUnique({ where: { id: matter.id } }))?.status === 'SUSPENDED',
    );
    const clerk = await as('clerk');
    const resumed = await refusedThenDone(matter.id, 'Suspension', ofMatter(matter.id), () =>
      clerk.post(`/matters/${matter.id}/supplied`, { note: '已补交' }),
    );
    expect(resumed.status).toBe('IN_PROGRESS');
  });

  test('延长 extend: a manager approves the request of the step holder', async () => {
    const { matter, api } = await claimedReview();
    const before = await expectConsistent(matter.id);
    const asked = await api.post(`/matters/${matter.id}/extension-requests`, { workingDays: 3, reason: '需现场核查' });
    expect(asked.status).toBe(201);
    const manager = await as('manager');
    const extended = await refusedThenDone(matter.id, 'Extension', ofMatter(matter.id), () =>
      manager.post(`/extension-requests/${asked.body.id}/approve`, { note: '同意延长' }),
    );
    expect(extended.dueDate! > before.dueDate!).toBe(true);
    expect(await db.extension.count({ where: { matterId: matter.id } })).toBe(1);
  });

  test('督办 reassignment by a manager', async () => {
    const { matter, task } = await claimedReview();
    const manager = await as('manager');
    // the review is held by minzheng; the manager moves it to the department's other approver
    const to = await db.user.findUniqueOrThrow({ where: { username: 'minzheng2' } });
    const reassign = () => manager.post('/tasks/reassign', { taskIds: [task.id], toUserId: to.id });
    const moved = await refusedThenDone(matter.id, 'Task', ofMatter(matter.id), reassign);
    expect(moved.tasks.map((t) => t.assigneeId)).toEqual([to.id]);
  });

  test("即办件 at the window: a refused write leaves the step in the clerk's inbox, consistent, to be done there", async () => {
    const admin = await as('admin');
    const username = `clerk${Date.now()}`;
    const password = 'Window-Clerk-Poison-2026';
    const created = await admin.post('/users', {
      username,
      displayName: '窗口测试员',
      roles: ['CLERK'],
      departmentCode: 'WINDOW',
      password,
    });
    expect(created.status).toBe(201);
    const clerk = await ApiClient.login(username, password);
    const guide = await itemGuide('MZ-004');
    // this clerk's claim of the window step is refused (its id, not the matter's, is known beforehand)
    const cure = await poison('Task', `NEW."assigneeId" = '${created.body.id}'`);
    let matterId: string;
    try {
      const res = await clerk.post('/matters/intake', {
        idempotencyKey: randomUUID(),
        itemCode: 'MZ-004',
        applicant: applicant(),
        providedMaterials: guide.materials.filter((m) => m.required).map((m) => m.code),
        decision: 'ACCEPT',
      });
      expect(res.status).toBe(201);
      matterId = res.body.matter.id;
      const [step] = await waitFor('the window step in the inbox', async () => {
        const open = await openTasks(matterId);
        return open.length > 0 && open;
      });
      expect(step.status).toBe('OPEN');
      await expectConsistent(matterId);
    } finally {
      await cure();
    }
    const [step] = await openTasks(matterId);
    expect((await clerk.post(`/tasks/${step.id}/claim`)).status).toBe(200);
    const detail = (await clerk.get(`/tasks/${step.id}`)).body;
    const done = await clerk.post(`/tasks/${step.id}/complete`, {
      decision: detail.allowedDecisions[0],
      comment: '即办件当场办结',
      formData: filledForm(detail),
    });
    expect(done.status).toBe(200);
    await waitFor('the immediate matter finished', async () =>
      ['COMPLETED'].includes((await db.matter.findUniqueOrThrow({ where: { id: matterId } })).status),
    );
  });
});
