import { patched, setHandler } from '@temporalio/workflow';
import { HIGHER_AUTHORITY_STOP } from '../domain/clock-stops';
import { restartClock } from './clock-ledger';
import { openStop } from './clock-rules';
import { recordEvent } from './events';
import { registerLockedUpdate } from './locked-update';
import { ONE_EXTENSION } from './patches';
import {
  MESSAGE_AUTHORITY_ANSWER,
  MESSAGE_MATERIALS_SUPPLIED,
  calendarChanged,
  deliverMessage,
  extendDeadline,
  requestSupplement,
  type ExtendInput,
  type MessageInput,
  type SupplementInput,
} from './procedure-contract';
import type { ProcedureRuntime } from './runtime';
import { checkExtend, checkMessage, checkSupplement } from './task-rules';
import { feedMessage, runLocked } from './token-engine';
import { syncTask } from './user-tasks';

/** Moves on the matter as a whole: 补正 (supplement), messages, 延长 (extension) and calendar changes. */
export function registerMatterUpdates(rt: ProcedureRuntime): void {
  registerLockedUpdate(rt, requestSupplement, checkSupplement, (input) => suspendForSupplement(rt, input));
  registerLockedUpdate(rt, deliverMessage, checkMessage, (input) => receiveMessage(rt, input));
  registerLockedUpdate(rt, extendDeadline, checkExtend, (input) => extend(rt, input));
  setHandler(calendarChanged, async (reason) => {
    await runLocked(rt, async () => {
      if (!rt.finished)
        await rt.deadline.refresh(reason?.reasonZh ?? '工作日历调整', reason?.reasonEn ?? 'working calendar changed');
    });
  });
}

/** 补正: the task and the matter wait, and the deadline clock stops until the materials are supplied. */
async function suspendForSupplement(rt: ProcedureRuntime, input: SupplementInput): Promise<void> {
  const { taskKey, actor, reason, missing } = input;
  const task = rt.task(taskKey);
  if (!task) throw new Error(`task ${taskKey} vanished after its check`);
  const now = rt.nowIso();
  const eventKey = rt.nextEventKey();
  rt.memory.suspension = { eventKey, taskKey, resumeState: task.state === 'CLAIMED' ? 'CLAIMED' : 'OPEN' };
  rt.state.status = 'SUSPENDED';
  rt.state.suspendedSince = now;
  task.state = 'SUSPENDED';
  rt.deadline.disarm();
  await rt.io.suspend({ matterId: rt.matter.matterId, eventKey, kind: 'supplement', reason, atIso: now });
  await syncTask(rt, task, actor);
  await rt.io.setMatterStatus({ matterId: rt.matter.matterId, status: 'SUSPENDED', reason });
  await recordEvent(rt, 'matter.suspended', { taskKey, nodeId: task.nodeId, reason, missing }, actor);
}

async function receiveMessage(rt: ProcedureRuntime, input: MessageInput): Promise<void> {
  if (input.payload) Object.assign(rt.state.form, input.payload);
  if (input.name === MESSAGE_MATERIALS_SUPPLIED && rt.memory.suspension) return resumeFromSupplement(rt, input);
  await recordEvent(rt, 'message.received', { name: input.name }, input.actor);
  if (input.name === MESSAGE_AUTHORITY_ANSWER && openStop(rt, HIGHER_AUTHORITY_STOP))
    await restartClock(rt, HIGHER_AUTHORITY_STOP, input.actor);
  await feedMessage(rt, input.name);
}

/** The materials are in: the suspension closes, the deadline is recomputed and the task is back in hand. */
async function resumeFromSupplement(rt: ProcedureRuntime, input: MessageInput): Promise<void> {
  const suspension = rt.memory.suspension;
  if (!suspension) return;
  const { matterId } = rt.matter;
  await rt.io.resume({ matterId, eventKey: suspension.eventKey, atIso: rt.nowIso() });
  rt.memory.suspension = undefined;
  rt.state.status = 'IN_PROGRESS';
  rt.state.suspendedSince = undefined;
  await rt.deadline.refresh('补正材料已提交', 'materials supplied');
  const task = rt.task(suspension.taskKey);
  if (task) {
    task.state = suspension.resumeState;
    await syncTask(rt, task);
  }
  await rt.io.setMatterStatus({ matterId, status: 'IN_PROGRESS' });
  await recordEvent(rt, 'matter.resumed', { taskKey: suspension.taskKey }, input.actor);
}

/** 延长: the approved working days are recorded, then the deadline is recomputed with them. */
async function extend(rt: ProcedureRuntime, input: ExtendInput): Promise<void> {
  const { actor, workingDays, reason, requestId } = input;
  if (patched(ONE_EXTENSION)) rt.memory.extensionsGranted = (rt.memory.extensionsGranted ?? 0) + 1;
  await rt.io.recordExtension({
    matterId: rt.matter.matterId,
    eventKey: rt.nextEventKey(),
    workingDays,
    reason,
    actorId: actor.userId,
    ...(requestId ? { requestId } : {}),
  });
  await rt.deadline.refresh('延长办理期限', 'deadline extended');
  await recordEvent(rt, 'deadline.extended', { workingDays, reason, dueAt: rt.state.dueAt }, actor);
}
