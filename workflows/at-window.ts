import { ApplicationFailure, condition, setHandler } from '@temporalio/workflow';
import type { FormField } from '../bpmn/plan';
import { illegalMove } from './illegal-move';
import { ILLEGAL_MOVE, finishAtWindow, type AtWindowInput, type LiveTask } from './procedure-contract';
import type { ProcedureRuntime } from './runtime';
import { checkClaim, checkComplete, requireRunning } from './task-rules';
import { claim, complete } from './task-updates';
import { atomicStep } from './step-rollback';

/**
 * 即办件: the accepting clerk's window step, finished as the matter starts (the Update comes with the start and queues
 * behind the beginning). The clerk claims and completes it as from the inbox, with the same checks, rows and events;
 * a step that needs more than the window's acceptance, or a start the worker took up too late, waits in the inbox.
 * The answer comes once the matter is at rest: finished, or waiting for someone or something.
 */
export function registerAtWindow(rt: ProcedureRuntime): void {
  setHandler(
    finishAtWindow,
    async (input) => {
      const finished = await rt.lock.run(() => atomicStep(rt, () => finishWindowStep(rt, input)));
      // at rest: no step under way (so the last one is committed) and no service running, or the end reached
      if (finished) await condition(() => rt.lock.idle && (rt.finished || rt.jobs === 0));
      return { finished, state: rt.publicState() };
    },
    { validator: (input) => checkAtWindow(rt, input) },
  );
}

function checkAtWindow(rt: ProcedureRuntime, input: AtWindowInput): void {
  requireRunning(rt);
  // a validator runs when the Update is delivered, never on replay: the workflow's clock is that task's start
  if (Date.now() > Date.parse(input.until))
    throw illegalMove(
      'AT_WINDOW_TOO_LATE',
      '已过当场办结的时机，请在待办中办理',
      'too late to finish at the window: use the inbox',
    );
}

/** The window's acceptance confirms the checks a required yes/no field asks; any other required field needs the clerk. */
export function confirmedAtWindow(fields: FormField[]): Record<string, true> | undefined {
  const required = fields.filter((field) => field.required);
  if (required.some((field) => field.type !== 'boolean')) return undefined;
  return Object.fromEntries(required.map((field) => [field.key, true]));
}

/** Whether the move's check lets it go ahead (an illegal move is a no, anything else a bug that fails the task). */
function allowed(check: () => unknown): boolean {
  try {
    check();
    return true;
  } catch (error) {
    if (error instanceof ApplicationFailure && error.type === ILLEGAL_MOVE) return false;
    throw error;
  }
}

async function finishWindowStep(rt: ProcedureRuntime, { actor, comment }: AtWindowInput): Promise<boolean> {
  const task: LiveTask | undefined = rt.state.tasks.find(
    (t) => t.state === 'OPEN' && t.candidateDepartmentCode === actor.departmentCode,
  );
  const formData = task && confirmedAtWindow(task.formFields);
  if (!task || !formData) return false;
  const claiming = { taskKey: task.taskKey, actor };
  const completing = { ...claiming, decision: 'complete', comment, formData };
  if (!allowed(() => [checkClaim(rt, claiming), checkComplete(rt, completing)])) return false;
  await claim(rt, claiming);
  await complete(rt, completing);
  return true;
}
