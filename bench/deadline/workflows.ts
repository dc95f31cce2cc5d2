/** The deadline bench worker's workflows: the real interpreter, and the raw baseline (one timer, one write). */
import { condition, proxyActivities, sleep } from '@temporalio/workflow';
import type { BenchDeadlineActivities } from './activities';

export { procedureWorkflow } from '../../workflows';

const { markOverdue } = proxyActivities<BenchDeadlineActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

/**
 * Baseline: a bare durable timer at the due instant, then the same warning write the interpreter's activity makes.
 * Then it stays open, as an overdue matter does: closing would cost the server a workflow task and a close that the
 * matters do not pay (the bench stops the stack with them open).
 */
export async function overdueTimerWorkflow(input: { matterId: string; fireAt: string }): Promise<void> {
  await sleep(Math.max(1, Date.parse(input.fireAt) - Date.now()));
  await markOverdue({ matterId: input.matterId });
  await condition(() => false);
}
