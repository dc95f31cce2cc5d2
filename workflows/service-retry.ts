import type { ActivityFailure } from '@temporalio/workflow';
import { DEFAULT_SERVICE_RETRY, type IncidentCause, type ServiceRetryBudget } from './incident-contract';
import type { ProcedureRuntime } from './runtime';

export function serviceRetryBudget(rt: ProcedureRuntime): ServiceRetryBudget {
  return rt.input.serviceRetry ?? DEFAULT_SERVICE_RETRY;
}

/** A service that gave up: beyond its budget (SERVICE_FAILED), or refusing its input at once (SERVICE_REFUSED). */
export function serviceIncidentCause(failure: ActivityFailure, budget: ServiceRetryBudget): IncidentCause {
  const message = failure.cause?.message ?? failure.message;
  if (failure.retryState === 'MAXIMUM_ATTEMPTS_REACHED' || failure.retryState === 'TIMEOUT')
    return {
      kind: 'SERVICE_FAILED',
      zh: `服务调用失败，已重试 ${budget.maximumAttempts} 次：${message}`,
      en: `the service failed ${budget.maximumAttempts} times: ${message}`,
      attempts: budget.maximumAttempts,
    };
  return {
    kind: 'SERVICE_REFUSED',
    zh: `服务拒绝了输入（重试无用）：${message}`,
    en: `the service refused its input (retrying cannot help): ${message}`,
    attempts: 1,
  };
}
