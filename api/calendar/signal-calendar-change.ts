import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import type { Prisma } from '../../generated/prisma/client';
import type { Db } from '../../platform/db';
import type { Logger } from '../../platform/logger';
import { calendarChanged, type CalendarChangeReason } from '../../workflows/procedure-contract';

const PAGE = 500;
const PARALLEL = 16;

/** The changed dates: one day (an override) or a span (a year's schedule, which also flips its provisional mark). */
export type ChangedDates = string | { from: string; to: string };

/**
 * Open matters whose count can include a changed date: accepted before the last of them (the acceptance day
 * itself is not counted, Civil Code art. 201) and not already due before the first. A suspended matter's due
 * date is only provisional while its clock is stopped, so it is always included.
 */
export function mattersAffectedBy(changed: ChangedDates): Prisma.MatterWhereInput {
  const { from, to } = typeof changed === 'string' ? { from: changed, to: changed } : changed;
  return {
    status: { in: ['IN_PROGRESS', 'SUSPENDED'] },
    acceptedOn: { lt: to },
    OR: [{ status: 'SUSPENDED' }, { dueDate: null }, { dueDate: { gte: from } }],
  };
}

/**
 * Tells each affected matter's workflow that the calendar changed and why; the workflow recomputes its due date
 * through its activity and records the DeadlineChange with that reason. Finished or unknown workflows are skipped.
 */
export async function signalCalendarChange(
  deps: { db: Db; temporal: Client; logger: Logger },
  changed: ChangedDates,
  reason: CalendarChangeReason,
) {
  const { db, temporal, logger } = deps;
  let recomputed = 0;
  let failed = 0;
  const signal = async (matter: { id: string; workflowId: string }) => {
    try {
      await temporal.workflow.getHandle(matter.workflowId).signal(calendarChanged, reason);
      recomputed++;
    } catch (e) {
      if (e instanceof WorkflowNotFoundError) return;
      failed++;
      logger.warn('calendarChanged signal failed', {
        matterId: matter.id,
        error: e instanceof Error ? e.message : String(e),
      });
    }
  };
  let cursor: string | undefined;
  for (;;) {
    const page = await db.matter.findMany({
      where: mattersAffectedBy(changed),
      select: { id: true, workflowId: true },
      orderBy: { id: 'asc' },
      take: PAGE,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    for (let i = 0; i < page.length; i += PARALLEL) await Promise.all(page.slice(i, i + PARALLEL).map(signal));
    if (page.length < PAGE) break;
    cursor = page[page.length - 1].id;
  }
  return { recomputed, failed };
}
