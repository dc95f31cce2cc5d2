import { WorkflowNotFoundError, type Client, type WorkflowExecutionInfo } from '@temporalio/client';
import { deliverSignal, getState } from '../../workflows/procedure-contract';
import { SignalWaitsKey } from '../../workflows/search-attributes';
import type { AuditService } from '../audit/audit.service';
import type { CurrentUser } from '../auth/auth.types';
import { actorOf } from '../engine/actor';
import { AppError } from '../errors';
import type { MattersService } from '../matters/matters.service';
import type { TBroadcastResult, TSignalCounts } from './signals.types';

interface Deps {
  temporal: Client;
  audit: AuditService;
  matters: Pick<MattersService, 'inScope'>;
}

const engineUnavailable = () =>
  new AppError(
    'UNAVAILABLE',
    '暂时无法读取流程状态，请稍后重试',
    'The procedure state cannot be read now: try again later',
  );

/**
 * Signals (信号): staff broadcast one to every running matter waiting for it. The matters are found by their
 * SignalWaits search attribute (what each waits for now), never by reading every workflow; each gets the
 * `deliverSignal` Update, which reaches its waiting catches and signal starts and answers how many it reached.
 */
export function createSignalsService({ temporal, audit, matters }: Deps) {
  async function deliverTo(workflowId: string, name: string, user: CurrentUser): Promise<boolean> {
    try {
      const { reached } = await temporal.workflow
        .getHandle(workflowId)
        .executeUpdate(deliverSignal, { args: [{ name, actor: actorOf(user) }] });
      return reached > 0;
    } catch {
      // ended since it was listed, or its worker did not answer: counted as missed, the others still get it
      return false;
    }
  }

  /** The running matters' workflow executions the query finds, from the visibility store. */
  async function runningWith(query: string) {
    const executions: WorkflowExecutionInfo[] = [];
    try {
      for await (const execution of temporal.workflow.list({ query: `${query} AND ExecutionStatus = 'Running'` }))
        executions.push(execution);
    } catch {
      throw engineUnavailable();
    }
    return executions;
  }

  return {
    async waits(user: CurrentUser, id: string, ip?: string) {
      const m = await matters.inScope(user, id, ip);
      try {
        const state = await temporal.workflow.getHandle(m.workflowId).query(getState);
        return { waits: state.signalWaits ?? [] };
      } catch (e) {
        if (e instanceof WorkflowNotFoundError) return { waits: [] };
        throw engineUnavailable();
      }
    },

    async broadcast(user: CurrentUser, name: string, ip?: string): Promise<TBroadcastResult> {
      // the name is a checked identifier (no quotes), so it is safe inside the visibility query
      const waiting = (await runningWith(`${SignalWaitsKey.name} = '${name}'`)).map((e) => e.workflowId);
      let reached = 0;
      for (const workflowId of waiting) if (await deliverTo(workflowId, name, user)) reached += 1;
      const result = { reached, missed: waiting.length - reached };
      await audit.record({
        actorId: user.id,
        actorName: user.username,
        action: 'signal.broadcast',
        objectType: 'Signal',
        objectId: name,
        ip,
        detail: { name, ...result },
      });
      return result;
    },

    /** Each signal running matters wait for now, with how many wait for it: one pass over those waiting for any. */
    async counts(): Promise<TSignalCounts> {
      const waiting = new Map<string, number>();
      for (const execution of await runningWith(`${SignalWaitsKey.name} IS NOT NULL`))
        for (const name of new Set(execution.typedSearchAttributes.get(SignalWaitsKey) ?? []))
          waiting.set(name, (waiting.get(name) ?? 0) + 1);
      const data = [...waiting].map(([name, count]) => ({ name, waiting: count }));
      return { data: data.sort((a, b) => a.name.localeCompare(b.name)) };
    },
  };
}
export type SignalsService = ReturnType<typeof createSignalsService>;
