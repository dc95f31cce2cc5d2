import type { Prisma } from '../../generated/prisma/client';
import type { ChangeNotices } from '../../platform/change-notices';
import type { Db } from '../../platform/db';

export type GuideItem = Prisma.ServiceItemGetPayload<{ include: { materials: true } }>;

/** What an intake checks and starts against: the item, its materials (in guide order), its procedure's latest version. */
export interface IntakeGuide {
  item: GuideItem;
  /** null while the procedure has no published version */
  version: { id: string; plan: Prisma.JsonValue } | null;
}

/** The tables a guide is read from (a draft save changes only Procedure.draftXml, which notifies nothing). */
const GUIDE_TABLES = ['ServiceItem', 'Material', 'ProcedureVersion', 'Procedure'] as const;

/**
 * Intake guides cached per API instance, dropped when an item, a material or a procedure changes or a version is
 * published: at once in the process that wrote it (`notices.wrote`), by the change notice everywhere else.
 */
export function createIntakeGuides({ db, notices }: { db: Db; notices: ChangeNotices }) {
  return notices.cache(GUIDE_TABLES, async (code: string): Promise<IntakeGuide | undefined> => {
    const item = await db.serviceItem.findUnique({
      where: { code },
      include: { materials: { orderBy: { sort: 'asc' } } },
    });
    if (!item) return undefined;
    const version = await db.procedureVersion.findFirst({
      where: { procedure: { key: item.procedureKey } },
      orderBy: { version: 'desc' },
      select: { id: true, plan: true },
    });
    return { item, version };
  });
}
export type IntakeGuides = ReturnType<typeof createIntakeGuides>;
