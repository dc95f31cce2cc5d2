import { addCalendarDays, chinaDateOf } from '../../domain/china-time';
import { Prisma } from '../../generated/prisma/client';
import { runSql, type Db } from '../../platform/db';

/** One material owed under 容缺 and not yet supplied, on an open matter. */
export interface OwedMaterial {
  matterId: string;
  receiptNo: string;
  itemName: string;
  /** the clerk who accepted the matter, and the village agent who submitted it (if any): who to remind in the centre */
  acceptedById: string;
  agentId: string | null;
  materialCode: string;
  materialName: string;
  /** YYYY-MM-DD, China date */
  dueDate: string;
  /** the due date has passed */
  overdue: boolean;
}

/**
 * 容缺 reminders' query: every material owed on an open matter, neither uploaded since acceptance nor marked supplied,
 * due within `days` calendar days of `now` (China date) or already overdue; soonest first. For the notices'
 * dispatcher (applicant and clerk reminders), which reads the applicant's contact from the matter itself.
 */
export async function owedMaterialsDueWithin(db: Db, days: number, now = new Date()): Promise<OwedMaterial[]> {
  const today = chinaDateOf(now);
  const until = addCalendarDays(today, days);
  return runSql<OwedMaterial>(
    db,
    Prisma.sql`
      SELECT m.id AS "matterId", m."receiptNo", m."itemName", m."acceptedById", m."agentId",
        e->>'code' AS "materialCode", e->>'name' AS "materialName", e->>'dueDate' AS "dueDate",
        (e->>'dueDate') < ${today} AS overdue
      FROM "Matter" m CROSS JOIN LATERAL jsonb_array_elements(m.materials) e
      WHERE m.status IN ('PENDING_START', 'IN_PROGRESS', 'SUSPENDED')
        AND (e->>'owed')::boolean AND e->>'dueDate' IS NOT NULL AND e->>'dueDate' <= ${until}
        AND NOT EXISTS (SELECT 1 FROM "MaterialFile" f
          WHERE f."matterId" = m.id AND f."materialCode" = e->>'code' AND f.stage = 'SUPPLEMENT')
        AND NOT EXISTS (SELECT 1 FROM "MaterialSupplied" s WHERE s."matterId" = m.id AND s."materialCode" = e->>'code')
      ORDER BY e->>'dueDate', m."receiptNo", e->>'code'`,
    { prepare: true },
  );
}
