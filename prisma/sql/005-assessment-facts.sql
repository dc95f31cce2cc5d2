-- Applied after `prisma migrate deploy` by scripts/lib/database.ts (idempotent), like 001, and after a restore's rows.
-- 考核's facts and daily rollup (migration 20261214090000_assessment_rollup) kept by the database, in the transaction
-- of whichever write changes what they count: a matter finishing (or corrected), a step completed on a finished
-- matter, a rating, a complaint's link, a first ask. The facts of every source row a statement touched are written
-- again (delete, then insert: a write repeated by a retried activity leaves them as they were), and
-- the rollup follows its facts by the difference. Statement triggers with transition tables: a bulk insert costs a
-- few set-wise statements, not a function call a row.

-- The facts of these sources (matter or first-ask ids) as the migration's functions give them now. Ids are joined,
-- never filtered with = ANY: a filter over a long array costs its length for every row it is tried on.
CREATE OR REPLACE FUNCTION assessment_refresh(ids text[]) RETURNS void AS $$
BEGIN
  IF coalesce(cardinality(ids), 0) = 0 THEN
    RETURN;
  END IF;
  DELETE FROM "AssessmentPersonFact" f USING unnest(ids) x(id) WHERE f."sourceId" = x.id;
  INSERT INTO "AssessmentPersonFact" SELECT * FROM assessment_person_facts(ids);
  DELETE FROM "AssessmentStationFact" f USING unnest(ids) x(id) WHERE f."sourceId" = x.id;
  INSERT INTO "AssessmentStationFact" SELECT * FROM assessment_station_facts(ids);
END;
$$ LANGUAGE plpgsql;

-- A matter inserted finished, or written with a change to what its facts read; deleted
CREATE OR REPLACE FUNCTION assessment_matter_written() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM assessment_refresh(ARRAY(SELECT id FROM new_rows WHERE status IN ('COMPLETED', 'REJECTED')));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM assessment_refresh(ARRAY(
      SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE (n.status IN ('COMPLETED', 'REJECTED') OR o.status IN ('COMPLETED', 'REJECTED'))
        AND (n.status, n."completedAt", n."acceptedAt", n."dueAt", n."acceptedById", n."agentId")
          IS DISTINCT FROM (o.status, o."completedAt", o."acceptedAt", o."dueAt", o."acceptedById", o."agentId")
      ORDER BY n.id));
  ELSE
    PERFORM assessment_refresh(ARRAY(SELECT id FROM old_rows));
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

-- Rows of another source table: TG_ARGV[0] names the column holding the source id, TG_ARGV[1] (optional) which
-- rows count. The matters named are locked FOR SHARE first: a rating committed while the matter finishes in
-- another transaction then waits for it, and each side's facts see the other's row.
CREATE OR REPLACE FUNCTION assessment_rows_written() RETURNS trigger AS $$
DECLARE
  written text := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT * FROM new_rows'
    WHEN 'DELETE' THEN 'SELECT * FROM old_rows'
    ELSE 'SELECT * FROM new_rows UNION ALL SELECT * FROM old_rows' END;
  ids text[];
BEGIN
  EXECUTE format('SELECT array_agg(DISTINCT r.%I ORDER BY r.%I) FROM (%s) r WHERE r.%I IS NOT NULL AND %s',
    TG_ARGV[0], TG_ARGV[0], written, TG_ARGV[0], coalesce(TG_ARGV[1], 'true')) INTO ids;
  IF ids IS NOT NULL THEN
    PERFORM 1 FROM unnest(ids) x(id) JOIN "Matter" m ON m.id = x.id ORDER BY m.id FOR SHARE OF m;
    PERFORM assessment_refresh(ids);
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

-- The rollup by the facts a statement inserted or deleted: TG_ARGV[0] the rollup table, TG_ARGV[1] its key column.
-- Rows are upserted in key order, so two writers lock them in the same order.
CREATE OR REPLACE FUNCTION assessment_roll_up() RETURNS trigger AS $$
DECLARE
  sign int := CASE TG_OP WHEN 'INSERT' THEN 1 ELSE -1 END;
  facts text := CASE TG_OP WHEN 'INSERT' THEN 'new_rows' ELSE 'old_rows' END;
BEGIN
  EXECUTE format($sql$
    INSERT INTO %1$I AS d ("day", %2$I, "finished", "onTime", "usedMs", "aheadMs", "aheadCount", "ratings",
      "ratingPoints", "goodRatings", "complaintsUpheld", "firstAsks")
    SELECT "day", %2$I, %3$s * sum("finished"), %3$s * sum("onTime"), %3$s * sum("usedMs"), %3$s * sum("aheadMs"),
      %3$s * sum("aheadCount"), %3$s * sum("ratings"), %3$s * sum("ratingPoints"), %3$s * sum("goodRatings"),
      %3$s * sum("complaintsUpheld"), %3$s * sum("firstAsks")
    FROM %4$I GROUP BY "day", %2$I ORDER BY "day", %2$I
    ON CONFLICT ("day", %2$I) DO UPDATE SET
      "finished" = d."finished" + excluded."finished", "onTime" = d."onTime" + excluded."onTime",
      "usedMs" = d."usedMs" + excluded."usedMs", "aheadMs" = d."aheadMs" + excluded."aheadMs",
      "aheadCount" = d."aheadCount" + excluded."aheadCount", "ratings" = d."ratings" + excluded."ratings",
      "ratingPoints" = d."ratingPoints" + excluded."ratingPoints", "goodRatings" = d."goodRatings" + excluded."goodRatings",
      "complaintsUpheld" = d."complaintsUpheld" + excluded."complaintsUpheld",
      "firstAsks" = d."firstAsks" + excluded."firstAsks"
  $sql$, TG_ARGV[0], TG_ARGV[1], sign, facts);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

