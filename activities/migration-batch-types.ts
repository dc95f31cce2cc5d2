import type { MigrationBatchInput, MigrationOutcome } from '../workflows/migration-contract';

/** What a migration batch (workflows/migration-batch.ts) asks of the outside world. */
export interface MigrationBatchActivities {
  /**
   * Migrates one matter through its workflow's Update (whose validator assesses it against its live state) and
   * writes its line of the report, with an audit entry; a matter already reported in this batch is answered from
   * its line.
   */
  migrateOne(input: Omit<MigrationBatchInput, 'matterIds' | 'carried'> & { matterId: string }): Promise<{
    outcome: MigrationOutcome;
  }>;
  finishMigrationBatch(input: { batchId: string }): Promise<void>;
}
