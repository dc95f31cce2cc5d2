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
