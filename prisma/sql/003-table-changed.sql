-- Applied after `prisma migrate deploy` by scripts/lib/database.ts (idempotent), like 001.
-- Every API and worker process caches rows that change rarely (platform/change-notices.ts): the intake guides (item,
-- materials, the procedure's latest published version), the working calendar (overrides, published years) and the
-- windows. A change to any of those tables, committed by whichever instance or tool, notifies them all on this
-- channel with the table's name, and the caches reading that table drop what they hold (NOTIFY is delivered at commit).
CREATE OR REPLACE FUNCTION notify_table_changed() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('table_changed', TG_TABLE_NAME);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

DROP TRIGGER IF EXISTS service_item_changed ON "ServiceItem";
CREATE TRIGGER service_item_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ServiceItem"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_table_changed();
DROP TRIGGER IF EXISTS material_changed ON "Material";
CREATE TRIGGER material_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Material"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_table_changed();
DROP TRIGGER IF EXISTS procedure_version_changed ON "ProcedureVersion";
CREATE TRIGGER procedure_version_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ProcedureVersion"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_table_changed();
-- a draft save changes only draftXml: the published versions a key names stay the same
DROP TRIGGER IF EXISTS procedure_key_changed ON "Procedure";
CREATE TRIGGER procedure_key_changed AFTER INSERT OR UPDATE OF "key" OR DELETE OR TRUNCATE ON "Procedure"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_table_changed();
DROP TRIGGER IF EXISTS calendar_override_changed ON "CalendarOverride";
CREATE TRIGGER calendar_override_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "CalendarOverride"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_table_changed();
DROP TRIGGER IF EXISTS calendar_year_changed ON "CalendarYear";
CREATE TRIGGER calendar_year_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "CalendarYear"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_table_changed();
-- the windows an intake may name (api/organisation/window-directory.ts)
DROP TRIGGER IF EXISTS window_changed ON "Window";
CREATE TRIGGER window_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Window"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_table_changed();

-- the catalogue-only channel this file used to define (databases migrated before the calendar joined)
DROP FUNCTION IF EXISTS notify_catalogue_changed();
