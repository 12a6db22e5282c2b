-- Every domain table reports its writes to the response cache's data versions (0008_data_versions.sql), set up
-- by the migrations themselves. Until now lib/db/migrate.ts called app.track_data_changes() after every run,
-- outside the recorded sequence. From here on an event trigger does it at the end of every DDL command that can
-- bring a table into a domain schema (agreement, disaster, transit, ict): a later migration — or any other tool —
-- that creates a table there gets its note_data_change trigger in the same transaction, without remembering to.
-- test/data-versions-coverage.test.ts proves every domain table bumps its domain's counter.
--
-- An event trigger needs a superuser to create it: migrations already run as the administrator that created
-- the roles (docs/scale-out.md: the one-shot `migrate` is the superuser).

-- The tables of migrations 0001–0043: a fresh database has no trigger yet, an upgraded one has them all
-- (the old migrate.ts added them); idempotent either way.
SELECT app.track_data_changes();

CREATE FUNCTION app.track_new_domain_tables() RETURNS event_trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    -- Only commands that touched a domain schema: a GTFS import's CREATE TEMP TABLE (as transit_svc, in
    -- pg_temp) must not take track_data_changes' advisory lock and hold it until its commit.
    IF EXISTS (SELECT FROM pg_event_trigger_ddl_commands()
                WHERE schema_name IN ('agreement', 'disaster', 'transit', 'ict')) THEN
      PERFORM app.track_data_changes();
    END IF;
  END
  $$;
REVOKE ALL ON FUNCTION app.track_new_domain_tables() FROM PUBLIC;

-- ALTER TABLE covers SET SCHEMA into a domain schema and ATTACH/DETACH PARTITION; CREATE TRIGGER (what the
-- function itself runs) is not among the tags, so it cannot fire itself.
CREATE EVENT TRIGGER track_new_domain_tables ON ddl_command_end
  WHEN TAG IN ('CREATE TABLE', 'CREATE TABLE AS', 'SELECT INTO', 'ALTER TABLE')
  EXECUTE FUNCTION app.track_new_domain_tables();
