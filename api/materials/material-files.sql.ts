import { Prisma } from '../../generated/prisma/client';

/** What identifies a matter's files: uploaded to it, or staged under the intake that made it, by the one who accepted it. */
export interface MatterFileOwner {
  id: string;
  idempotencyKey: string;
  acceptedById: string;
}

const ownedBy = (m: MatterFileOwner) =>
  Prisma.sql`(f."matterId" = ${m.id} OR (f."intakeKey" = ${m.idempotencyKey} AND f."uploadedById" = ${m.acceptedById}))`;

/** A matter's files, oldest first, with who uploaded them. */
export const matterFilesSql = (m: MatterFileOwner) => Prisma.sql`
  SELECT f.id, f."materialCode", f.name, f.mime, f.size, f.sha256, f.stage::text AS stage, f."uploadedAt",
    u."displayName" AS "uploadedByName"
  FROM "MaterialFile" f LEFT JOIN "User" u ON u.id = f."uploadedById"
  WHERE ${ownedBy(m)}
  ORDER BY f."uploadedAt", f.id`;

/** The bytes a matter's files take, for the per-matter limit. */
export const matterFilesTotalSql = (m: MatterFileOwner) =>
  Prisma.sql`SELECT coalesce(sum(f.size), 0)::bigint AS total FROM "MaterialFile" f WHERE ${ownedBy(m)}`;

/** The bytes staged under one intake (its matter does not exist yet). */
export const stagedTotalSql = (intakeKey: string, userId: string) =>
  Prisma.sql`SELECT coalesce(sum(f.size), 0)::bigint AS total FROM "MaterialFile" f
    WHERE f."intakeKey" = ${intakeKey} AND f."uploadedById" = ${userId}`;

/** Materials of a matter marked supplied by staff, with who marked them. */
export const suppliedMarksSql = (matterId: string) => Prisma.sql`
  SELECT s."materialCode", s.note, s.at, u."displayName" AS "byName"
  FROM "MaterialSupplied" s LEFT JOIN "User" u ON u.id = s."byId"
  WHERE s."matterId" = ${matterId}`;

/**
 * Uploads of one matter (or one intake) are counted against its limit one at a time: a transaction-scoped advisory
 * lock on its key, taken before the total is read and held until the new row commits.
 */
export const lockFilesOfSql = (ownerKey: string) =>
  Prisma.sql`SELECT pg_advisory_xact_lock(hashtext(${`material-files:${ownerKey}`}))`;
