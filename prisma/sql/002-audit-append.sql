-- Applied after `prisma migrate deploy` by scripts/lib/database.ts (idempotent), like 001.
-- The one way to extend the audit trail's hash chain (api/audit/audit.service.ts): take the chain lock, read the
-- last hash, insert the entry linked to it, in one call inside the caller's transaction. The lock is held until
-- that transaction ends, so a caller that appends as its last statement (or, like the intake, in its only one)
-- keeps the serialised part to the insert and the commit.
-- A VOLATILE function takes a fresh snapshot for each statement, so under READ COMMITTED the read after the lock
-- sees the entry its predecessor committed (a single SQL statement could not: its snapshot predates the lock).
-- The hash is the one entryHash computes: sha256 of the JSON array [prevHash, at, actorId, actorName, action,
-- objectType, objectId, ip, detail]; the caller passes that array's text after its first element (hash_tail).
CREATE OR REPLACE FUNCTION audit_append(
  p_at timestamp(3), p_actor_id text, p_actor_name text, p_action text, p_object_type text, p_object_id text,
  p_ip text, p_detail jsonb, p_hash_tail text
) RETURNS bigint AS $$
DECLARE
  prev text;
  appended bigint;
BEGIN
  PERFORM pg_advisory_xact_lock(7382001);
  SELECT hash INTO prev FROM "AuditLog" ORDER BY seq DESC LIMIT 1;
  prev := coalesce(prev, repeat('0', 64));
  INSERT INTO "AuditLog" ("at", "actorId", "actorName", "action", "objectType", "objectId", "ip", "detail", "prevHash", "hash")
  VALUES (p_at, p_actor_id, p_actor_name, p_action, p_object_type, p_object_id, p_ip, p_detail, prev,
          encode(sha256(convert_to('["' || prev || '",' || p_hash_tail, 'UTF8')), 'hex'))
  RETURNING seq INTO appended;
  RETURN appended;
END;
$$ LANGUAGE plpgsql VOLATILE;
