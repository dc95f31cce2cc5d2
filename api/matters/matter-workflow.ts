import { WorkflowExecutionAlreadyStartedError, WorkflowUpdateFailedError, type Client } from '@temporalio/client';
import type { ProcedurePlan } from '../../bpmn/plan';
import { procedureWorkflow } from '../../workflows';
import type { MatterFacts } from '../../workflows/procedure-contract';
import {
  CaseKindKey, DepartmentCodesKey, DueAtKey, MatterStatusKey, OverdueKey, ReceiptNoKey, ServiceItemCodeKey,
} from '../../workflows/search-attributes';
import { AppError } from '../errors';

/** Starts a matter's procedure; starting twice (a retried intake) is not an error. */
export async function startProcedure(temporal: Client, taskQueue: string, workflowId: string, matter: MatterFacts, plan: ProcedurePlan): Promise<void> {
  try {
    await temporal.workflow.start(procedureWorkflow, {
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
    });
  } catch (e) {
    if (e instanceof WorkflowExecutionAlreadyStartedError) return;
    throw new AppError('UNAVAILABLE', '流程引擎暂不可用，办件已保存，请稍后重试提交', 'The workflow engine is unavailable; the matter is saved, retry the submission later');
  }
}

/**
 * Runs a workflow Update and maps a validator's rejection (an illegal move: "中文 / English") to 409, and an
 * unreachable engine to 503.
 */
export async function runUpdate<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof WorkflowUpdateFailedError) {
      const message = e.cause?.message ?? e.message;
      const [zh, en] = message.split(' / ');
      throw new AppError('ILLEGAL_TRANSITION', zh, en ?? zh);
    }
    if (e instanceof Error && e.name === 'WorkflowNotFoundError') {
      throw new AppError('ILLEGAL_TRANSITION', '该办件的流程已结束', 'The matter\'s procedure has ended');
    }
    throw new AppError('UNAVAILABLE', '流程引擎暂不可用，请稍后重试', 'The workflow engine is unavailable, try again later');
  }
}
