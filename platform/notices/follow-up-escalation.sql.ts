import { Prisma } from '../../generated/prisma/client';
import { activeManagersSql } from './outbox.sql';

/**
 * 督办 and 整改 left unanswered past their date (a China date before `today`) are escalated: marked once, and every
 * active manager's bell says so, keyed by the follow-up so any number of sweeps write it once. One statement each.
 */
export function escalateFollowUpsSql(today: string, now: Date): Prisma.Sql[] {
  const at = Prisma.sql`${now.toISOString()}::timestamp`;
  return [
    Prisma.sql`WITH late AS (
        UPDATE "Supervision" SET "escalatedAt" = ${at}
        WHERE status = 'OPEN' AND "replyDueDate" < ${today} AND "escalatedAt" IS NULL
        RETURNING id, "matterId", message, "replyDueDate")
      INSERT INTO "StaffNotice" ("id", "key", "userId", "kind", "matterId", "data", "createdAt")
      SELECT gen_random_uuid()::text, l."matterId" || ':supervision:' || l.id || ':overdue:' || mg.id, mg.id,
        'SUPERVISION_OVERDUE', l."matterId",
        jsonb_build_object('receiptNo', m."receiptNo", 'itemName', m."itemName", 'message', l.message,
          'dueDate', l."replyDueDate"), ${at}
      FROM late l JOIN "Matter" m ON m.id = l."matterId" CROSS JOIN (${activeManagersSql}) mg
      ON CONFLICT ("key") DO NOTHING`,
    Prisma.sql`WITH late AS (
        UPDATE "Rectification" SET "escalatedAt" = ${at}
        WHERE status = 'OPEN' AND "dueDate" < ${today} AND "escalatedAt" IS NULL
        RETURNING id, "matterId", "dueDate")
      INSERT INTO "StaffNotice" ("id", "key", "userId", "kind", "matterId", "data", "createdAt")
      SELECT gen_random_uuid()::text, l."matterId" || ':rectification:' || l.id || ':overdue:' || mg.id, mg.id,
        'RECTIFICATION_OVERDUE', l."matterId",
        jsonb_build_object('receiptNo', m."receiptNo", 'itemName', m."itemName", 'dueDate', l."dueDate"), ${at}
      FROM late l JOIN "Matter" m ON m.id = l."matterId" CROSS JOIN (${activeManagersSql}) mg
      ON CONFLICT ("key") DO NOTHING`,
  ];
}
