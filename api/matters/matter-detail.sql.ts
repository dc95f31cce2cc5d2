import { Prisma } from '../../generated/prisma/client';

/** A timestamp column as a JSON instant with its offset (Prisma stores UTC wall time), for `new Date()`. */
const instant = (column: string) => Prisma.raw(`${column} AT TIME ZONE 'UTC'`);

type Instant = string;
export interface MatterExtras {
  procedureKey: string;
  procedureVersion: number;
  agentName: string | null;
  acceptedByName: string | null;
  windowCode: string | null;
  events: Array<{ id: string; type: string; at: Instant; actorName: string | null; data: unknown }>;
  suspensions: Array<{ id: string; kind: string; reason: string; startedAt: Instant; endedAt: Instant | null }>;
  deadlineChanges: Array<{
    id: string;
    oldDueDate: string | null;
    newDueDate: string | null;
    reasonZh: string;
    reasonEn: string;
    at: Instant;
  }>;
  extensions: Array<{ id: string; workingDays: number; reason: string; at: Instant }>;
  rating: { score: number; comment: string | null } | null;
  supervisions: Array<{
    id: string;
    message: string;
    fromName: string | null;
    at: Instant;
    status: 'OPEN' | 'REPLIED' | 'CLOSED';
    replyDueDate: string | null;
    reply: string | null;
  }>;
  delivery: {
    method: string;
    carrier: string | null;
    trackingNo: string | null;
    signedBy: string | null;
    terminalCode: string | null;
    deliveredAt: Instant;
  } | null;
}

interface MatterKeys {
  id: string;
  procedureVersionId: string;
  agentId: string | null;
  acceptedById: string;
  windowId: string | null;
}

/** Everything the matter page shows beside the matter row and its tasks, in one round trip (the fields the page uses). */
export const matterExtrasSql = (m: MatterKeys) => Prisma.sql`
  SELECT p.key AS "procedureKey", v.version AS "procedureVersion",
    (SELECT u."displayName" FROM "User" u WHERE u.id = ${m.agentId}) AS "agentName",
    (SELECT u."displayName" FROM "User" u WHERE u.id = ${m.acceptedById}) AS "acceptedByName",
    (SELECT w.code FROM "Window" w WHERE w.id = ${m.windowId}) AS "windowCode",
    coalesce((SELECT json_agg(json_build_object('id', e.id, 'type', e.type, 'at', ${instant('e.at')}, 'actorName', e."actorName", 'data', e.data)
                ORDER BY e.at, e.id) FROM "MatterEvent" e WHERE e."matterId" = ${m.id}), '[]') AS events,
    coalesce((SELECT json_agg(json_build_object('id', s.id, 'kind', s.kind, 'reason', s.reason, 'startedAt', ${instant('s."startedAt"')},
                'endedAt', ${instant('s."endedAt"')}) ORDER BY s."startedAt", s.id) FROM "Suspension" s WHERE s."matterId" = ${m.id}), '[]') AS suspensions,
    coalesce((SELECT json_agg(json_build_object('id', c.id, 'oldDueDate', c."oldDueDate", 'newDueDate', c."newDueDate", 'reasonZh', c."reasonZh",
                'reasonEn', c."reasonEn", 'at', ${instant('c.at')}) ORDER BY c.at, c.id) FROM "DeadlineChange" c WHERE c."matterId" = ${m.id}), '[]') AS "deadlineChanges",
    coalesce((SELECT json_agg(json_build_object('id', x.id, 'workingDays', x."workingDays", 'reason', x.reason, 'at', ${instant('x.at')})
                ORDER BY x.at, x.id) FROM "Extension" x WHERE x."matterId" = ${m.id}), '[]') AS extensions,
    (SELECT json_build_object('score', r.score, 'comment', r.comment) FROM "Rating" r WHERE r."matterId" = ${m.id}) AS rating,
    coalesce((SELECT json_agg(json_build_object('id', s.id, 'message', s.message, 'fromName', u."displayName", 'at', ${instant('s.at')},
                'status', s.status, 'replyDueDate', s."replyDueDate", 'reply', s.reply) ORDER BY s.at, s.id)
                FROM "Supervision" s LEFT JOIN "User" u ON u.id = s."fromUserId" WHERE s."matterId" = ${m.id}), '[]') AS supervisions,
    (SELECT json_build_object('method', d.method, 'carrier', d.carrier, 'trackingNo', d."trackingNo", 'signedBy', d."signedBy", 'terminalCode', d."terminalCode",
       'deliveredAt', ${instant('d."deliveredAt"')}) FROM "Delivery" d WHERE d."matterId" = ${m.id}) AS delivery
  FROM "ProcedureVersion" v JOIN "Procedure" p ON p.id = v."procedureId"
  WHERE v.id = ${m.procedureVersionId}`;

const date = (s: Instant) => new Date(s);
const dateOrNull = (s: Instant | null) => (s === null ? null : new Date(s));

/** The extras with their instants as Dates, as the rest of the API hands them out. */
export function withDates(x: MatterExtras) {
  return {
    ...x,
    events: x.events.map((e) => ({ ...e, at: date(e.at) })),
    suspensions: x.suspensions.map((s) => ({ ...s, startedAt: date(s.startedAt), endedAt: dateOrNull(s.endedAt) })),
    deadlineChanges: x.deadlineChanges.map((c) => ({ ...c, at: date(c.at) })),
    extensions: x.extensions.map((e) => ({ ...e, at: date(e.at) })),
    supervisions: x.supervisions.map((s) => ({ ...s, at: date(s.at) })),
    delivery: x.delivery && { ...x.delivery, deliveredAt: date(x.delivery.deliveredAt) },
  };
}
