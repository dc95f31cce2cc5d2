import { WorkflowExecutionAlreadyStartedError, type Client, type WorkflowStartOptions } from '@temporalio/client';
import type { ProcedurePlan } from '../../bpmn/plan';
import { procedureWorkflow } from '../../workflows';
import type { MatterFacts } from '../../workflows/procedure-contract';
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
): WorkflowStartOptions<typeof procedureWorkflow> {
  return {
    workflowId,
    taskQueue,
    args: [{ matter, plan }],
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
): Promise<void> {
  try {
    await temporal.workflow.start(procedureWorkflow, procedureStartOptions(taskQueue, workflowId, matter, plan));
  } catch (e) {
    if (e instanceof WorkflowExecutionAlreadyStartedError) return;
    throw engineUnavailableAtStart();
  }
}
