/**
 * Arming a plan timer: a standard definition written in FEEL (`=…`) is evaluated against the matter's variables when
 * the timer starts and read as its definition says (an ISO 8601 duration, an instant with its zone, a repeating
 * interval); the fixed kinds go to resolveTimer as they are. A FEEL value that is none of those is the element's
 * incident (the caller parks the token), never a failed workflow task.
 */
import { patched } from '@temporalio/workflow';
import type { TimerSpec } from '../domain/deadline';
import { parseIsoCycle, parseIsoDuration, parseIsoInstant } from '../domain/iso-timer';
import { evaluateFeel } from '../bpmn/feel';
import type { ArmedTimer } from './interpreter-types';
import { FEEL_TIMERS } from './patches';
import type { ProcedureRuntime } from './runtime';

export interface TimerProblem {
  zh: string;
  en: string;
}

const WHAT: Record<'timeDuration' | 'timeDate' | 'timeCycle', [string, string]> = {
  timeDuration: ['ISO 8601 时长（如 P3D、PT2H）', 'an ISO 8601 duration (e.g. P3D, PT2H)'],
  timeDate: ['带时区的 ISO 8601 时刻（如 2026-10-08T09:00:00+08:00）', 'an ISO 8601 instant with its zone'],
  timeCycle: ['ISO 8601 重复间隔（如 R3/PT1H）', 'an ISO 8601 repeating interval (e.g. R3/PT1H)'],
};

/** The fixed timer a spec stands for now: FEEL evaluated in the scope; a problem when its value is no ISO value. */
export function concreteTimer(
  timer: TimerSpec,
  scope: Readonly<Record<string, unknown>>,
): { timer: TimerSpec } | { problem: TimerProblem } {
  if (timer.kind !== 'feel') return { timer };
  const value = evaluateFeel(timer.source, scope);
  const text = typeof value === 'string' ? value.trim() : '';
  const cycle = timer.definition === 'timeCycle' ? parseIsoCycle(text) : undefined;
  if (timer.definition === 'timeDuration' && parseIsoDuration(text))
    return { timer: { kind: 'isoDuration', duration: text } };
  if (timer.definition === 'timeDate' && parseIsoInstant(text)) return { timer: { kind: 'isoDate', at: text } };
  if (cycle) return { timer: { kind: 'isoCycle', ...cycle } };
  const shown = JSON.stringify(value) ?? 'null';
  const [zh, en] = WHAT[timer.definition];
  return {
    problem: {
      zh: `定时器表达式 =${timer.source} 的值 ${shown} 不是${zh}`,
      en: `the timer expression =${timer.source} gave ${shown}, which is not ${en}`,
    },
  };
}

/**
 * Evaluates the timer (FEEL in the scope), resolves its instant and arms it under the key; a problem when its FEEL
 * value is invalid, and nothing is armed.
 */
export async function armPlanTimer(
  rt: ProcedureRuntime,
  spec: TimerSpec,
  scope: Readonly<Record<string, unknown>>,
  entry: Pick<ArmedTimer, 'key' | 'target'>,
  fromIso = rt.nowIso(),
): Promise<TimerProblem | undefined> {
  if (spec.kind === 'feel') patched(FEEL_TIMERS);
  const concrete = concreteTimer(spec, scope);
  if ('problem' in concrete) return concrete.problem;
  await armConcreteTimer(rt, concrete.timer, spec.kind === 'feel', entry, fromIso);
  return undefined;
}

/**
 * Resolves an evaluated timer's instant and arms it under the key. A cycle given by FEEL keeps its evaluated interval
 * for re-arming (timer-cycles.ts).
 */
export async function armConcreteTimer(
  rt: ProcedureRuntime,
  timer: TimerSpec,
  fromFeel: boolean,
  entry: Pick<ArmedTimer, 'key' | 'target'>,
  fromIso = rt.nowIso(),
): Promise<void> {
  const { fireAt } = await rt.io.resolveTimer({ matterId: rt.matter.matterId, timer, fromIso });
  const cycle = fromFeel && timer.kind === 'isoCycle' ? { cycle: timer } : {};
  rt.planTimers.arm({ ...entry, fireAt, ...cycle });
}
