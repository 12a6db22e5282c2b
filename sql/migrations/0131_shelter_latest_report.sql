-- The regional board (regionalSituation) and the wide-area search need each shelter's latest status report. Found
-- with DISTINCT ON over every report, their cost grew with the history: on a disaster day at the nationwide scale
-- (100,000 shelters, ten reports each) the board's summary took ~1.1 s a read — and the response cache misses after
-- every report, which is when the board is read most. The latest report of each shelter is now kept beside the
-- history by the insert itself, in the same transaction; the history stays append-only and is still the record.
CREATE TABLE disaster.shelter_latest_report (
  shelter_id uuid PRIMARY KEY REFERENCES disaster.shelter (id),
  report_id bigint NOT NULL,
  municipality_code app.municipality_code NOT NULL,
  is_open boolean NOT NULL,
  evacuees integer NOT NULL,
  reported_at timestamptz NOT NULL
);
CREATE INDEX shelter_latest_report_municipality_idx ON disaster.shelter_latest_report (municipality_code);

-- Readable by every role, as the reports are; written only by the trigger below (the owner): no role has a write
-- grant, so the write policies let the owner's function through and nobody else.
SELECT app.rls_secure('disaster.shelter_latest_report'), app.rls_public_read('disaster.shelter_latest_report'),
       app.rls_policy('disaster.shelter_latest_report', 'keeper_insert', 'INSERT', NULL, 'true'),
       app.rls_policy('disaster.shelter_latest_report', 'keeper_update', 'UPDATE', 'true', 'true');
GRANT SELECT ON disaster.shelter_latest_report TO disaster_svc;

-- The latest is the report with the greatest (reported_at, id), as the DISTINCT ON orderings had it; a report that
-- commits after a later-timed one (its transaction started first) does not displace it.
CREATE FUNCTION disaster.keep_latest_report() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog
  AS $$
  BEGIN
    INSERT INTO disaster.shelter_latest_report AS latest
        (shelter_id, report_id, municipality_code, is_open, evacuees, reported_at)
      VALUES (NEW.shelter_id, NEW.id, NEW.municipality_code, NEW.is_open, NEW.evacuees, NEW.reported_at)
      ON CONFLICT (shelter_id) DO UPDATE
        SET report_id = EXCLUDED.report_id, municipality_code = EXCLUDED.municipality_code,
            is_open = EXCLUDED.is_open, evacuees = EXCLUDED.evacuees, reported_at = EXCLUDED.reported_at
        WHERE (EXCLUDED.reported_at, EXCLUDED.report_id) > (latest.reported_at, latest.report_id);
    RETURN NULL;
  END
  $$;
CREATE TRIGGER shelter_status_latest AFTER INSERT ON disaster.shelter_status_report
  FOR EACH ROW EXECUTE FUNCTION disaster.keep_latest_report();

INSERT INTO disaster.shelter_latest_report (shelter_id, report_id, municipality_code, is_open, evacuees, reported_at)
  SELECT DISTINCT ON (shelter_id) shelter_id, id, municipality_code, is_open, evacuees, reported_at
    FROM disaster.shelter_status_report
   ORDER BY shelter_id, reported_at DESC, id DESC;
