import {
  WorkflowExecutionAlreadyStartedError,
  WorkflowUpdateFailedError,
  WorkflowUpdateRPCTimeoutOrCancelledError,
  type Client,
} from '@temporalio/client';
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

/** Starts a matter's procedure; starting twice (a retried intake) is not an error. */
export async function startProcedure(
  temporal: Client,
  taskQueue: string,
  workflowId: string,
  matter: MatterFacts,
  plan: ProcedurePlan,
): Promise<void> {
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
    throw new AppError(
      'UNAVAILABLE',
      '流程引擎暂不可用，办件已保存，请稍后重试提交',
      'The workflow engine is unavailable; the matter is saved, retry the submission later',
    );
  }
}

/** `keyed`: the Update's id comes from the client's Idempotency-Key (keyedUpdateId), so sending it again is safe. */
export type RunUpdate = <T>(fn: () => Promise<T>, keyed?: boolean) => Promise<T>;

/** 503 for an Update not confirmed in time; a retry sent with the first one's Idempotency-Key cannot apply twice. */
const notConfirmed = (retrySafe: boolean) =>
  retrySafe
    ? new AppError(
        'UNAVAILABLE',
        '流程引擎繁忙，本次操作尚未确认：可稍后再次提交，同一操作不会重复办理',
        'The workflow engine is busy and has not confirmed this action: submit it again later, it will not apply twice',
      )
    : new AppError(
        'UNAVAILABLE',
        '流程引擎繁忙，本次操作尚未确认：请稍后刷新查看结果，再决定是否重试',
        'The workflow engine is busy and has not confirmed this action: refresh later to see whether it applied before retrying',
      );

/**
 * Runs workflow Updates for a request: a validator's rejection (an illegal move: "中文 / English") becomes 409, an
 * unreachable engine 503. An Update waits for a worker to take the workflow's next task; while no worker runs (all
 * stopped, or restarting) the SDK would wait without end, so each request waits `waitSeconds` at most and is
 * answered 503. That Update may still apply once a worker returns, so the message says to look before retrying, or,
 * for a keyed Update, that it can simply be sent again.
 */
export function createUpdateRunner(temporal: Client, waitSeconds: number): RunUpdate {
  return async (fn, keyed = false) => {
    try {
      return await temporal.connection.withDeadline(Date.now() + waitSeconds * 1000, fn);
    } catch (e) {
      if (e instanceof AppError) throw e;
      if (e instanceof WorkflowUpdateFailedError) {
        const message = e.cause?.message ?? e.message;
        const [zh, en] = message.split(' / ');
        throw new AppError('ILLEGAL_TRANSITION', zh, en ?? zh);
      }
      if (e instanceof Error && e.name === 'WorkflowNotFoundError') {
        throw new AppError('ILLEGAL_TRANSITION', '该办件的流程已结束', "The matter's procedure has ended");
      }
      if (e instanceof WorkflowUpdateRPCTimeoutOrCancelledError) throw notConfirmed(keyed);
      throw new AppError(
        'UNAVAILABLE',
        '流程引擎暂不可用，请稍后重试',
        'The workflow engine is unavailable, try again later',
      );
    }
  };
}
