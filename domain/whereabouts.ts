/**
 * 去向栏: where a staff member is now. Leave comes from the AB岗 absence (who covers is the backup); a spell away
 * from the post (site survey, meeting, …) from the whereabouts entered; otherwise the person is at their post.
 */
export const WHEREABOUTS_KINDS = ['SITE_SURVEY', 'MEETING', 'OUT_ON_BUSINESS', 'TRAINING'] as const;
export type WhereaboutsKind = (typeof WHEREABOUTS_KINDS)[number];

/** the longest spell away one entry may cover; longer absences are leave, entered as AB岗 */
export const MAX_WHEREABOUTS_DAYS = 7;

export type PresenceStatus = 'AT_POST' | 'ON_LEAVE' | WhereaboutsKind;

export interface Presence {
  status: PresenceStatus;
  /** when the person is expected back (leave or a spell away) */
  until: Date | null;
  note: string | null;
  /** ON_LEAVE: the AB岗 colleague covering */
  coveredById: string | null;
}

export interface AbsenceRecord {
  absentFrom: Date | null;
  absentUntil: Date | null;
  backupUserId: string | null;
}

export interface WhereaboutsEntry {
  kind: string;
  note: string | null;
  from: Date;
  until: Date;
  returnedAt: Date | null;
}

/** Leave first (it is the longer, approved absence), then the latest spell away that covers `now`. */
export function presenceAt(now: Date, absence: AbsenceRecord, entries: WhereaboutsEntry[]): Presence {
  const t = now.getTime();
  if (
    absence.absentFrom &&
    absence.absentUntil &&
    absence.absentFrom.getTime() <= t &&
    t < absence.absentUntil.getTime()
  )
    return { status: 'ON_LEAVE', until: absence.absentUntil, note: null, coveredById: absence.backupUserId };
  const current = entries
    .filter((e) => e.from.getTime() <= t && t < (e.returnedAt ?? e.until).getTime())
    .sort((a, b) => b.from.getTime() - a.from.getTime())[0];
  if (current && (WHEREABOUTS_KINDS as readonly string[]).includes(current.kind))
    return { status: current.kind as WhereaboutsKind, until: current.until, note: current.note, coveredById: null };
  return { status: 'AT_POST', until: null, note: null, coveredById: null };
}
