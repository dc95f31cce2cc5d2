import { chinaDateOf } from '../../domain/china-time';
import type { ProcedureActivities } from '../../activities/activity-types';
import type { Db } from '../../platform/db';

export interface BenchDeadlineActivities {
  armTimer(input: { matterId: string }): Promise<string>;
  markOverdue(input: { matterId: string }): Promise<void>;
}

export const DEADLINE_TASK_QUEUE = 'bench-deadline';

/** The bench's one-row table holding the instant every bench matter is due at in the current round. */
export const DUE_TABLE = 'bench_deadline';

/**
 * Stands in for refreshDeadline, which counts working days and so always lands on the end of a China day: the
 * bench needs 10,000 deadlines at one chosen instant a minute ahead. Like the real activity it stores the
 * deadline on the matter and answers it; everything after (timers, warning writes, events) is the product's code.
 */
export function benchRefreshDeadline(db: Db): ProcedureActivities['refreshDeadline'] {
  return async ({ matterId }) => {
    const dueAt = await dueInstant(db);
    const dueDate = chinaDateOf(dueAt);
    // the colour's instants as the real activity stores them: RED at the instant, YELLOW already (no warnAt answered)
    await db.matter.updateMany({
      where: { id: matterId },
      data: { dueAt, dueDate, redAt: dueAt, yellowAt: new Date() },
    });
    return { dueAt: dueAt.toISOString(), dueDate, provisional: false };
  };
}

async function dueInstant(db: Db): Promise<Date> {
  const [row] = await db.$queryRawUnsafe<Array<{ due_at: Date }>>(`SELECT due_at FROM ${DUE_TABLE} LIMIT 1`);
  if (!row) throw new Error(`${DUE_TABLE} is empty`);
  return row.due_at;
}

/** The baseline's writes: arming records the instant and YELLOW as a matter's re-arm does; firing the same update setWarning makes. */
export function benchDeadlineActivities(db: Db): BenchDeadlineActivities {
  return {
    async armTimer({ matterId }) {
      const dueAt = await dueInstant(db);
      await db.matter.updateMany({ where: { id: matterId }, data: { dueAt, warningLevel: 'YELLOW' } });
      return dueAt.toISOString();
    },
    async markOverdue({ matterId }) {
      await db.matter.updateMany({ where: { id: matterId }, data: { warningLevel: 'RED' } });
    },
  };
}
