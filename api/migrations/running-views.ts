import type { Client } from '@temporalio/client';
import type { Db } from '../../platform/db';
import { getMigrationView, type MigrationView } from '../../workflows/migration-contract';

/** Statuses of a matter whose workflow still runs. */
export const RUNNING_STATUSES = ['IN_PROGRESS', 'SUSPENDED'] as const;

export interface RunningMatter {
  id: string;
  receiptNo: string;
  /** undefined: its workflow could not be asked (the engine away) */
  view?: MigrationView;
}

/** The running matters on a version, each with its live state as its workflow answers (getMigrationView). */
export async function runningViews(db: Db, temporal: Client, versionId: string): Promise<RunningMatter[]> {
  const matters = await db.matter.findMany({
    where: { procedureVersionId: versionId, status: { in: [...RUNNING_STATUSES] } },
    select: { id: true, receiptNo: true, workflowId: true },
    orderBy: { acceptedAt: 'asc' },
  });
  const out: RunningMatter[] = [];
  // one at a time: a large batch should not flood the engine with queries
  for (const { id, receiptNo, workflowId } of matters) {
    const view = await temporal.workflow
      .getHandle(workflowId)
      .query(getMigrationView)
      .catch(() => undefined);
    out.push({ id, receiptNo, view });
  }
  return out;
}
