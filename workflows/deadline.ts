import { patched } from '@temporalio/workflow';
import type { WarningLevel } from '../domain/deadline';
import type { TimerEntry } from './durable-timers';
import { recordEvent } from './events';
import { OVERDUE_IN_ONE_ACTIVITY } from './patches';
import type { ProcedureRuntime } from './runtime';
import { syncSearchAttributes } from './search-sync';

const WARN = 'deadline:warn';
const OVERDUE = 'deadline:overdue';

/**
 * The matter's promised deadline (限时办结): the yellow warning and the overdue mark, each a durable timer at an
 * absolute instant. Re-armed whenever the deadline is recomputed; disarmed while the clock stops (补正, an art. 45
 * suspension, the wait for a higher authority).
 */
export class DeadlineClock {
  constructor(private readonly rt: ProcedureRuntime) {}

  /** A warning or overdue timer elapsed (runs under the lock). */
  async onTimer(timer: TimerEntry): Promise<void> {
    await this.applyLevel(Math.max(Date.now(), Date.parse(timer.fireAt)));
  }

  /** Asks the calendar for the current deadline (it counts suspensions and extensions) and re-arms the timers. */
  async refresh(reasonZh: string, reasonEn: string): Promise<void> {
    const { rt } = this;
    const result = await rt.io.refreshDeadline({ matterId: rt.matter.matterId, reasonZh, reasonEn });
    rt.state.dueAt = result.dueAt;
    rt.state.dueDate = result.dueDate;
    rt.state.provisional = result.provisional;
    rt.memory.warnAt = result.warnAt;
    await this.rearm();
  }

  /** Arms the timers from the stored absolute instants; no timer while the clock is stopped or the matter is done. */
  async rearm(): Promise<void> {
    const { rt } = this;
    this.disarm();
    if (rt.state.status !== 'IN_PROGRESS' || rt.clockStopped || !rt.state.dueAt) return;
    const now = Date.now();
    await this.applyLevel(now);
    const warnAt = rt.memory.warnAt;
    if (warnAt && Date.parse(warnAt) > now) rt.deadlineTimers.arm({ key: WARN, fireAt: warnAt });
    if (Date.parse(rt.state.dueAt) > now) rt.deadlineTimers.arm({ key: OVERDUE, fireAt: rt.state.dueAt });
  }

  disarm(): void {
    this.rt.deadlineTimers.cancel(WARN);
    this.rt.deadlineTimers.cancel(OVERDUE);
  }

  private levelAt(atMs: number): WarningLevel {
    const { dueAt } = this.rt.state;
    const warnAt = this.rt.memory.warnAt;
    if (!dueAt) return 'NONE';
    if (atMs >= Date.parse(dueAt)) return 'RED';
    // the calendar leaves warnAt out when the matter is already inside the warning window
    if (!warnAt || atMs >= Date.parse(warnAt)) return 'YELLOW';
    return 'NONE';
  }

  /** Sets the level the clock shows now, if it changed (so a continued run does not repeat it). */
  private async applyLevel(atMs: number): Promise<void> {
    const { rt } = this;
    if (rt.state.status !== 'IN_PROGRESS' || rt.clockStopped) return;
    const level = this.levelAt(atMs);
    if (level === rt.state.warningLevel) return;
    rt.state.warningLevel = level;
    const { matterId } = rt.matter;
    if (patched(OVERDUE_IN_ONE_ACTIVITY)) {
      const event =
        level === 'RED'
          ? { eventKey: rt.nextEventKey(), type: 'matter.overdue', data: { dueAt: rt.state.dueAt } }
          : undefined;
      // the search attributes now, in this workflow task, rather than in one of their own after the write
      syncSearchAttributes(rt);
      await rt.io.setWarning({ matterId, level, event });
      return;
    }
    await rt.io.setWarning({ matterId, level });
    if (level === 'RED') await recordEvent(rt, 'matter.overdue', { dueAt: rt.state.dueAt });
  }
}
