import { Prisma } from '../../generated/prisma/client';

/**
 * 容缺: the materials owed by open matters and due between `today` and `horizon` (China dates), per matter and due
 * date, with the clerk who accepted the matter. Read from the matter's materials as the intake recorded them (owed,
 * with a due date); where supplied materials are tracked on their own, this is the one query to point at them.
 */
const owedDueSql = (today: string, horizon: string) => Prisma.sql`
  SELECT m."id" AS matter_id, m."acceptedById" AS clerk_id, mat->>'dueDate' AS due,
    string_agg(mat->>'name', '、' ORDER BY mat->>'name') AS names
  FROM "Matter" m CROSS JOIN LATERAL jsonb_array_elements(m."materials") mat
  WHERE m."deficiencies" IS NOT NULL AND m."status" IN ('IN_PROGRESS', 'SUSPENDED')
    AND jsonb_typeof(m."materials") = 'array' AND (mat->>'owed') = 'true'
    AND mat->>'dueDate' BETWEEN ${today} AND ${horizon}
  GROUP BY m."id", m."acceptedById", mat->>'dueDate'`;

/**
 * Reminders for what falls due soon: the applicant's notice (SMS, and e-mail when given) and the accepting clerk's
 * bell, once per matter and due date (keyed by both), however often the sweep runs and however many dispatchers
 * run it. One statement.
 */
export function deficiencyRemindersSql(today: string, horizon: string, now: Date): Prisma.Sql {
  const at = Prisma.sql`${now.toISOString()}::timestamp`;
  return Prisma.sql`WITH owed AS (${owedDueSql(today, horizon)}),
    applicant AS (
      INSERT INTO "Notice" ("id", "key", "matterId", "kind", "channel", "data", "nextAttemptAt", "createdAt")
      SELECT gen_random_uuid()::text, o.matter_id || ':deficiency:' || o.due || ':DEFICIENCY_REMINDER:' || c.channel,
        o.matter_id, 'DEFICIENCY_REMINDER', c.channel::"NoticeChannel",
        jsonb_build_object('owedMaterials', o.names, 'owedDueDate', o.due), ${at}, ${at}
      FROM owed o JOIN "Matter" m ON m."id" = o.matter_id CROSS JOIN (VALUES ('SMS'), ('EMAIL')) AS c(channel)
      WHERE c.channel = 'SMS' OR m."applicantEmailCipher" IS NOT NULL
      ON CONFLICT ("key") DO NOTHING
      RETURNING 1)
    INSERT INTO "StaffNotice" ("id", "key", "userId", "kind", "matterId", "data", "createdAt")
    SELECT gen_random_uuid()::text, o.matter_id || ':deficiency:' || o.due || ':' || o.clerk_id, o.clerk_id,
      'DEFICIENCY_DUE', o.matter_id,
      jsonb_build_object('receiptNo', m."receiptNo", 'itemName', m."itemName", 'owedMaterials', o.names,
        'owedDueDate', o.due), ${at}
    FROM owed o JOIN "Matter" m ON m."id" = o.matter_id JOIN "User" u ON u."id" = o.clerk_id AND u."active"
    ON CONFLICT ("key") DO NOTHING`;
}
