import type { DataProvider } from 'react-admin';
import { apiFetch } from '../providers/http';
import type { CalendarYear, OverrideInput, Recomputed } from './types';

export interface CalendarMethods {
  getCalendar(year: number): Promise<CalendarYear>;
  setCalendarOverride(date: string, input: OverrideInput): Promise<Recomputed>;
  removeCalendarOverride(date: string): Promise<Recomputed>;
}

const overridePath = (date: string) => `/calendar/overrides/${encodeURIComponent(date)}`;

export function withCalendarMethods<T extends DataProvider>(base: T): T & CalendarMethods {
  return {
    ...base,
    getCalendar: (year) => apiFetch(`/calendar?year=${year}`),
    setCalendarOverride: (date, input) => apiFetch(overridePath(date), { method: 'PUT', body: JSON.stringify(input) }),
    removeCalendarOverride: (date) => apiFetch(overridePath(date), { method: 'DELETE' }),
  };
}
