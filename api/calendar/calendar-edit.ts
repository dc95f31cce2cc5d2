import type { Client } from '@temporalio/client';
import type { Prisma } from '../../generated/prisma/client';
import type { Db } from '../../platform/db';
import type { Logger } from '../../platform/logger';
import type { CalendarSource } from '../../platform/calendar-source';
import type { AuditEntry, AuditService } from '../audit/audit.service';
import type { CalendarChangeReason } from '../../workflows/procedure-contract';
import { signalCalendarChange, type ChangedDates } from './signal-calendar-change';

type Deps = { db: Db; audit: AuditService; temporal: Client; logger: Logger; calendars: CalendarSource };

/**
 * What an edit did: its audit entry, the dates it changed, the reason each recomputed matter records, and what the
 * caller answers beside the recount.
 */
interface Edited<T> {
  audit: AuditEntry;
  changed: ChangedDates;
  reason: CalendarChangeReason;
  value: T;
}

/**
 * Every calendar edit (single days and whole schedules): serialised with the others for its transaction, so two
 * admins loading or correcting overlapping dates cannot interleave their deletes and inserts; committed with its
 * audit entry; then every open matter whose count can include a changed date is recomputed.
 */
export async function editCalendar<T extends object = object>(
  deps: Deps,
  edit: (tx: Prisma.TransactionClient) => Promise<Edited<T>>,
) {
  const { changed, reason, value } = await deps.db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(7382002)`;
    const edited = await edit(tx);
    await deps.audit.recordIn(tx, edited.audit);
    return edited;
  });
  deps.calendars.forget();
  return { ...value, ...(await signalCalendarChange(deps, changed, reason)) };
}
