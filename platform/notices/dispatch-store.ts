import { Prisma } from '../../generated/prisma/client';
import { runSql, type Db } from '../db';

/** The dispatcher's reads and writes of the outbox. Every write after the lease names the lease's owner. */

const at = (instant: Date) => Prisma.sql`${instant.toISOString()}::timestamp`;

export interface LeasedNotice {
  id: string;
  matterId: string;
  kind: string;
  channel: 'EMAIL' | 'SMS';
  data: Record<string, unknown> | null;
  /** including this one */
  attempts: number;
  leasedUntil: Date;
}

export interface Delivered {
  status: 'SENT' | 'RECORDED';
  provider: string;
  providerRef?: string;
  recipientMasked: string;
  subject: string | null;
  body: string;
}

export function createDispatchStore(db: Db, owner: string) {
  const mine = Prisma.sql`"leaseOwner" = ${owner} AND "status" = 'PENDING'`;
  return {
    /**
     * Takes up to `limit` notices due now that nobody holds (or whose holder's lease ran out: it crashed), for
     * `leaseMs`, and counts the attempt. SKIP LOCKED: dispatchers running at once each take different notices.
     */
    lease: (limit: number, channels: Array<'EMAIL' | 'SMS'>, now: Date, leaseMs: number) =>
      runSql<LeasedNotice>(
        db,
        Prisma.sql`WITH due AS (
          SELECT "id" FROM "Notice"
          WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${at(now)}
            AND ("leasedUntil" IS NULL OR "leasedUntil" <= ${at(now)})
            AND "channel"::text = ANY(${channels}::text[])
          ORDER BY "nextAttemptAt" LIMIT ${limit}::int
          FOR UPDATE SKIP LOCKED)
        UPDATE "Notice" n SET "leasedUntil" = ${at(new Date(now.getTime() + leaseMs))}, "leaseOwner" = ${owner},
          "attempts" = n."attempts" + 1
        FROM due WHERE n."id" = due."id"
        RETURNING n."id", n."matterId", n."kind", n."channel"::text AS "channel", n."data", n."attempts", n."leasedUntil"`,
        { prepare: true },
      ),

    matters: (ids: string[]) =>
      db.matter.findMany({
        where: { id: { in: ids } },
        select: {
          id: true,
          receiptNo: true,
          itemName: true,
          acceptedOn: true,
          dueDate: true,
          provisional: true,
          materials: true,
          applicantPhoneCipher: true,
          applicantEmailCipher: true,
        },
      }),

    templates: () => db.noticeTemplate.findMany(),

    /** Sent (or recorded): the text as it went out. False when the lease was lost meanwhile. */
    async delivered(id: string, d: Delivered, now: Date): Promise<boolean> {
      const rows = await runSql<{ id: string }>(
        db,
        Prisma.sql`UPDATE "Notice" SET "status" = ${d.status}::"NoticeStatus", "sentAt" = ${at(now)},
          "leasedUntil" = NULL, "lastError" = NULL, "provider" = ${d.provider}, "providerRef" = ${d.providerRef ?? null},
          "recipientMasked" = ${d.recipientMasked}, "subject" = ${d.subject}, "body" = ${d.body}
        WHERE "id" = ${id} AND ${mine} RETURNING "id"`,
        { prepare: true },
      );
      return rows.length === 1;
    },

    /** Not this time: back in the queue at `nextAttemptAt`, with the reason. */
    retryLater: (id: string, reason: string, nextAttemptAt: Date) =>
      runSql(
        db,
        Prisma.sql`UPDATE "Notice" SET "nextAttemptAt" = ${at(nextAttemptAt)}, "leasedUntil" = NULL,
          "lastError" = ${reason} WHERE "id" = ${id} AND ${mine} RETURNING "id"`,
        { prepare: true },
      ),

    /** Given up: the reason stays on the notice, which the matter page shows (and an admin may send again). */
    failed: (id: string, reason: string, provider: string | null) =>
      runSql(
        db,
        Prisma.sql`UPDATE "Notice" SET "status" = 'FAILED', "leasedUntil" = NULL, "lastError" = ${reason},
          "provider" = ${provider} WHERE "id" = ${id} AND ${mine} RETURNING "id"`,
        { prepare: true },
      ),

    /** A lease this dispatcher will not use (it is stopping, or the lease ran short): free it at once. */
    release: (id: string) =>
      runSql(
        db,
        Prisma.sql`UPDATE "Notice" SET "leasedUntil" = NULL, "attempts" = GREATEST("attempts" - 1, 0)
          WHERE "id" = ${id} AND ${mine} RETURNING "id"`,
        { prepare: true },
      ),
  };
}
export type DispatchStore = ReturnType<typeof createDispatchStore>;
