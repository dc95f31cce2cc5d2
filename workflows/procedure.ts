import { allHandlersFinished, condition, continueAsNew, patched, setHandler, workflowInfo } from '@temporalio/workflow';
import { registerAtWindow } from './at-window';
import { registerCallSignals, tellCaller } from './call-activity';
import { registerClockUpdates } from './clock';
import { registerIncidentUpdates } from './incidents';
import { BEGIN_BEFORE_HANDLERS } from './patches';
import { registerMatterUpdates } from './matter-updates';
import { registerMigration } from './migration';
import { registerWithdrawal } from './matter-withdrawal';
import { getBookkeeping, getState, type ProcedureInput, type ProcedureState } from './procedure-contract';
import { ProcedureRuntime } from './runtime';
import { registerSignalUpdates } from './signals';
import { registerTaskUpdates } from './task-updates';
import { onPlanTimer, runLocked, startProcedure, withinStep } from './token-engine';

const DEFAULT_CONTINUE_AS_NEW_AFTER_EVENTS = 2000;

/**
 * The one interpreter of every procedure: runs the compiled BPMN plan of one matter (办件) from acceptance to
 * its outcome, with staff moving it by updates. Continues as new, carrying its whole state, when history grows
 * (and at once on the target version's plan once migrated: rt.input.plan is then that plan).
 */
export async function procedureWorkflow(input: ProcedureInput): Promise<ProcedureState> {
  const rt = new ProcedureRuntime(input);
  rt.planTimers.onFire((timer) => withinStep(rt, () => onPlanTimer(rt, timer)));
  rt.deadlineTimers.onFire((timer) => withinStep(rt, () => rt.deadline.onTimer(timer)));
  setHandler(getState, () => rt.publicState());
  setHandler(getBookkeeping, () => ({ eventSeq: rt.memory.eventSeq, tokenSeq: rt.memory.tokenSeq }));
  const registerHandlers = () => {
    registerTaskUpdates(rt);
    registerMatterUpdates(rt);
    registerAtWindow(rt);
    registerClockUpdates(rt);
    registerWithdrawal(rt);
    registerIncidentUpdates(rt);
    registerMigration(rt);
    registerCallSignals(rt);
    registerSignalUpdates(rt);
  };
  // the lock is taken in call order: handlers set after the beginning has it wait behind it
  const beginFirst = patched(BEGIN_BEFORE_HANDLERS);
  if (!beginFirst) registerHandlers();
  const begun = runLocked(rt, () => (input.carried ? resumeCarried(rt) : begin(rt)));
  if (beginFirst) registerHandlers();
  await begun;
  rt.progress = 0;

  const threshold = input.continueAsNewAfterEvents ?? DEFAULT_CONTINUE_AS_NEW_AFTER_EVENTS;
  const historyIsLong = () => {
    const info = workflowInfo();
    return rt.progress > 0 && (info.continueAsNewSuggested || info.historyLength > threshold || rt.migrated);
  };
  const stop = () => rt.finished || rt.fatal !== undefined;
  for (;;) {
    await condition(() => stop() || historyIsLong());
    if (!stop()) await condition(() => stop() || (allHandlersFinished() && rt.lock.idle && rt.jobs === 0));
    if (rt.fatal !== undefined) throw rt.fatal;
    if (rt.finished) break;
    await continueAsNew<typeof procedureWorkflow>({ ...input, carried: rt.carriedState() });
  }
  await condition(() => allHandlersFinished() && rt.lock.idle);
  await tellCaller(rt);
  return rt.publicState();
}

async function begin(rt: ProcedureRuntime): Promise<void> {
  // a called procedure runs on the matter's clock, its caller's
  if (!rt.input.calledBy) await rt.deadline.refresh('受理', 'accepted');
  await startProcedure(rt);
}

/** A continued run: the tasks, tokens and events already exist; only the timers are armed again, at their instants. */
async function resumeCarried(rt: ProcedureRuntime): Promise<void> {
  for (const timer of rt.memory.timers) rt.planTimers.arm(timer);
  await rt.deadline.rearm();
}
