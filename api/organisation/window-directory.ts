import { Prisma } from '../../generated/prisma/client';
import type { ChangeNotices } from '../../platform/change-notices';
import { runSql, type Db } from '../../platform/db';

/** prisma/sql/003-table-changed.sql notifies a change of this table (an admin adds, renames or deactivates windows) */
const WINDOW_TABLES = ['Window'] as const;

/** A department's active windows by code, cached per process until a change notice: every intake at a window checks one. */
export function createWindowDirectory({ db, notices }: { db: Db; notices: ChangeNotices }) {
  const byDepartment = notices.cache(WINDOW_TABLES, async (departmentId: string) => {
    const rows = await runSql<{ id: string; code: string }>(
      db,
      Prisma.sql`SELECT id, code FROM "Window" WHERE "departmentId" = ${departmentId} AND active`,
      { prepare: true },
    );
    return new Map(rows.map((w) => [w.code, w.id]));
  });
  return {
    /** the id of the department's window with this code, or undefined */
    idOf: async (code: string, departmentId: string) => (await byDepartment.get(departmentId)).get(code),
  };
}
export type WindowDirectory = ReturnType<typeof createWindowDirectory>;
