import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type pg from 'pg';
import type { Manifest } from './manifest';

/**
 * The restored database's own account of the restore, written in the load's transaction: the backup that made the
 * archive is marked done (its row was dumped while it ran), any other run cut off by the restore is marked failed,
 * the restore is recorded, and a reconcile is due: the first worker to start runs it (platform/reconcile).
 */
export async function recordRestore(
  client: pg.Client,
  input: { manifest: Manifest; archivePath: string; archiveSize: number; startedAt: Date },
): Promise<void> {
  const { manifest, archivePath, archiveSize, startedAt } = input;
  const now = new Date().toISOString();
  await client.query(
    `UPDATE "OperationRun" SET status = 'SUCCEEDED', "finishedAt" = $2::timestamp, archive = $3, "sizeBytes" = $4
      WHERE id = $1 AND status = 'RUNNING'`,
    [manifest.archiveId, now, path.basename(archivePath), archiveSize],
  );
  await client.query(
    `UPDATE "OperationRun" SET status = 'FAILED', "finishedAt" = $1::timestamp,
       error = '被恢复操作中断 / cut off by a restore from backup' WHERE status = 'RUNNING'`,
    [now],
  );
  const instants = Object.fromEntries(manifest.parts.map((p) => [p.name, p.takenAt]));
  await client.query(
    `INSERT INTO "OperationRun" (id, kind, status, trigger, "startedAt", "finishedAt", archive, "sizeBytes", summary)
     VALUES ($1, 'RESTORE', 'SUCCEEDED', 'cli', $2::timestamp, $3::timestamp, $4, $5, $6)`,
    [
      randomUUID(),
      startedAt.toISOString(),
      now,
      path.basename(archivePath),
      archiveSize,
      {
        archiveId: manifest.archiveId,
        createdAt: manifest.createdAt,
        productVersion: manifest.productVersion,
        instants,
      },
    ],
  );
  await client.query(
    `INSERT INTO "OperationRun" (id, kind, status, trigger, "startedAt", summary)
     VALUES ($1, 'RECONCILE', 'DUE', 'restore', $2::timestamp, $3)`,
    [randomUUID(), now, { archiveId: manifest.archiveId, instants }],
  );
}
