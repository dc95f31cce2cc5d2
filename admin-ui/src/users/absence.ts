import { chinaDateOf } from '../../../domain/china-time';

/** The China date of an absence bound the API answers as an instant (or already as a date). */
export function absenceDate(value: string | null | undefined): string {
  if (!value) return '';
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : chinaDateOf(new Date(value));
}

/** Whether today (a China date) lies within the absence. */
export function isAbsentOn(today: string, from: string, until: string): boolean {
  return Boolean(from && until && from <= today && today <= until);
}
