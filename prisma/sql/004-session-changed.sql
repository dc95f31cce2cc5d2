-- Applied after 003 (it uses notify_table_changed()). Each API process caches the sessions it checks, with their
-- users and departments (api/auth/auth.service.ts), and drops them on any change that could end a session or alter
-- who its user is: a revocation, an expiry or a row moved back in time (idle), a user's roles, status, department
-- or name, a department's code. Moving "lastSeenAt" forward (the once-a-minute touch of a session in use) notifies
-- nobody, else every active user would empty every process's cache each minute.
DROP TRIGGER IF EXISTS session_changed ON "Session";
CREATE TRIGGER session_changed AFTER UPDATE ON "Session" FOR EACH ROW
  WHEN ((OLD.id, OLD."userId", OLD."csrfToken", OLD."expiresAt", OLD."revokedAt")
          IS DISTINCT FROM (NEW.id, NEW."userId", NEW."csrfToken", NEW."expiresAt", NEW."revokedAt")
        OR NEW."lastSeenAt" < OLD."lastSeenAt")
  EXECUTE FUNCTION notify_table_changed();
DROP TRIGGER IF EXISTS session_removed ON "Session";
CREATE TRIGGER session_removed AFTER DELETE OR TRUNCATE ON "Session"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_table_changed();
DROP TRIGGER IF EXISTS user_changed ON "User";
CREATE TRIGGER user_changed AFTER UPDATE OF username, "displayName", roles, "departmentId", active OR DELETE OR TRUNCATE ON "User"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_table_changed();
DROP TRIGGER IF EXISTS department_changed ON "Department";
CREATE TRIGGER department_changed AFTER UPDATE OF code OR DELETE OR TRUNCATE ON "Department"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_table_changed();
