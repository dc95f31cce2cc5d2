-- Applied after `prisma migrate deploy` by scripts/lib/database.ts (idempotent). It lives outside
-- prisma/migrations because the WebAssembly schema engine splits migration files at every semicolon,
-- which breaks PL/pgSQL bodies.
-- The audit trail is append-only: UPDATE, DELETE and TRUNCATE are refused for every role. A superuser could
-- still disable the trigger; the hash chain checked by `npm run audit:verify` detects that.
CREATE OR REPLACE FUNCTION audit_log_is_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'AuditLog is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

DROP TRIGGER IF EXISTS audit_log_no_update ON "AuditLog";
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
DROP TRIGGER IF EXISTS audit_log_no_truncate ON "AuditLog";
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON "AuditLog"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();
