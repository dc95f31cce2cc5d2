import { randomInt } from 'node:crypto';
import type { Client } from '@temporalio/client';
import type { Db } from '../../platform/db';
import { getMigrationView } from '../../workflows/migration-contract';
import type { ApiClient } from './api-client';
import { applicant, formFor, waitFor, workerFor, type TaskRow } from './matters';

/**
 * A procedure whose running matters stand in every kind of place a migration must keep: 受理 at the window (a
 * reminder timer on it, thirty days out), 审查 inside a sub-process (where a 补正 pause is requested), then 审批.
 * v2 renames all three elements and the sub-process, so each token needs the mapping, the inner one within its
 * scope's.
 */
const procedureXml = (
  ids: { receive: string; vet: string; review: string },
  receiveName: string,
) => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:ow="http://onewindow.gov.cn/schema/bpmn/1.0" id="Defs_Mix" targetNamespace="http://onewindow.gov.cn/test">
  <bpmn:process id="migration_mix" name="迁移混合测试流程" isExecutable="true">
    <bpmn:startEvent id="Start" name="收件" />
    <bpmn:userTask id="${ids.receive}" name="${receiveName}">
      <bpmn:extensionElements>
        <ow:Candidates department="$accepting" role="CLERK" />
        <ow:Step kind="receive" />
      </bpmn:extensionElements>
    </bpmn:userTask>
    <bpmn:boundaryEvent id="Remind" name="三十日提醒" cancelActivity="false" attachedToRef="${ids.receive}">
      <bpmn:timerEventDefinition><bpmn:timeDuration>P30D</bpmn:timeDuration></bpmn:timerEventDefinition>
    </bpmn:boundaryEvent>
    <bpmn:endEvent id="Reminded" name="已提醒" />
    <bpmn:subProcess id="${ids.vet}" name="部门审查">
      <bpmn:startEvent id="VetStart" />
      <bpmn:userTask id="${ids.review}" name="审查">
        <bpmn:extensionElements>
          <ow:Candidates department="$lead" role="APPROVER" />
          <ow:Step kind="review" />
        </bpmn:extensionElements>
      </bpmn:userTask>
      <bpmn:endEvent id="VetEnd" />
      <bpmn:sequenceFlow id="V1" sourceRef="VetStart" targetRef="${ids.review}" />
      <bpmn:sequenceFlow id="V2" sourceRef="${ids.review}" targetRef="VetEnd" />
    </bpmn:subProcess>
    <bpmn:userTask id="Approve" name="审批">
      <bpmn:extensionElements>
        <ow:Candidates department="$lead" role="APPROVER" />
        <ow:Step kind="approve" />
      </bpmn:extensionElements>
    </bpmn:userTask>
    <bpmn:endEvent id="Done" name="办结">
      <bpmn:extensionElements><ow:Outcome value="COMPLETED" /></bpmn:extensionElements>
    </bpmn:endEvent>
    <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="${ids.receive}" />
    <bpmn:sequenceFlow id="F2" sourceRef="${ids.receive}" targetRef="${ids.vet}" />
    <bpmn:sequenceFlow id="F3" sourceRef="${ids.vet}" targetRef="Approve" />
    <bpmn:sequenceFlow id="F4" sourceRef="Approve" targetRef="Done" />
    <bpmn:sequenceFlow id="F5" sourceRef="Remind" targetRef="Reminded" />
  </bpmn:process>
