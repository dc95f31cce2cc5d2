import { randomUUID } from 'node:crypto';
import {
  ApplicationFailure,
  WorkflowUpdateFailedError,
  type WorkflowHandleWithFirstExecutionRunId,
} from '@temporalio/client';
import type { ProcedurePlan } from '../../bpmn/plan';
import { procedureWorkflow } from '../../workflows';
import {
  ILLEGAL_MOVE,
  getState,
  type Actor,
  type IllegalMoveDetails,
  type LiveTask,
  type MatterFacts,
  type ProcedureInput,
  type ProcedureState,
} from '../../workflows/procedure-contract';
import type { WorkflowTestBed } from '../support/workflow-env';

export const clerk: Actor = { userId: 'u-clerk', displayName: '窗口甲', departmentCode: 'ACC', roles: ['CLERK'] };
export const approver: Actor = {
  userId: 'u-approver',
  displayName: '审批乙',
  departmentCode: 'LEAD',
  roles: ['APPROVER'],
};
export const approver2: Actor = {
  userId: 'u-approver2',
  displayName: '审批丙',
  departmentCode: 'LEAD',
  roles: ['APPROVER'],
};
export const coActor = (departmentCode: string): Actor => ({
  userId: `u-${departmentCode}`,
  displayName: departmentCode,
  departmentCode,
  roles: ['APPROVER'],
});
export const manager: Actor = { userId: 'u-manager', displayName: '主任丁', departmentCode: 'ACC', roles: ['MANAGER'] };

export function matterFacts(overrides: Partial<MatterFacts> = {}): MatterFacts {
  const matterId = randomUUID();
  return {
    matterId,
    receiptNo: `R-${matterId.slice(0, 8)}`,
    kind: 'PROMISED',
    itemCode: 'ITEM-1',
    viaAgent: false,
    acceptedDepartmentCode: 'ACC',
    leadDepartmentCode: 'LEAD',
    coDepartmentCodes: ['CO1', 'CO2'],
    promisedDays: 5,
    ...overrides,
  };
}

export interface Started {
  handle: WorkflowHandleWithFirstExecutionRunId<typeof procedureWorkflow>;
  matter: MatterFacts;
  state(): Promise<ProcedureState>;
  /** waits until the open task of the node exists */
  task(nodeId: string, departmentCode?: string): Promise<LiveTask>;
  /**
   * waits until the workflow's state holds an incident with its token on the node (the state's active nodes are
   * refreshed after the incident's activities, so its event row alone does not say the state shows it)
   */
  incidentHeld(): Promise<ProcedureState>;
}

export async function startMatter(
  bed: WorkflowTestBed,
  plan: ProcedurePlan,
  opts: {
    matter?: Partial<MatterFacts>;
    continueAsNewAfterEvents?: number;
    serviceRetry?: ProcedureInput['serviceRetry'];
    before?: (matter: MatterFacts) => void;
  } = {},
): Promise<Started> {
  const matter = matterFacts(opts.matter);
  opts.before?.(matter);
  const handle = await bed.env.client.workflow.start(procedureWorkflow, {
    workflowId: `matter-${matter.matterId}`,
    taskQueue: bed.taskQueue,
    args: [
      {
        matter,
        plan,
        ...(opts.continueAsNewAfterEvents ? { continueAsNewAfterEvents: opts.continueAsNewAfterEvents } : {}),
        ...(opts.serviceRetry ? { serviceRetry: opts.serviceRetry } : {}),
      },
    ],
  });
  const state = () => handle.query(getState);
  return {
    handle,
    matter,
    state,
    task: (nodeId, departmentCode) =>
      eventually(`task at ${nodeId}`, async () =>
        (await state()).tasks.find(
          (task) => task.nodeId === nodeId && (!departmentCode || task.candidateDepartmentCode === departmentCode),
        ),
      ),
    incidentHeld: () =>
      eventually('an incident in the state', async () => {
        const current = await state();
        const onItsNode = (current.incidents ?? []).some((i) => current.activeNodeIds.includes(i.nodeId));
        return onItsNode && current;
      }),
  };
}

/** Polls until the probe answers something truthy. */
export async function eventually<T>(
  what: string,
  probe: () => Promise<T | undefined | null | false> | T | undefined | null | false,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Why an update was refused: the illegal move's details (code, Chinese, English) its validator failed it with. */
export async function refusal(promise: Promise<unknown>): Promise<IllegalMoveDetails> {
  try {
    await promise;
  } catch (err) {
    const cause = err instanceof WorkflowUpdateFailedError ? err.cause : undefined;
    if (cause instanceof ApplicationFailure && cause.type === ILLEGAL_MOVE)
      return cause.details?.[0] as IllegalMoveDetails;
    throw err;
  }
  throw new Error('expected the update to be refused');
}

/** The message an update failed with, whatever failed it (e.g. the server, once the workflow has closed). */
export async function failureMessage(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (err: any) {
    return String(err?.cause?.message ?? err?.message ?? err);
  }
  throw new Error('expected the update to fail');
}
