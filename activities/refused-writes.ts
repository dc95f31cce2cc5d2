import { ApplicationFailure } from '@temporalio/common';
import { isRefusedWrite, sqlStateOf } from '../platform/db-errors';
import type { ProcedureActivities } from './activity-types';

/** The ApplicationFailure type of an activity whose write the database refused (the workflow rolls its step back). */
export const WRITE_REFUSED = 'WriteRefused';

/**
 * A write the database refuses for what it holds (a NUL, a constraint) will never succeed by retrying. It is told
 * apart by its type, WriteRefused: a person's step lists that type as non-retryable (STEP_ACTIVITY_OPTIONS), so the
 * step is rolled back and refused at once (workflows/step-rollback.ts) instead of waiting for ever; elsewhere it
 * keeps retrying as any failure does. Only the SQLSTATE and PostgreSQL's message go into the failure, never the
 * values that were refused.
 */
export function failFastOnRefusedWrites(activities: ProcedureActivities): ProcedureActivities {
  const wrapped: Record<string, unknown> = {};
  for (const [name, run] of Object.entries(activities) as Array<[string, (...args: unknown[]) => Promise<unknown>]>) {
    wrapped[name] = async (...args: unknown[]) => {
      try {
        return await run(...args);
      } catch (err) {
        if (!isRefusedWrite(err)) throw err;
        const state = sqlStateOf(err);
        const message = err instanceof Error ? err.message.split('\n').filter(Boolean).pop() : String(err);
        throw ApplicationFailure.retryable(
          `${name}: 数据库拒绝写入 / the database refused the write (SQLSTATE ${state}): ${message}`,
          WRITE_REFUSED,
        );
      }
    };
  }
  return wrapped as unknown as ProcedureActivities;
}