</bpmn:definitions>`;

export const MIX_V1 = procedureXml({ receive: 'Receive', vet: 'Vet', review: 'Review' }, '受理');
export const MIX_V2 = procedureXml({ receive: 'Intake', vet: 'Vetting', review: 'Check' }, '收件受理');
export const MIX_MAPPING = { Receive: 'Intake', Vet: 'Vetting', Review: 'Check' };

/** Where a matter of the mix is left standing. */
export type MixPlace = 'receiveOpen' | 'receiveClaimed' | 'reviewOpen' | 'reviewSupplement' | 'approveClaimed';
export const MIX_PLACES: MixPlace[] = [
  'receiveOpen',
  'receiveClaimed',
  'reviewOpen',
  'reviewSupplement',
  'approveClaimed',
];

/** Signed-in demo users of one API (the stack's, or a fault test's own). */
export type Staff = (username: string) => Promise<ApiClient> | ApiClient;

/** The procedure on v1 with its item; `publishV2` publishes the renamed version once matters run on v1. */
export async function mixedProcedure(staff: Staff) {
  const run = String(randomInt(1_000_000_000));
  const designer = await staff('designer');
  const created = await designer.post('/procedures', { key: `mix-${run}`, name: '迁移混合测试', draftXml: MIX_V1 });
  if (created.status !== 201) throw new Error(`procedure: ${created.status} ${JSON.stringify(created.body)}`);
  const procedureId = created.body.id as string;
  const published = await designer.post(`/procedures/${procedureId}/publish`, { changeNote: '第一版' });
  if (published.status !== 201) throw new Error(`publish v1: ${published.status} ${JSON.stringify(published.body)}`);
  const itemCode = `MX-${run}`;
  const item = await (
    await staff('admin')
  ).post('/items', {
    code: itemCode,
    name: '迁移混合测试事项',
    kind: 'PROMISED',
    leadDepartmentCode: 'MINZHENG',
    legalBasis: '《测试条例》第一条',
    conditions: '本地户籍居民',
    promisedDays: 20,
    statutoryDays: 30,
    deliveryMethods: ['ONSITE'],
    procedureKey: `mix-${run}`,
    materials: [{ code: 'APPLICATION', name: '申请书' }],
  });
  if (item.status !== 201) throw new Error(`item: ${item.status} ${JSON.stringify(item.body)}`);
  const publishV2 = async () => {
    expect((await designer.put(`/procedures/${procedureId}`, { draftXml: MIX_V2 })).status).toBe(200);
    expect((await designer.post(`/procedures/${procedureId}/publish`, { changeNote: '环节改名' })).status).toBe(201);
  };
  return { designer, procedureId, itemCode, publishV2 };
}

async function openTaskOf(staff: Staff, matterId: string, nodeId: string): Promise<TaskRow> {
  const manager = await staff('manager');
  return waitFor(
    `the task at ${nodeId}`,
    async () => {
      const res = await manager.get(`/matters/${matterId}`);
      return (res.body.tasks as TaskRow[] | undefined)?.find(
        (t) => t.nodeId === nodeId && (t.status === 'OPEN' || t.status === 'CLAIMED'),
      );
    },
    120_000,
  );
}

async function completeStep(staff: Staff, matterId: string, nodeId: string): Promise<void> {
  const task = await openTaskOf(staff, matterId, nodeId);
  const api = await staff(workerFor(task));
  if (task.status === 'OPEN') expect((await api.post(`/tasks/${task.id}/claim`)).status).toBe(200);
  const detail = (await api.get(`/tasks/${task.id}`)).body;
  const res = await api.post(`/tasks/${task.id}/complete`, {
    decision: detail.allowedDecisions[0],
    comment: '同意',
    formData: formFor(detail.formFields),
  });
  expect(res.status).toBe(200);
}

async function claimStep(staff: Staff, matterId: string, nodeId: string): Promise<TaskRow> {
  const task = await openTaskOf(staff, matterId, nodeId);
  expect((await (await staff(workerFor(task))).post(`/tasks/${task.id}/claim`)).status).toBe(200);
  return task;
}

/** Accepts a matter of the item and works it to its place. */
export async function matterAt(staff: Staff, itemCode: string, place: MixPlace): Promise<string> {
  const res = await (
    await staff('clerk')
  ).post('/matters/intake', {
    idempotencyKey: `mix-${randomInt(1_000_000_000)}-${Date.now()}`,
    itemCode,
    applicant: applicant(),
    providedMaterials: ['APPLICATION'],
    decision: 'ACCEPT',
  });
  if (res.status !== 201) throw new Error(`intake: ${res.status} ${JSON.stringify(res.body)}`);
  const matterId = res.body.matter.id as string;
  if (place === 'receiveOpen') {
    await openTaskOf(staff, matterId, 'Receive');
    return matterId;
  }
  if (place === 'receiveClaimed') {
    await claimStep(staff, matterId, 'Receive');
    return matterId;
  }
  await completeStep(staff, matterId, 'Receive');
  if (place === 'reviewOpen') {
    await openTaskOf(staff, matterId, 'Review');
    return matterId;
  }
  if (place === 'reviewSupplement') {
    const review = await claimStep(staff, matterId, 'Review');
    const asked = await (
      await staff(workerFor(review))
    ).post(`/tasks/${review.id}/supplement`, { reason: '缺少户口簿原件', missing: ['户口簿原件'] });
    expect(asked.status).toBe(200);
    return matterId;
  }
  await completeStep(staff, matterId, 'Review');
  await claimStep(staff, matterId, 'Approve');
  return matterId;
}

export interface MixMatter {
  id: string;
  status: string;
  version: number;
  migratedFromVersion: number | null;
  tasks: Array<{ id: string; taskKey: string; nodeId: string; status: string; assigneeId: string | null }>;
  /** the workflow's armed timers (key and instant) and the version it runs */
  timers: Array<{ key: string; fireAt: string }>;
  workflowVersionId?: string;
}

/** Each matter as its rows and its workflow have it, to compare before and after a migration. */
export async function mixSnapshot(db: Db, temporal: Client, matterIds: string[]): Promise<Map<string, MixMatter>> {
  const rows = await db.matter.findMany({
    where: { id: { in: matterIds } },
    select: {
      id: true,
      status: true,
      workflowId: true,
      migratedFromVersion: true,
      procedureVersion: { select: { version: true } },
      tasks: {
        select: { id: true, taskKey: true, nodeId: true, status: true, assigneeId: true },
        orderBy: { taskKey: 'asc' },
      },
    },
  });
  const snapshot = new Map<string, MixMatter>();
  for (const row of rows) {
    const view = await temporal.workflow.getHandle(row.workflowId).query(getMigrationView);
    snapshot.set(row.id, {
      id: row.id,
      status: row.status,
      version: row.procedureVersion.version,
      migratedFromVersion: row.migratedFromVersion,
      tasks: row.tasks,
      timers: view.timers.map(({ key, fireAt }) => ({ key, fireAt })),
      workflowVersionId: view.versionId,
    });
  }
  return snapshot;
}

/** What the matter must look like on v2: the same task rows, the open ones on the mapped elements, the same timers and status. */
export function expectedOnV2(before: MixMatter): Omit<MixMatter, 'workflowVersionId'> {
  return {
    ...before,
    version: 2,
    migratedFromVersion: 1,
    // a completed task's row keeps the element it was done on
    tasks: before.tasks.map((t) =>
      t.status === 'COMPLETED' ? t : { ...t, nodeId: MIX_MAPPING[t.nodeId as keyof typeof MIX_MAPPING] ?? t.nodeId },
    ),
  };
}
