import type { DataProvider } from 'react-admin';
import { apiFetch } from '../providers/http';
import type {
  CalendarYear,
  OverrideInput,
  Recomputed,
  Schedule,
  ScheduleInput,
  ScheduleLoaded,
  ScheduleYear,
} from './types';

export interface CalendarMethods {
  getCalendar(year: number): Promise<CalendarYear>;
  setCalendarOverride(date: string, input: OverrideInput): Promise<Recomputed>;
  removeCalendarOverride(date: string): Promise<Recomputed>;
  getScheduleYears(): Promise<{ years: ScheduleYear[] }>;
  getSchedule(year: number): Promise<Schedule>;
  loadSchedule(year: number, input: ScheduleInput): Promise<ScheduleLoaded>;
  unpublishSchedule(year: number): Promise<Recomputed>;
}

const overridePath = (date: string) => `/calendar/overrides/${encodeURIComponent(date)}`;
const schedulePath = (year: number) => `/calendar/years/${year}/schedule`;

export function withCalendarMethods<T extends DataProvider>(base: T): T & CalendarMethods {
  return {
    ...base,
    getCalendar: (year) => apiFetch(`/calendar?year=${year}`),
    setCalendarOverride: (date, input) => apiFetch(overridePath(date), { method: 'PUT', body: JSON.stringify(input) }),
    removeCalendarOverride: (date) => apiFetch(overridePath(date), { method: 'DELETE' }),
    getScheduleYears: () => apiFetch('/calendar/years'),
    getSchedule: (year) => apiFetch(schedulePath(year)),
    loadSchedule: (year, input) => apiFetch(schedulePath(year), { method: 'PUT', body: JSON.stringify(input) }),
    unpublishSchedule: (year) => apiFetch(schedulePath(year), { method: 'DELETE' }),
  };
}
