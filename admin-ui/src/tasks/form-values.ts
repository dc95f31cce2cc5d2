import type { FormValue } from '../../../bpmn/form-values';
import type { FormField } from './types';

export type FormValues = Record<string, string | boolean>;

/** Empty values for the task's form (unticked booleans, empty strings). */
export function initialValues(fields: FormField[]): FormValues {
  return Object.fromEntries(fields.map((f) => [f.key, f.type === 'boolean' ? false : '']));
}

/** Keys of required fields still empty (a boolean counts as filled either way). */
export function missingRequired(fields: FormField[], values: FormValues): string[] {
  return fields
    .filter((f) => f.required && f.type !== 'boolean' && String(values[f.key] ?? '').trim() === '')
    .map((f) => f.key);
}

/** The values as the workflow wants them: numbers as numbers, empty optional fields left out. */
export function toFormData(fields: FormField[], values: FormValues): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const v = values[f.key];
    if (f.type === 'boolean') out[f.key] = Boolean(v);
    else if (typeof v === 'string' && v.trim() !== '') out[f.key] = f.type === 'number' ? Number(v) : v.trim();
  }
  return out;
}

/**
 * What a form-js form submitted, as the step's form values: only the form's fields (nothing a display component or
 * the form's internals put there), numbers a field keeps as text (form-js's serializeToString) as numbers.
 */
export function designedFormData(fields: FormField[], data: Record<string, unknown>): Record<string, FormValue> {
  const out: Record<string, FormValue> = {};
  for (const f of fields) {
    const v = data[f.key];
    if (v === undefined) continue;
    if (f.type === 'number' && typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)))
      out[f.key] = Number(v);
    else out[f.key] = v as FormValue;
  }
  return out;
}

/** Time left until `dueAt` (negative when past): whole days and remaining hours. */
export function countdown(dueAt: string, now = new Date()): { overdue: boolean; days: number; hours: number } {
  const ms = new Date(dueAt).getTime() - now.getTime();
  const hoursTotal = Math.floor(Math.abs(ms) / 3_600_000);
  return { overdue: ms < 0, days: Math.floor(hoursTotal / 24), hours: hoursTotal % 24 };
}
