/**
 * A FEEL expression where the diagram has one (a leading `=`, as Camunda 8 writes it): checked with feelin and kept
 * as its text in the plan (`{ kind: 'feel' }`); the interpreter evaluates it with feelin. A problem names the
 * character it is at, counted in the text as written (with its `=`).
 */
import type { Expr } from '../expression-types';
import type { FindingCode } from './findings';
import { checkFeel, feelBody, type FeelKind } from '../feel';

export type FeelCompiled =
  { ok: true; expr: Expr } | { ok: false; code: FindingCode & `FEEL_${string}`; messageZh: string; messageEn: string };

const DOTTED_PATH = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

/** A FEEL expression that is a plain path (`=matter.coDepartmentCodes`) as that path, which reads the same value. */
export const asPath = (expr: Expr): Expr =>
  expr.kind === 'feel' && DOTTED_PATH.test(expr.source) ? { kind: 'path', path: expr.source.split('.') } : expr;

/** A FEEL text compiled, or its first problem. */
export function compileFeel(source: string, kind: FeelKind = 'expression'): FeelCompiled {
  const body = feelBody(source);
  const problem = checkFeel(body, kind);
  if (problem) {
    const at = problem.at + source.indexOf('=') + 1;
    return {
      ok: false,
      code: problem.code === 'FEEL_UNKNOWN_FUNCTION' ? problem.code : 'FEEL_SYNTAX',
      messageZh: `FEEL 表达式 “${source}” 第 ${at} 个字符处：${problem.messageZh}`,
      messageEn: `FEEL expression '${source}' at character ${at}: ${problem.messageEn}`,
    };
  }
  return { ok: true, expr: { kind: 'feel', source: body } };
}
