/**
 * BPMN's standard timer definitions, as other modelers write them: `timeDuration` (ISO 8601 duration),
 * `timeDate` (an instant with its zone), `timeCycle` (`R3/PT1H`). ow:Timer, when present, is read instead.
 * Expressions (FEEL `=…`, `${…}`) and cron cycles are refused: the plan holds fixed values.
 */
import type { TimerSpec } from '../../domain/deadline';
import { parseIsoCycle, parseIsoDuration, parseIsoInstant } from '../../domain/iso-timer';
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
  if (/^(=|\$\{|#\{)/.test(text))
    return invalid(
      `定时器的值 “${text}” 是表达式：请填写固定的 ISO 8601 值（如 ${EXAMPLES}）或使用 ow:Timer`,
      `The timer value '${text}' is an expression: give a fixed ISO 8601 value (e.g. ${EXAMPLES_EN}) or use ow:Timer`,
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
