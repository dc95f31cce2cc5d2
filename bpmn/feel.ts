/**
 * FEEL (the Friendly Enough Expression Language of DMN, as Camunda 8 writes it after a leading `=`), checked and
 * evaluated with feelin, bpmn.io's interpreter: no eval, no I/O. Deterministic inside the workflow: `now()` and
 * `today()` read the clock, which Temporal's sandbox fixes to the workflow task's time, the same on every replay.
 * Browser-safe: the compiler, the API and the designer's live check use the same checks.
 */
import { evaluate, parseExpression, parseUnaryTests, unaryTest } from 'feelin';
import { MAX_EXPRESSION_LENGTH } from './expression-parser';

/** What a FEEL text is: an expression (conditions, collections, outputs) or unary tests (a decision's input entries). */
export type FeelKind = 'expression' | 'unaryTests';

export interface FeelProblem {
  code: 'FEEL_SYNTAX' | 'FEEL_UNKNOWN_FUNCTION' | 'FEEL_TOO_LONG';
  /** 1-based character of the text where the problem is */
  at: number;
  messageZh: string;
  messageEn: string;
}

/** Camunda's marker of a FEEL expression in a BPMN attribute or body: a leading `=`. */
export const isFeel = (source: string): boolean => source.trimStart().startsWith('=');
/** The FEEL text after its `=`. */
export const feelBody = (source: string): string => source.trimStart().replace(/^=/, '').trim();

const PARSED_KEPT = 2000;
const parsed = new Map<string, ReturnType<typeof parseExpression>>();
/**
 * A compile reads each FEEL text several times (its syntax, the paths it reads, the form keys of a condition), and
 * the designer's live check compiles the same diagram on every edit: the trees (immutable) are kept, a bounded few.
 */
function parse(text: string, kind: FeelKind) {
  const key = `${kind}:${text}`;
  let tree = parsed.get(key);
  if (!tree) {
    tree = kind === 'expression' ? parseExpression(text, {}, undefined) : parseUnaryTests(text, {}, undefined);
    if (parsed.size >= PARSED_KEPT) parsed.clear();
    parsed.set(key, tree);
  }
  return tree;
}

const knownFunctions = new Map<string, boolean>();
/** Whether feelin has a built-in of this name: calling it with no arguments names no missing function. */
function isBuiltin(name: string): boolean {
  let known = knownFunctions.get(name);
  if (known === undefined) {
    try {
      known = !evaluate(`${name}()`).warnings.some(
        (w) => w.type === 'NO_FUNCTION_FOUND' || w.type === 'NO_VARIABLE_FOUND',
      );
    } catch {
      known = true; // it exists and refused no arguments
    }
    knownFunctions.set(name, known);
  }
  return known;
}

/** The first problem of a FEEL text, or undefined: a syntax error, or a call of a function FEEL does not have. */
export function checkFeel(text: string, kind: FeelKind = 'expression'): FeelProblem | undefined {
  if (text.length > MAX_EXPRESSION_LENGTH)
    return {
      code: 'FEEL_TOO_LONG',
      at: MAX_EXPRESSION_LENGTH,
      messageZh: `表达式超过 ${MAX_EXPRESSION_LENGTH} 个字符`,
      messageEn: `the expression is longer than ${MAX_EXPRESSION_LENGTH} characters`,
    };
  if (!text.trim())
    return { code: 'FEEL_SYNTAX', at: 1, messageZh: '表达式为空', messageEn: 'the expression is empty' };
  const cursor = parse(text, kind).cursor();
  do {
    if (cursor.type.isError) {
      const near = text.slice(cursor.from, cursor.from + 12);
      return {
        code: 'FEEL_SYNTAX',
        at: cursor.from + 1,
        messageZh: near ? `“${near}” 处有语法错误` : '表达式不完整',
        messageEn: near ? `syntax error at '${near}'` : 'the expression is incomplete',
      };
    }
    if (cursor.name === 'FunctionInvocation') {
      const callee = cursor.node.firstChild;
      if (callee?.name !== 'VariableName') continue;
      const name = text.slice(callee.from, callee.to).replace(/\s+/g, ' ');
      if (!isBuiltin(name))
        return {
          code: 'FEEL_UNKNOWN_FUNCTION',
          at: callee.from + 1,
          messageZh: `没有名为 ${name} 的函数`,
          messageEn: `there is no function named ${name}`,
        };
    }
  } while (cursor.next());
  return undefined;
}

const DOTTED = /^[A-Za-z_]\w*(\s*\.\s*[A-Za-z_]\w*)*$/;

/**
 * The variable paths a FEEL expression reads (`form.area` → ['form', 'area'], `decision` → ['decision']), for the
 * compiler's checks of what conditions read. Function names are not variables.
 */
export function feelPaths(text: string): string[][] {
  const paths: string[][] = [];
  const cursor = parse(text, 'expression').cursor();
  let skipUntil = -1;
  do {
    if (cursor.from < skipUntil) continue;
    const slice = text.slice(cursor.from, cursor.to);
    if (cursor.name === 'PathExpression' && DOTTED.test(slice)) {
      paths.push(slice.split('.').map((s) => s.trim()));
      skipUntil = cursor.to;
    } else if (cursor.name === 'VariableName' && cursor.node.parent?.name !== 'FunctionInvocation') {
      paths.push([slice.trim()]);
    }
  } while (cursor.next());
  return paths;
}

/** A FEEL value as plain JSON data (dates, times and durations as their ISO text; functions and ranges as null). */
export function plainFeelValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map(plainFeelValue);
  if (typeof value === 'function') return null;
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainFeelValue(v)]));
  const text = String(value);
  return text.startsWith('[object') ? null : text;
}

/** The value of a FEEL expression in the scope, as plain data; null where FEEL has none (an error is null in FEEL). */
export function evaluateFeel(text: string, scope: Readonly<Record<string, unknown>>): unknown {
  try {
    return plainFeelValue(evaluate(text, { ...scope }).value);
  } catch {
    return null;
  }
}

/** Whether the input value passes FEEL unary tests (`"A","B"`, `> 3`, `[1..5]`, `not("x")`; empty or `-`: any). */
export function passesUnaryTests(tests: string, input: unknown, scope: Readonly<Record<string, unknown>>): boolean {
  if (!tests.trim() || tests.trim() === '-') return true;
  try {
    return unaryTest(tests, { ...scope, '?': input }).value === true;
  } catch {
    return false;
  }
}
