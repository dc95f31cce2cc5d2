/**
 * BPMN's standard timer definitions, as other modelers write them: `timeDuration` (ISO 8601 duration),
 * `timeDate` (an instant with its zone), `timeCycle` (`R3/PT1H`). ow:Timer, when present, is read instead.
 * A value with a leading `=` is FEEL, checked here and evaluated by the workflow when the timer starts; other
 * expression syntaxes (`${…}`) and cron cycles are refused.
 */
import type { TimerDefinition, TimerSpec } from '../../domain/deadline';
import { parseIsoCycle, parseIsoDuration, parseIsoInstant } from '../../domain/iso-timer';
import { isFeel } from '../feel';
import { compileFeel } from './feel-expressions';
import type { Findings } from './findings';
import { BPMN_NS } from './namespaces';
import type { SourceNode } from './read-process';

const EXAMPLES = 'P3D、PT2H、2026-10-08T09:00:00+08:00、R3/PT1H';
const EXAMPLES_EN = 'P3D, PT2H, 2026-10-08T09:00:00+08:00, R3/PT1H';

/** The timer its standard definition gives; 'absent' when it has none; undefined when it is invalid (reported). */
export function readStandardTimer(node: SourceNode, findings: Findings): TimerSpec | 'absent' | undefined {
  const definition = node.eventDefinitions.find((d) => d.local === 'timerEventDefinition');
  const values = (definition?.children ?? []).filter(
    (c) => c.ns === BPMN_NS && ['timeDuration', 'timeDate', 'timeCycle'].includes(c.local) && c.text.trim(),
  );
  if (values.length === 0) return 'absent';
  const [el] = values;
  const text = el.text.trim();
  const invalid = (zh: string, en: string) => {
    findings.error(node, 'TIMER_INVALID', zh, en);
    return undefined;
  };
  if (values.length > 1)
    return invalid(
      '定时器只能设置 timeDuration、timeDate、timeCycle 之一',
      'A timer may set only one of timeDuration, timeDate, timeCycle',
    );
  if (isFeel(text)) return feelTimer(node, text, el.local as TimerDefinition, findings);
  if (/^(\$\{|#\{)/.test(text))
    return invalid(
      `定时器的值 “${text}” 不是 FEEL 表达式（以 = 开头）：请填写固定的 ISO 8601 值（如 ${EXAMPLES}）、FEEL 表达式或使用 ow:Timer`,
      `The timer value '${text}' is no FEEL expression (starting with =): give a fixed ISO 8601 value (e.g. ${EXAMPLES_EN}), a FEEL expression or use ow:Timer`,
    );
  if (el.local === 'timeDuration') {
    if (parseIsoDuration(text)) return { kind: 'isoDuration', duration: text };
    return invalid(
      `timeDuration “${text}” 不是 ISO 8601 时长（如 P3D、PT2H、P1M）`,
      `timeDuration '${text}' is not an ISO 8601 duration (e.g. P3D, PT2H, P1M)`,
    );
  }
  if (el.local === 'timeDate') {
    if (parseIsoInstant(text)) return { kind: 'isoDate', at: text };
    return invalid(
      `timeDate “${text}” 不是带时区的 ISO 8601 时刻（如 2026-10-08T09:00:00+08:00）`,
      `timeDate '${text}' is not an ISO 8601 instant with its zone (e.g. 2026-10-08T09:00:00+08:00)`,
    );
  }
  const cycle = parseIsoCycle(text);
  if (cycle) return { kind: 'isoCycle', ...cycle };
  return invalid(
    `timeCycle “${text}” 不是 ISO 8601 重复间隔（如 R3/PT1H，R/P1D 为不限次数）；不支持 cron 表达式`,
    `timeCycle '${text}' is not an ISO 8601 repeating interval (e.g. R3/PT1H, R/P1D unbounded); cron is not supported`,
  );
}

function feelTimer(node: SourceNode, text: string, definition: TimerDefinition, findings: Findings) {
  const compiled = compileFeel(text);
  if (!compiled.ok) {
    findings.error(node, compiled.code, compiled.messageZh, compiled.messageEn);
    return undefined;
  }
  if (compiled.expr.kind !== 'feel') return undefined;
  return { kind: 'feel', source: compiled.expr.source, definition } satisfies TimerSpec;
}
