-- A wide-area evacuation arrangement binds two towns (issue #17): until now either town could record one and it
-- bound the other at once, and the other town's audit log did not show it. From here an arrangement recorded by
-- one town (the proposer) is PROPOSED until the other town (the consenting town) decides: CONSENTED arrangements
-- are in effect, DECLINED ones never are, and the proposer may WITHDRAW before a decision. Decisions are final.
--
-- Rows that exist already: generated sample arrangements are taken as consented (they stand for agreed ones).
-- Any other row was recorded by one town alone, so it waits for the other town's decision like a new proposal;
-- its proposer is the town of the staff member whose audit entry created it (else the origin town).

ALTER TABLE disaster.evacuation_arrangement
  ADD COLUMN proposer_municipality_code app.municipality_code,
  ADD COLUMN status text NOT NULL DEFAULT 'PROPOSED'
    CHECK (status IN ('PROPOSED', 'CONSENTED', 'DECLINED', 'WITHDRAWN')),
  ADD COLUMN decided_at timestamptz,
  ADD COLUMN decided_by text,
  ADD COLUMN decision_note text NOT NULL DEFAULT '' CHECK (length(decision_note) <= 2000);

UPDATE disaster.evacuation_arrangement a
SET proposer_municipality_code = coalesce(
  (SELECT l.actor_municipality_code FROM app.audit_log l
   WHERE l.entity = 'EvacuationArrangement' AND l.entity_id = a.id::text AND l.operation = 'create'
     AND l.actor_municipality_code IN (a.from_municipality_code, a.to_municipality_code)
   ORDER BY l.id LIMIT 1),
  a.from_municipality_code);
UPDATE disaster.evacuation_arrangement
SET status = 'CONSENTED', decided_at = created_at, decided_by = 'migration 0122 (sample data)'
WHERE is_sample;

ALTER TABLE disaster.evacuation_arrangement
  ALTER COLUMN proposer_municipality_code SET NOT NULL,
  -- The proposer is one of the two towns; the other one decides.
  ADD CONSTRAINT evacuation_arrangement_proposer_municipality_code_check
    CHECK (proposer_municipality_code IN (from_municipality_code, to_municipality_code)),
  -- Decided (or withdrawn) exactly when it has left PROPOSED.
  ADD CONSTRAINT evacuation_arrangement_decided_check
    CHECK ((status = 'PROPOSED') = (decided_at IS NULL) AND (decided_at IS NULL) = (decided_by IS NULL));

-- The town whose consent an arrangement needs: the one of its two towns that did not propose it.
CREATE FUNCTION disaster.arrangement_consenting_town(from_code text, to_code text, proposer_code text)
  RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT CASE WHEN proposer_code = from_code THEN to_code ELSE from_code END $$;
GRANT EXECUTE ON FUNCTION disaster.arrangement_consenting_town(text, text, text) TO disaster_svc;

-- "Arrangements awaiting my decision" and "in effect for my town" filter on status.
CREATE INDEX evacuation_arrangement_status_idx ON disaster.evacuation_arrangement (status);

-- The services may change the decision columns only: the terms (towns, hazard, head count, note, date) and the
-- proposer stay as proposed, whoever holds the row's policies. Which town may set which status is the policies'.
GRANT UPDATE (status, decided_at, decided_by, decision_note) ON disaster.evacuation_arrangement TO disaster_svc;

-- The audit log: an entry may concern towns besides its owner (an arrangement concerns both its towns); those
-- towns read it in their audit log too. One entry per write stays the rule.
ALTER TABLE app.audit_log ADD COLUMN party_municipality_codes text[] NOT NULL DEFAULT '{}';
CREATE INDEX audit_log_party_idx ON app.audit_log USING gin (party_municipality_codes);

-- ── Row-level security ──

-- disaster: an arrangement is proposed by one of its two towns (PROPOSED only); the proposer may only withdraw it
-- while PROPOSED, the other town may only consent or decline while PROPOSED. A decision is final (no policy
-- admits an UPDATE of a row that is no longer PROPOSED).
SELECT app.rls_secure('disaster.evacuation_arrangement'), app.rls_public_read('disaster.evacuation_arrangement');
SELECT app.rls_policy('disaster.evacuation_arrangement', 'proposer_insert', 'INSERT', NULL, $$
    app.can_write_municipality(proposer_municipality_code) AND status = 'PROPOSED' AND decided_at IS NULL
  $$);
SELECT app.rls_policy('disaster.evacuation_arrangement', 'proposer_withdraw', 'UPDATE',
  $$ app.can_write_municipality(proposer_municipality_code) AND status = 'PROPOSED' $$,
  $$ app.can_write_municipality(proposer_municipality_code) AND status = 'WITHDRAWN' $$);
SELECT app.rls_policy('disaster.evacuation_arrangement', 'consenting_town_decide', 'UPDATE', $$
    app.can_write_municipality(
      disaster.arrangement_consenting_town(from_municipality_code, to_municipality_code, proposer_municipality_code))
    AND status = 'PROPOSED'
  $$, $$
    app.can_write_municipality(
      disaster.arrangement_consenting_town(from_municipality_code, to_municipality_code, proposer_municipality_code))
    AND status IN ('CONSENTED', 'DECLINED')
  $$);

-- app: the audit log (append-only: no UPDATE/DELETE policy, and a trigger refuses even the owner).
SELECT app.rls_secure('app.audit_log');
-- A writer records actions only as itself.
SELECT app.rls_policy('app.audit_log', 'audit_log_insert', 'INSERT', NULL,
  'actor_municipality_code = app.current_municipality()');
-- Admins read everything; editors and coordinators their own town's entries and those that concern their town
-- (party_municipality_codes); the coordinator also the region-wide ones (no owner). Anonymous sessions nothing.
SELECT app.rls_policy('app.audit_log', 'audit_log_select', 'SELECT', $$
    app.viewer_role() = 'admin'
    OR (app.viewer_role() IN ('editor', 'coordinator')
        AND (owner_municipality_code = app.current_municipality()
             OR party_municipality_codes @> ARRAY[app.current_municipality()]))
    OR (owner_municipality_code IS NULL AND app.can_write_regional())
  $$);
