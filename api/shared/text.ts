import { z } from 'zod';

/**
 * Text as the API takes it: every string field of a request is one of these, so what PostgreSQL cannot store (NUL),
 * what a screen cannot show faithfully (lone surrogates, which become U+FFFD) and what makes text read differently
 * from what it is (bidi overrides, invisible characters in a name) is refused at the boundary with a 400 naming the
 * field, in Chinese and English (the issue's `params.en`, read by the error middleware).
 */

/** C0 controls (tab, line feed and carriage return included), DEL and the C1 controls. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
/** The same, less what multi-line text holds: tab, line feed, carriage return. */
// eslint-disable-next-line no-control-regex -- as above
const CONTROL_IN_MULTILINE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** U+2028 / U+2029 end a line in JavaScript and JSON tooling: not in one-line text. */
const LINE_SEPARATOR = /[\u2028\u2029]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Bidi embeddings, overrides and isolates (Trojan Source): they reorder what is shown, and no text needs them. */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
/** Format characters (bidi marks, zero-width characters, soft hyphen, BOM): two names that look alike must be alike. */
const FORMAT_CHARACTER = /\p{Cf}/u;

export interface TextProblem {
  zh: string;
  en: string;
}

const problems = {
  control: { zh: '不能包含控制字符（如 NUL）', en: 'must not contain control characters (such as NUL)' },
  lineBreak: { zh: '不能包含换行或制表符', en: 'must not contain line breaks or tabs' },
  surrogate: { zh: '包含无效的 Unicode 字符', en: 'contains an invalid Unicode character (lone surrogate)' },
  bidi: { zh: '不能包含文字方向控制字符', en: 'must not contain bidirectional override characters' },
  invisible: {
    zh: '不能包含不可见的格式字符（如零宽字符、方向标记）',
    en: 'must not contain invisible format characters (zero-width, direction marks)',
  },
} satisfies Record<string, TextProblem>;

export type TextKind = 'line' | 'multiline' | 'name';

/** What is wrong with a text of this kind, or undefined when it may be stored as it is. */
export function textProblem(text: string, kind: TextKind): TextProblem | undefined {
  if (LONE_SURROGATE.test(text)) return problems.surrogate;
  if (CONTROL_IN_MULTILINE.test(text)) return problems.control;
  if (kind !== 'multiline' && (CONTROL.test(text) || LINE_SEPARATOR.test(text))) return problems.lineBreak;
  if (BIDI_CONTROL.test(text)) return problems.bidi;
  if (kind === 'name' && FORMAT_CHARACTER.test(text)) return problems.invisible;
  return undefined;
}

/**
 * What no field may hold, whatever its schema: a NUL or another control character other than tab and line breaks,
 * or a lone surrogate. The routes check every string of the parsed input against it (api/openapi/route.ts), so a
 * field whose schema is a plain z.string() still cannot carry them into the database.
 */
export function unstorableProblem(text: string): TextProblem | undefined {
  if (LONE_SURROGATE.test(text)) return problems.surrogate;
  if (CONTROL_IN_MULTILINE.test(text)) return problems.control;
  return undefined;
}

/** A refinement adding the problem as a custom issue carrying its English (`params.en`). */
export const refuseText = (kind: TextKind) => (text: string, ctx: z.core.$RefinementCtx<string>) => {
  const problem = textProblem(text, kind);
  if (problem) ctx.addIssue({ code: 'custom', message: problem.zh, params: { en: problem.en }, input: text });
};

/**
 * One-line text (a title, a code-like value, a search term): trimmed; no control characters, no line breaks.
 * `typeMessage`, here and below: what to say when the value is not text at all.
 */
export const zLine = (typeMessage?: string) => z.string(typeMessage).trim().superRefine(refuseText('line'));

/** Free text over several lines (a comment, a reason): trimmed; tab and line breaks allowed, other controls not. */
export const zMultiline = (typeMessage?: string) => z.string(typeMessage).trim().superRefine(refuseText('multiline'));

/**
 * A person's (or a department's, a window's) name: one line, no invisible format characters, in Unicode NFC so the
 * same name typed on two keyboards is stored the same.
 */
export const zName = (typeMessage?: string) =>
  z
    .string(typeMessage)
    .trim()
    .superRefine(refuseText('name'))
    .overwrite((name) => name.normalize('NFC'));

/** Every string (and object key) in a parsed input that no field may hold, with its path, as zod issues. */
export function unstorableIssues(value: unknown, path: PropertyKey[] = []): z.core.$ZodIssue[] {
  if (typeof value === 'string') {
    const problem = unstorableProblem(value);
    return problem ? [{ code: 'custom', path, message: problem.zh, params: { en: problem.en }, input: value }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => unstorableIssues(item, [...path, index]));
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.entries(value).flatMap(([key, item]) => [
      ...unstorableIssues(key, [...path, key]),
      ...unstorableIssues(item, [...path, key]),
    ]);
  return [];
}
