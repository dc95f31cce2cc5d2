import type { ProcedureActivities } from './activity-types';
import type { ActivityDeps } from './deps';

/** The matter's row follows its workflow onto the target version (workflows/migration.ts). */
export function matterVersionActivities({ db }: ActivityDeps): Pick<ProcedureActivities, 'recordMigration'> {
  return {
    async recordMigration({ matterId, fromVersionId, toVersionId, atIso }) {
      const from = await db.procedureVersion.findUniqueOrThrow({ where: { id: fromVersionId } });
      await db.matter.updateMany({
        where: { id: matterId, procedureVersionId: fromVersionId },
        data: { procedureVersionId: toVersionId, migratedFromVersion: from.version, migratedAt: new Date(atIso) },
      });
    },
  };
}
