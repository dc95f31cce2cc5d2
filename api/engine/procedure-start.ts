import {
  WithStartWorkflowOperation,
  WorkflowExecutionAlreadyStartedError,
  type Client,
  type WorkflowStartOptions,
} from '@temporalio/client';
import type { ProcedurePlan } from '../../bpmn/plan';
import { procedureWorkflow } from '../../workflows';
import {
  AT_WINDOW_UPDATE_ID,
  finishAtWindow,
  type AtWindowInput,
  type AtWindowOutcome,
  type MatterFacts,
} from '../../workflows/procedure-contract';
import type { ServiceRetryBudget } from '../../workflows/incident-contract';
import {
  CaseKindKey,
  DepartmentCodesKey,
  DueAtKey,
  MatterStatusKey,
  OverdueKey,
  ReceiptNoKey,
  ServiceItemCodeKey,
} from '../../workflows/search-attributes';
import { AppError } from '../errors';

/** How a matter's procedure is started: its workflow id, queue, input and first search attributes. */
export function procedureStartOptions(
  taskQueue: string,
  workflowId: string,
  matter: MatterFacts,
  plan: ProcedurePlan,
  serviceRetry?: ServiceRetryBudget,
): WorkflowStartOptions<typeof procedureWorkflow> {
  return {
    workflowId,
    taskQueue,
    // one run per matter: starting again once it has ended (a late retry) must not run it a second time
    workflowIdReusePolicy: 'REJECT_DUPLICATE',
    args: [{ matter, plan, ...(serviceRetry ? { serviceRetry } : {}) }],
    typedSearchAttributes: [
      { key: MatterStatusKey, value: 'IN_PROGRESS' },
      { key: ReceiptNoKey, value: matter.receiptNo },
      { key: CaseKindKey, value: matter.kind },
      { key: ServiceItemCodeKey, value: matter.itemCode },
      { key: DepartmentCodesKey, value: [matter.leadDepartmentCode, ...matter.coDepartmentCodes] },
      { key: DueAtKey, value: new Date(0) },
      { key: OverdueKey, value: false },
    ],
  };
}

export const engineUnavailableAtStart = () =>
  new AppError(
    'UNAVAILABLE',
    '流程引擎暂不可用，办件已保存，请稍后重试提交',
    'The workflow engine is unavailable; the matter is saved, retry the submission later',
  );

/** Starts a matter's procedure; starting twice (a retried intake) is not an error. */
export async function startProcedure(
  temporal: Client,
  taskQueue: string,
  workflowId: string,
  matter: MatterFacts,
  plan: ProcedurePlan,
  serviceRetry?: ServiceRetryBudget,
): Promise<void> {
  try {
    await temporal.workflow.start(
      procedureWorkflow,
      procedureStartOptions(taskQueue, workflowId, matter, plan, serviceRetry),
    );
  } catch (e) {
    if (e instanceof WorkflowExecutionAlreadyStartedError) return;
    throw engineUnavailableAtStart();
  }
}

/**
 * Starts a matter's procedure with its window step finished by the clerk who accepted it (即办件): one request
 * (update-with-start) answered once the matter is at rest, or when `waitMs` have passed. The procedure runs whatever
 * becomes of the step; `unconfirmed` says why the step was not confirmed (it then waits in the clerk's inbox).
 */
export async function startProcedureAtWindow(
  temporal: Client,
  taskQueue: string,
  workflowId: string,
  matter: MatterFacts,
  plan: ProcedurePlan,
  atWindow: AtWindowInput,
  waitMs: number,
  serviceRetry?: ServiceRetryBudget,
): Promise<AtWindowOutcome | { finished: false; unconfirmed: unknown }> {
  const start = new WithStartWorkflowOperation(procedureWorkflow, {
    ...procedureStartOptions(taskQueue, workflowId, matter, plan, serviceRetry),
    workflowIdConflictPolicy: 'USE_EXISTING',
  });
  try {
    return await temporal.connection.withDeadline(Date.now() + waitMs, () =>
      temporal.workflow.executeUpdateWithStart(finishAtWindow, {
        args: [atWindow],
        updateId: AT_WINDOW_UPDATE_ID,
        startWorkflowOperation: start,
      }),
    );
  } catch (unconfirmed) {
    // the engine may have started it without answering in time, or not at all: the procedure must run either way
    await start
      .workflowHandle()
      .catch(() => startProcedure(temporal, taskQueue, workflowId, matter, plan, serviceRetry));
    return { finished: false, unconfirmed };
  }
}
