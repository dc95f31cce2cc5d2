/** The deadline bench worker's workflows: the real interpreter, and the raw baseline (one timer, one write). */
import { condition, proxyActivities, setHandler } from '@temporalio/workflow';
import type { BenchDeadlineActivities } from './activities';
import { rearmTimer } from './contract';

export { procedureWorkflow } from '../../workflows';

const { armTimer, markOverdue } = proxyActivities<BenchDeadlineActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

/**
 * Baseline: a bare durable timer at the due instant, then the same warning write the interpreter's activity makes.
 * It is started once with the matters and, like them, re-armed by a signal each round (recording its instant, so
 * the bench knows every timer is armed before the instant comes); it stays open, as an overdue matter does.
 */
export async function overdueTimerWorkflow(input: { matterId: string }): Promise<void> {
  let rearmAsked = false;
  setHandler(rearmTimer, () => void (rearmAsked = true));
  for (;;) {
    await condition(() => rearmAsked);
    rearmAsked = false;
    const fireAt = await armTimer({ matterId: input.matterId });
    const rearmedMeanwhile = await condition(() => rearmAsked, Math.max(1, Date.parse(fireAt) - Date.now()));
    if (!rearmedMeanwhile) await markOverdue({ matterId: input.matterId });
  }
}
