import pg from 'pg';
import type { Prisma } from '../../generated/prisma/client';
import type { Db } from '../../platform/db';

export type GuideItem = Prisma.ServiceItemGetPayload<{ include: { materials: true } }>;

/** What an intake checks and starts against: the item, its materials (in guide order), its procedure's latest version. */
export interface IntakeGuide {
  item: GuideItem;
  /** null while the procedure has no published version */
  version: { id: string; plan: Prisma.JsonValue } | null;
}

const CHANNEL = 'catalogue_changed';
/** Bounds staleness should notices never arrive (e.g. behind a pooler that drops LISTEN) */
const MAX_AGE_MS = 60_000;
const RECONNECT_MS = 5_000;

/**
 * Intake guides cached per API instance. prisma/sql/003-catalogue-changed.sql notifies every instance when an
 * item, a material or a procedure changes or a version is published, and each drops its cache. While an instance
 * is not listening (before its first connection, after losing it) every call reads the database.
 */
export function createIntakeGuides({ db, databaseUrl }: { db: Db; databaseUrl: string }) {
  const cache = new Map<string, { guide: IntakeGuide; until: number }>();
  // bumped by every change notice: a read that overlapped one is not kept
  let generation = 0;
  let listener: pg.Client | undefined;
  let listening = false;
  let retryAt = 0;

  const forget = () => {
    generation++;
    cache.clear();
  };

  function listen(): void {
    if (listener || Date.now() < retryAt) return;
    const client = new pg.Client({ connectionString: databaseUrl });
    listener = client;
    const lost = () => {
      if (listener !== client) return;
      listener = undefined;
      listening = false;
      retryAt = Date.now() + RECONNECT_MS;
      forget();
      client.end().catch(() => undefined);
    };
    client.on('notification', forget);
    client.on('error', lost);
    client.on('end', lost);
    client.connect()
      .then(() => client.query(`LISTEN ${CHANNEL}`))
      .then(() => {
        if (listener !== client) return;
        forget(); // whatever changed before we listened
        listening = true;
      }, lost);
  }

  async function load(code: string): Promise<IntakeGuide | undefined> {
    const item = await db.serviceItem.findUnique({ where: { code }, include: { materials: { orderBy: { sort: 'asc' } } } });
    if (!item) return undefined;
    const version = await db.procedureVersion.findFirst({
      where: { procedure: { key: item.procedureKey } }, orderBy: { version: 'desc' }, select: { id: true, plan: true },
    });
    return { item, version };
  }

  return {
    async get(code: string): Promise<IntakeGuide | undefined> {
      listen();
      const hit = cache.get(code);
      if (hit && hit.until > Date.now()) return hit.guide;
      const seen = generation;
      const guide = await load(code);
      if (guide && listening && seen === generation) cache.set(code, { guide, until: Date.now() + MAX_AGE_MS });
      return guide;
    },
  };
}
export type IntakeGuides = ReturnType<typeof createIntakeGuides>;
