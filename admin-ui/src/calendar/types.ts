export type DayKind = 'WORKDAY' | 'HOLIDAY';
export type DaySource = 'official' | 'override' | 'provisional' | 'weekend';

/** A non-ordinary day of GET /calendar: holiday, make-up workday or local override. */
export interface CalendarDay {
  date: string;
  kind: DayKind;
  source: DaySource;
  name?: string | null;
  nameEn?: string | null;
  /** the override's note, when the API sends it apart from the name */
  note?: string | null;
}

export interface CalendarYear {
  year: number;
  /** the State Council's holiday schedule for the year is published (otherwise dates are provisional) */
  published: boolean;
  status: ScheduleStatus;
  days: CalendarDay[];
}

export interface OverrideInput {
  kind: DayKind;
  note: string;
}

export interface Recomputed {
  recomputed: number;
  /** open matters whose workflow could not be told (the engine was unreachable) */
  failed?: number;
}

/** builtin: shipped with the product; loaded: an admin loaded the State Council notice; provisional: statutory holidays only */
export type ScheduleStatus = 'builtin' | 'loaded' | 'provisional';

/** One heading of the State Council notice: the block of days off and the weekend days worked instead. */
export interface ScheduleHoliday {
  name: string;
  from: string;
  to: string;
  workdays: string[];
}

export interface ScheduleInput {
  source: string;
  note?: string;
  holidays: ScheduleHoliday[];
}

export interface Schedule extends ScheduleInput {
  year: number;
  publishedAt: string;
  publishedBy: string | null;
}

export interface ScheduleYear {
  year: number;
  status: ScheduleStatus;
  source?: string;
  publishedAt?: string;
  publishedBy?: string | null;
  holidayDays?: number;
  workdays?: number;
}

export interface ScheduleLoaded extends Recomputed {
  year: number;
  holidayDays: number;
  workdays: number;
  replacedOverrides: number;
}
