import {
  Prisma,
  type CaseKind,
  type DeadlineChange,
  type Matter,
  type MatterEvent,
} from '../../generated/prisma/client';
import { runSql, type Db } from '../../platform/db';
import { auditAppendSql, type AuditEntry } from '../audit/audit.service';
import { takeNumberSql } from './receipt-numbers';
import { applicantNoticesFromSql } from '../../platform/notices/outbox.sql';

/**
 * A new matter's columns; the statement adds its receipt number and workflow id (from the day's counter) and
 * PENDING_START. The colour's instants wait for the workflow's first count of the deadline.
 */
export type NewMatter = Omit<
  Matter,
  | 'receiptNo'
  | 'workflowId'
  | 'status'
  | 'outcomeReason'
  | 'warningLevel'
  | 'completedAt'
  | 'yellowAt'
  | 'redAt'
  // a new matter has never been migrated (api/migrations)
  | 'migratedFromVersion'
  | 'migratedAt'
>;
export type NewDeadlineChange = Omit<DeadlineChange, 'oldDueDate'>;
/** What one accepted matter writes: the matter, its first deadline record and its acceptance event. */
export interface NewMatterRows {
  matter: NewMatter;
  deadline: NewDeadlineChange;
  event: MatterEvent;
}

export const workflowIdOf = (receiptNo: string) => `matter-${receiptNo}`;

// Each column's value with its type, so that a NULL is typed too; instants as UTC wall time, the way Prisma stores them.
const text = (v: string | null) => Prisma.sql`${v}::text`;
const texts = (v: string[]) => Prisma.sql`${v}::text[]`;
const int = (v: number) => Prisma.sql`${v}::int`;
const bool = (v: boolean) => Prisma.sql`${v}::boolean`;
const instant = (v: Date | null) => Prisma.sql`${v?.toISOString() ?? null}::timestamp`;
const jsonb = (v: Prisma.JsonValue | null) => Prisma.sql`${v === null ? null : JSON.stringify(v)}::jsonb`;
const caseKind = (v: CaseKind) => Prisma.sql`${v}::"CaseKind"`;

/** One encoder per column: a column added to the model and not written here fails the type check. */
type Encoders<T> = { [K in keyof T]-?: (value: T[K]) => Prisma.Sql };

const MATTER: Encoders<NewMatter> = {
  id: text,
  idempotencyKey: text,
  itemId: text,
  procedureVersionId: text,
  kind: caseKind,
  applicantName: text,
  applicantIdCipher: text,
  applicantIdMasked: text,
  applicantIdDigest: text,
  applicantPhoneCipher: text,
  phoneLast4: text,
  applicantEmailCipher: text,
  agentId: text,
  entrustment: jsonb,
  windowId: text,
  acceptedById: text,
  acceptedDepartmentCode: text,
  itemCode: text,
  itemName: text,
  leadDepartmentCode: text,
  departmentCodes: texts,
  acceptedAt: instant,
  acceptedOn: text,
  promisedDays: int,
  statutoryDays: int,
  dueDate: text,
  dueAt: instant,
  provisional: bool,
  lastProgressAt: instant,
  materials: jsonb,
  deficiencies: jsonb,
  viaAgent: bool,
  bundleId: text,
  createdAt: instant,
  updatedAt: instant,
};
const DEADLINE_CHANGE: Encoders<NewDeadlineChange> = {
  id: text,
  matterId: text,
  eventKey: text,
  newDueDate: text,
  reasonZh: text,
  reasonEn: text,
  at: instant,
};
const EVENT: Encoders<MatterEvent> = {
  id: text,
  matterId: text,
  eventKey: text,
  type: text,
  actorId: text,
  actorName: text,
  at: instant,
  data: jsonb,
};

function columns<T>(encoders: Encoders<T>, row: T) {
  const keys = Object.keys(encoders) as Array<keyof T & string>;
  return {
    names: Prisma.raw(keys.map((k) => `"${k}"`).join(', ')),
    values: Prisma.join(keys.map((k) => encoders[k](row[k]))),
  };
}

/**
 * One statement for an accepted matter: the day's next receipt number, the matter, its first deadline record, its
 * acceptance event, the applicant's acceptance notices (the outbox) and (when the caller does not audit the whole transaction itself) its audit entry. Its two
 * serialising locks, the day's counter row and then the audit chain, are held from the middle of this statement to
 * its commit only, not across round trips. No row when a matter with the same idempotency key exists already (or the
 * day's numbers are used up).
 */
export function insertMatterSql(rows: NewMatterRows & { audit?: AuditEntry }): Prisma.Sql {
  const matter = columns(MATTER, rows.matter);
  const deadline = columns(DEADLINE_CHANGE, rows.deadline);
  const event = columns(EVENT, rows.event);
  const keyUsed = Prisma.sql`EXISTS (SELECT 1 FROM "Matter" WHERE "idempotencyKey" = ${rows.matter.idempotencyKey})`;
  return Prisma.sql`
    WITH taken AS (${takeNumberSql('RECEIPT', rows.matter.acceptedOn, keyUsed)}),
    matter AS (
      INSERT INTO "Matter" (${matter.names}, "receiptNo", "workflowId", "status")
      SELECT ${matter.values}, taken."number", ${workflowIdOf('')} || taken."number", 'PENDING_START'::"MatterStatus" FROM taken
      RETURNING "receiptNo", "workflowId", "id", "applicantEmailCipher"
    ),
    deadline AS (INSERT INTO "DeadlineChange" (${deadline.names}) SELECT ${deadline.values} FROM matter),
    event AS (INSERT INTO "MatterEvent" (${event.names}) SELECT ${event.values} FROM matter),
    notice AS (${applicantNoticesFromSql(Prisma.sql`matter`, { causeKey: rows.event.eventKey, kind: 'ACCEPTED', at: rows.event.at })})
    SELECT "receiptNo", "workflowId"${rows.audit ? Prisma.sql`, ${auditAppendSql(rows.audit)} AS "auditSeq"` : Prisma.empty} FROM matter`;
}

/**
 * Writes the matter (one statement, see insertMatterSql); undefined when its idempotency key is taken. Alone (an
 * intake) it goes straight to the pool as a prepared statement; in a bundle's transaction through Prisma's.
 */
export async function insertMatter(
  db: Db,
  tx: Prisma.TransactionClient | undefined,
  rows: NewMatterRows,
  auditEntry?: AuditEntry,
) {
  const statement = insertMatterSql({ ...rows, audit: auditEntry });
  type Written = { receiptNo: string; workflowId: string };
  const [written] = tx
    ? await tx.$queryRaw<Written[]>(statement)
    : await runSql<Written>(db, statement, { prepare: true });
  return written && { ...rows.matter, ...written, status: 'PENDING_START' as const };
}
