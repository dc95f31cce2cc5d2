import { randomUUID } from 'node:crypto';
import { makeValidIdNumber } from '../../domain/testing/id-numbers';
import { ApiClient } from './api-client';

/** The demo user who works each department's tasks (prisma/seed-data/organisation.ts). */
export const WORKER_OF: Record<string, string> = {
  WINDOW: 'clerk',
  MINZHENG: 'minzheng',
  CANLIAN: 'canlian',
  WEIJIAN: 'weijian',
  RENSHE: 'renshe',
  ZIRAN: 'ziran',
  NONGYE: 'nongye',
  ZHUJIAN: 'zhujian',
};

/** Who approves (审批) for each department: not who did 审查 or 现场勘察 (the seeded procedures' distinctFrom). */
export const APPROVER_OF: Record<string, string> = Object.fromEntries(
  Object.entries(WORKER_OF)
    .filter(([department]) => department !== 'WINDOW')
    .map(([department, username]) => [department, `${username}-head`]),
);

let seed = Date.now() % 1_000_000;
export const applicant = () => ({
  name: '张三',
  idNumber: makeValidIdNumber(seed++),
  phone: `139${String(seed).padStart(8, '0').slice(-8)}`,
});

const sessions = new Map<string, Promise<ApiClient>>();
/** One logged-in client per username for the whole test file. */
export function as(username: string): Promise<ApiClient> {
  if (!sessions.has(username)) sessions.set(username, ApiClient.login(username));
  return sessions.get(username)!;
}

export async function itemGuide(itemCode: string) {
  const res = await (await as('clerk')).get(`/items/${itemCode}`);
  if (res.status !== 200) throw new Error(`item ${itemCode}: ${res.status}`);
  return res.body as {
    materials: Array<{ code: string; required: boolean; deficiencyAllowed: boolean }>;
  };
}

