import { ActivityFailure, ApplicationFailure, patched } from '@temporalio/workflow';
import type { TimerEntry } from './durable-timers';
import { activities } from './activity-proxy';
import type { ArmedTimer, InterpreterMemory, TaskGroup, Token } from './interpreter-types';
import { ROLL_BACK_REFUSED_STEP, STEP_WRITES_LOCAL } from './patches';
import { ILLEGAL_MOVE, type IllegalMoveDetails, type ProcedureState } from './procedure-contract';
import type { ProcedureRuntime } from './runtime';
import { syncSearchAttributes } from './search-sync';
import { withinStep } from './token-engine';

/** What a step may change in the workflow, taken before it (plain data: a deep copy). */
interface StepSnapshot {
  state: ProcedureState;
  memory: InterpreterMemory;
  tokens: Token[];
  groups: TaskGroup[];
  terminatedScopes: string[];
  planTimers: ArmedTimer[];
  deadlineTimers: TimerEntry[];
}

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function snapshot(rt: ProcedureRuntime): StepSnapshot {
  return copy({
    state: { ...rt.state, internal: undefined },
    memory: rt.memory,
    tokens: [...rt.tokens.values()],
    groups: [...rt.groups.values()],
    terminatedScopes: [...rt.terminatedScopes],
    planTimers: rt.planTimers.list(),
    deadlineTimers: rt.deadlineTimers.list(),
  });
}

/**
 * A step under the lock that either happens whole or not at all, as seen from both sides. A human step moves the
 * workflow and writes the read side (task rows, timeline, suspensions) through activities as it goes; when the
 * database refuses one of those writes for what it holds (activities/refused-writes.ts), retrying cannot help and
 * going on would leave the workflow ahead of its rows. So the step is rolled back: the workflow's state as it was
 * before, the rows the step wrote before the refusal taken back (restoreReadSide), and the Update refused with
 * STEP_NOT_RECORDED (409). The matter stays where it was, consistent and usable.
 *
 * The sequence numbers of tokens and events are not rolled back: the refused step's keys are never used again,
 * so no later row can be mistaken for one of its own (and a service it started finds its token gone).
 */
export async function atomicStep<T>(rt: ProcedureRuntime, work: () => Promise<T>): Promise<T> {
  const before = snapshot(rt);
  rt.step = patched(STEP_WRITES_LOCAL) ? 'local' : 'activities';
  try {
    return await withinStep(rt, work);
  } catch (error) {
    rt.step = 'none';
    // a recorded run that met a refused write before this code existed went on without rolling back
    if (!(error instanceof ActivityFailure) || !patched(ROLL_BACK_REFUSED_STEP)) throw error;
    await rollBack(rt, before);
    throw notRecorded(error);
  } finally {
    rt.step = 'none';
  }
}

async function rollBack(rt: ProcedureRuntime, before: StepSnapshot): Promise<void> {
  const { workflowId } = rt;
  const after = { tokenSeq: rt.memory.tokenSeq, eventSeq: rt.memory.eventSeq, dueDate: rt.state.dueDate };
  const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i + 1);
  const newTokens = range(before.memory.tokenSeq, after.tokenSeq).map((n) => `t${n}`);

  for (const key of Object.keys(rt.state)) delete (rt.state as unknown as Record<string, unknown>)[key];
  Object.assign(rt.state, before.state);
  // keys the step added (e.g. a first extensionsGranted) go too: the copy has no undefined keys to overwrite them
  for (const key of Object.keys(rt.memory)) delete (rt.memory as unknown as Record<string, unknown>)[key];
  Object.assign(rt.memory, before.memory, { tokenSeq: after.tokenSeq, eventSeq: after.eventSeq });
  rt.tokens.clear();
  for (const token of before.tokens) rt.tokens.set(token.id, token);
  rt.groups.clear();
  for (const group of before.groups) rt.groups.set(group.id, group);
  rt.terminatedScopes.clear();
  for (const scope of before.terminatedScopes) rt.terminatedScopes.add(scope);
  rt.planTimers.restore(before.planTimers);
  rt.deadlineTimers.restore(before.deadlineTimers);
  rt.commit();
  syncSearchAttributes(rt);

  const { state } = rt;
  await activities.restoreReadSide({
    matterId: rt.matter.matterId,
    tasks: state.tasks,
    discardedTaskKeys: newTokens.map((token) => rt.taskKeyFor(token)),
    discardedEventKeys: [
      ...range(before.memory.eventSeq, after.eventSeq).map((n) => `${workflowId}:${n}`),
      // a service task records its event under its token's key
      ...newTokens.map((token) => rt.taskKeyFor(token)),
    ],
    matter: {
      status: state.status,
      dueAt: state.dueAt,
      dueDate: state.dueDate,
      provisional: state.provisional,
      warningLevel: state.warningLevel,
    },
    openSuspensionKey: rt.memory.suspension?.eventKey,
    openClockStopKeys: state.clockStops?.map((stop) => stop.eventKey),
    dueDateMoved:
      after.dueDate && after.dueDate !== state.dueDate ? { from: state.dueDate, to: after.dueDate } : undefined,
    ...(state.incidents?.length ? { openIncidentIds: state.incidents.map((incident) => incident.incidentId) } : {}),
  });
}

/** The refusal the Update answers with: a refused move (409) whose reason says nothing was changed. */
function notRecorded(cause: ActivityFailure): ApplicationFailure {
  const details: IllegalMoveDetails = {
    code: 'STEP_NOT_RECORDED',
    zh: '本次操作未能保存（数据库拒绝了写入），办件保持原状，请检查填写的内容后重试',
    en: 'The step could not be recorded (the database refused a write); the matter is unchanged: check the input and try again',
  };
  return ApplicationFailure.create({
    message: details.en,
    type: ILLEGAL_MOVE,
    nonRetryable: true,
    details: [details],
    cause,
  });
}