-- Only once the migration has made the tables: a restore of an older archive applies this file before `npm start`
-- migrates further (and applies it again)
DO $$
BEGIN
  IF to_regclass('"AssessmentPersonFact"') IS NULL THEN
    RETURN;
  END IF;
  DROP TRIGGER IF EXISTS assessment_matter_inserted ON "Matter";
  CREATE TRIGGER assessment_matter_inserted AFTER INSERT ON "Matter" REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION assessment_matter_written();
  DROP TRIGGER IF EXISTS assessment_matter_updated ON "Matter";
  CREATE TRIGGER assessment_matter_updated AFTER UPDATE ON "Matter" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION assessment_matter_written();
  DROP TRIGGER IF EXISTS assessment_matter_deleted ON "Matter";
  CREATE TRIGGER assessment_matter_deleted AFTER DELETE ON "Matter" REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION assessment_matter_written();

  -- a completed step counts for its holder once the matter has finished (and a complaint's reply decides 属实)
  DROP TRIGGER IF EXISTS assessment_task_inserted ON "Task";
  CREATE TRIGGER assessment_task_inserted AFTER INSERT ON "Task" REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION assessment_rows_written('matterId', $c$r.status = 'COMPLETED' AND EXISTS (
      SELECT 1 FROM "Matter" m WHERE m.id = r."matterId" AND m.status IN ('COMPLETED', 'REJECTED'))$c$);
  DROP TRIGGER IF EXISTS assessment_task_updated ON "Task";
  CREATE TRIGGER assessment_task_updated AFTER UPDATE ON "Task" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION assessment_rows_written('matterId', $c$r.status = 'COMPLETED' AND EXISTS (
      SELECT 1 FROM "Matter" m WHERE m.id = r."matterId" AND m.status IN ('COMPLETED', 'REJECTED'))$c$);
  DROP TRIGGER IF EXISTS assessment_task_deleted ON "Task";
  CREATE TRIGGER assessment_task_deleted AFTER DELETE ON "Task" REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION assessment_rows_written('matterId', $c$r.status = 'COMPLETED' AND EXISTS (
      SELECT 1 FROM "Matter" m WHERE m.id = r."matterId" AND m.status IN ('COMPLETED', 'REJECTED'))$c$);

  DROP TRIGGER IF EXISTS assessment_rating_inserted ON "Rating";
  CREATE TRIGGER assessment_rating_inserted AFTER INSERT ON "Rating" REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION assessment_rows_written('matterId');
  DROP TRIGGER IF EXISTS assessment_rating_updated ON "Rating";
  CREATE TRIGGER assessment_rating_updated AFTER UPDATE ON "Rating" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION assessment_rows_written('matterId');
  DROP TRIGGER IF EXISTS assessment_rating_deleted ON "Rating";
  CREATE TRIGGER assessment_rating_deleted AFTER DELETE ON "Rating" REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION assessment_rows_written('matterId');

  DROP TRIGGER IF EXISTS assessment_complaint_inserted ON "Complaint";
  CREATE TRIGGER assessment_complaint_inserted AFTER INSERT ON "Complaint" REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION assessment_rows_written('matterId');
  DROP TRIGGER IF EXISTS assessment_complaint_updated ON "Complaint";
  CREATE TRIGGER assessment_complaint_updated AFTER UPDATE ON "Complaint" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION assessment_rows_written('matterId');
  DROP TRIGGER IF EXISTS assessment_complaint_deleted ON "Complaint";
  CREATE TRIGGER assessment_complaint_deleted AFTER DELETE ON "Complaint" REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION assessment_rows_written('matterId');

  DROP TRIGGER IF EXISTS assessment_first_ask_inserted ON "FirstAsk";
  CREATE TRIGGER assessment_first_ask_inserted AFTER INSERT ON "FirstAsk" REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION assessment_rows_written('id');
  DROP TRIGGER IF EXISTS assessment_first_ask_updated ON "FirstAsk";
  CREATE TRIGGER assessment_first_ask_updated AFTER UPDATE ON "FirstAsk" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION assessment_rows_written('id');
  DROP TRIGGER IF EXISTS assessment_first_ask_deleted ON "FirstAsk";
  CREATE TRIGGER assessment_first_ask_deleted AFTER DELETE ON "FirstAsk" REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION assessment_rows_written('id');

  DROP TRIGGER IF EXISTS assessment_person_fact_inserted ON "AssessmentPersonFact";
  CREATE TRIGGER assessment_person_fact_inserted AFTER INSERT ON "AssessmentPersonFact" REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION assessment_roll_up('AssessmentPersonDay', 'userId');
  DROP TRIGGER IF EXISTS assessment_person_fact_deleted ON "AssessmentPersonFact";
  CREATE TRIGGER assessment_person_fact_deleted AFTER DELETE ON "AssessmentPersonFact" REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION assessment_roll_up('AssessmentPersonDay', 'userId');
  DROP TRIGGER IF EXISTS assessment_station_fact_inserted ON "AssessmentStationFact";
  CREATE TRIGGER assessment_station_fact_inserted AFTER INSERT ON "AssessmentStationFact" REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION assessment_roll_up('AssessmentStationDay', 'stationId');
  DROP TRIGGER IF EXISTS assessment_station_fact_deleted ON "AssessmentStationFact";
  CREATE TRIGGER assessment_station_fact_deleted AFTER DELETE ON "AssessmentStationFact" REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION assessment_roll_up('AssessmentStationDay', 'stationId');
END;
$$;