/** Accepts a matter with every required material, as a clerk (or the given user). */
export async function acceptMatter(itemCode: string, opts: { by?: string; extra?: Record<string, unknown> } = {}) {
  const guide = await itemGuide(itemCode);
  const res = await (
    await as(opts.by ?? 'clerk')
  ).post('/matters/intake', {
    idempotencyKey: randomUUID(),
    itemCode,
    applicant: applicant(),
    providedMaterials: guide.materials.filter((m) => m.required).map((m) => m.code),
    decision: 'ACCEPT',
    ...opts.extra,
  });
  if (res.status !== 201) throw new Error(`intake ${itemCode}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.matter as { id: string; receiptNo: string; status: string; dueDate: string | null };
}

export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined | null | false>,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export interface TaskRow {
  id: string;
  taskKey: string;
  name: string;
  nodeId: string;
  stepKind: string;
  status: string;
  candidateDepartmentCode: string | null;
  candidateRole: string | null;
  suspended: boolean;
}

export async function matterDetail(id: string, username = 'manager') {
  const res = await (await as(username)).get(`/matters/${id}`);
  if (res.status !== 200) throw new Error(`matter ${id}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as {
    status: string;
    dueDate: string | null;
    tasks: TaskRow[];
    events: Array<{ type: string; data?: Record<string, unknown> | null }>;
    suspensions: unknown[];
    deadlineChanges: unknown[];
  } & Record<string, any>;
}

export const openTasks = async (id: string) =>
  (await matterDetail(id)).tasks.filter((t) => t.status === 'OPEN' || t.status === 'CLAIMED');

/**
 * The user who can do a task: the department's worker (clerk for the window; the agent for an AGENT step), and its
 * head for an approval step.
 */
export const workerFor = (t: Pick<TaskRow, 'candidateRole' | 'candidateDepartmentCode' | 'stepKind'>) =>
  t.candidateRole === 'AGENT'
    ? 'agent'
    : ((t.stepKind === 'approve' ? APPROVER_OF[t.candidateDepartmentCode ?? ''] : undefined) ??
      WORKER_OF[t.candidateDepartmentCode ?? 'WINDOW']);

/** Fills a task's required form fields with plausible values. */
export function formFor(fields: Array<{ key: string; type: string; required: boolean; options?: string[] }>) {
  const values: Record<string, string | number | boolean> = {};
  for (const f of fields.filter((x) => x.required)) {
    values[f.key] =
      f.type === 'number'
        ? 1
        : f.type === 'boolean'
          ? true
          : f.type === 'date'
            ? '2026-11-24'
            : f.type === 'enum'
              ? (f.options?.[0] ?? 'x')
              : '测试填写';
  }
  return values;
}

/** Claims and completes one task as its department's worker. */
export async function work(task: TaskRow, decision?: string, form: Record<string, unknown> = {}) {
  const api = await as(workerFor(task));
  const detail = await api.get(`/tasks/${task.id}`);
  if (detail.status !== 200) throw new Error(`task ${task.name}: ${detail.status} ${JSON.stringify(detail.body)}`);
  if (detail.body.status === 'OPEN') {
    const claimed = await api.post(`/tasks/${task.id}/claim`);
    if (claimed.status !== 200)
      throw new Error(`claim ${task.name}: ${claimed.status} ${JSON.stringify(claimed.body)}`);
  }
  const res = await api.post(`/tasks/${task.id}/complete`, {
    decision: decision ?? detail.body.allowedDecisions[0],
    comment: '同意',
    formData: { ...formFor(detail.body.formFields), ...form },
  });
  if (res.status !== 200) throw new Error(`complete ${task.name}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Works every open task (approving) until the matter leaves IN_PROGRESS; returns the names of the steps done. */
export async function driveToEnd(
  id: string,
  decide: (t: TaskRow) => string | undefined = () => undefined,
  formOf: (t: TaskRow) => Record<string, unknown> = () => ({}),
): Promise<string[]> {
  const done: string[] = [];
  // bounded by time, not rounds: on a busy machine the first step of a fresh worker can take seconds to open
  for (const deadline = Date.now() + 60_000; Date.now() < deadline;) {
    const matter = await matterDetail(id);
    if (!['IN_PROGRESS', 'PENDING_START'].includes(matter.status)) return done;
    const tasks = matter.tasks.filter((t) => t.status === 'OPEN' || t.status === 'CLAIMED');
    if (!tasks.length) {
      await new Promise((r) => setTimeout(r, 200));
      continue;
    }
    for (const t of tasks) {
      await work(t, decide(t), formOf(t));
      done.push(t.name);
    }
  }
  throw new Error(`matter ${id} did not finish: ${JSON.stringify((await matterDetail(id)).status)}`);
}

/** Works the window's steps (受理) until the first back-office task is open, and returns it. */
export async function backOfficeTask(matterId: string): Promise<TaskRow> {
  return waitFor('a back-office task', async () => {
    const open = await openTasks(matterId);
    const back = open.find((t) => t.candidateDepartmentCode !== 'WINDOW');
    if (back) return back;
    for (const t of open) await work(t);
    return undefined;
  });
}

/**
 * With RECORD_WORKFLOW_HISTORIES=1: keeps a finished matter's real history (seeded procedure, real activities) in
 * tests/workflows/histories/, where the replay test guards it against incompatible workflow changes.
 */
export async function keepMatterHistory(matterId: string, name: string): Promise<void> {
  if (process.env.RECORD_WORKFLOW_HISTORIES !== '1') return;
  const { Client, Connection } = await import('@temporalio/client');
  const { keepHistory } = await import('./workflow-env');
  const { testDb } = await import('./db');
  const db = testDb();
  const connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS! });
  try {
    const { workflowId } = await db.matter.findUniqueOrThrow({ where: { id: matterId }, select: { workflowId: true } });
    await keepHistory(new Client({ connection }).workflow.getHandle(workflowId), name);
  } finally {
    await connection.close();
    await db.$disconnect();
  }
}

/** 好差评 by the applicant on the public page (receipt number + the phone's last four digits). */
export async function rateAsApplicant(matterId: string, score = 5): Promise<number> {
  const { testDb } = await import('./db');
  const db = testDb();
  try {
    const { receiptNo, phoneLast4 } = await db.matter.findUniqueOrThrow({
      where: { id: matterId },
      select: { receiptNo: true, phoneLast4: true },
    });
    return (await new ApiClient().post('/public/rating', { receiptNo, phoneLast4, score, comment: '办事顺利' })).status;
  } finally {
    await db.$disconnect();
  }
}
