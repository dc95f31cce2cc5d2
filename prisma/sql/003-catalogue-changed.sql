-- Applied after `prisma migrate deploy` by scripts/lib/database.ts (idempotent), like 001.
-- Every API instance caches, for intake, each service item with its materials and its procedure's latest published
-- version (api/catalogue/intake-guides.ts). A change to any of those tables, committed by whichever instance or
-- tool, notifies them all on this channel and they drop the cache (NOTIFY is delivered at commit).
CREATE OR REPLACE FUNCTION notify_catalogue_changed() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('catalogue_changed', TG_TABLE_NAME);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

DROP TRIGGER IF EXISTS service_item_changed ON "ServiceItem";
CREATE TRIGGER service_item_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ServiceItem"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_catalogue_changed();
DROP TRIGGER IF EXISTS material_changed ON "Material";
CREATE TRIGGER material_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Material"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_catalogue_changed();
DROP TRIGGER IF EXISTS procedure_version_changed ON "ProcedureVersion";
CREATE TRIGGER procedure_version_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ProcedureVersion"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_catalogue_changed();
-- a draft save changes only draftXml: the published versions a key names stay the same
DROP TRIGGER IF EXISTS procedure_key_changed ON "Procedure";
CREATE TRIGGER procedure_key_changed AFTER INSERT OR UPDATE OF "key" OR DELETE OR TRUNCATE ON "Procedure"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_catalogue_changed();
