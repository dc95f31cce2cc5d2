/**
 * A step's submitted form values checked against its fields (the plan's `formFields`), and split into what stays in
 * PostgreSQL (everything) and what the workflow gets (the keys its conditions read). Pure: the API and the console
 * use it.
 */
import type { FormField } from './plan';

export type FormValue = string | number | boolean | null;

export interface FormValueProblem {
  key: string;
  zh: string;
  en: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Empty: absent, null, or a string of blanks. A false yes/no is an answer, not empty. */
export const isBlankValue = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

function problemOf(field: FormField, value: FormValue): FormValueProblem | undefined {
  const wrong = (zh: string, en: string) => ({
    key: field.key,
    zh: `${field.label}：${zh}`,
    en: `${field.key}: ${en}`,
  });
  switch (field.type) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : wrong('应为数字', 'expected a number');
    case 'boolean':
      return typeof value === 'boolean' ? undefined : wrong('应为是或否', 'expected true or false');
    case 'date':
      return typeof value === 'string' && DATE.test(value) && !Number.isNaN(Date.parse(value))
        ? undefined
        : wrong('应为日期（YYYY-MM-DD）', 'expected a date (YYYY-MM-DD)');
    case 'enum':
      return typeof value === 'string' && (field.options ?? []).includes(value)
        ? undefined
        : wrong(`应为 ${(field.options ?? []).join('、')} 之一`, `expected one of ${(field.options ?? []).join(', ')}`);
    default:
      return typeof value === 'string' ? undefined : wrong('应为文字', 'expected text');
  }
}

/**
 * Every problem of the values: a key the form does not have, a value of the wrong type. Required fields left blank
 * are the workflow's to refuse (its validator is the one rule for what completes a step), so not checked here.
 */
export function formValueProblems(fields: FormField[], values: Record<string, FormValue>): FormValueProblem[] {
  const byKey = new Map(fields.map((field) => [field.key, field]));
  const problems: FormValueProblem[] = [];
  for (const [key, value] of Object.entries(values)) {
    const field = byKey.get(key);
    if (!field) {
      problems.push({ key, zh: `表单没有字段 ${key}`, en: `the form has no field ${key}` });
      continue;
    }
    if (isBlankValue(value)) continue;
    const problem = problemOf(field, value);
    if (problem) problems.push(problem);
  }
  return problems;
}

/** The values worth keeping: blanks left out, text trimmed. */
export function keptValues(values: Record<string, FormValue>): Record<string, Exclude<FormValue, null>> {
  const kept: Record<string, Exclude<FormValue, null>> = {};
  for (const [key, value] of Object.entries(values)) {
    if (isBlankValue(value)) continue;
    kept[key] = typeof value === 'string' ? value.trim() : (value as number | boolean);
  }
  return kept;
}

/** The part of the values the workflow gets: the keys its conditions read (plan.conditionFormKeys). */
export function conditionValues(
  conditionKeys: readonly string[],
  values: Record<string, unknown>,
): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([key]) => conditionKeys.includes(key)));
}
