-- Settling an amendment moves from the PL/pgSQL function agreement.settle_amendment (0042) to TypeScript
-- (subgraphs/agreement/amendments/settle-amendment.ts, its SQL in amendments.repository.ts): the business rule —
-- count the parties' decisions, copy the newest text, apply the diff — reads where the rest of the workflow does.
--
-- What the SECURITY DEFINER function guaranteed stays guaranteed by PostgreSQL, now as row-level security:
-- the agreement subgraph's role may write the agreement text only into a version that is being built by a
-- proposal that is still OPEN and that every party of the current version has consented to; it may close a
-- proposal as ADOPTED only with every consent and the version built from it, as REJECTED only after a party's
-- objection; and a version built by a proposal cannot commit unless that proposal is ADOPTED with it. So calling
-- the settlement with eight consents of nine, or writing text directly, still changes nothing
-- (subgraphs/agreement/amendments/amendments.rls.test.ts).

DROP FUNCTION agreement.settle_amendment(uuid);

-- ── The rules, as functions the policies read ────────────────────────────────────────────────────────────

-- The version a proposal amends: the newest one it did not build itself.
CREATE FUNCTION agreement.version_amended_by(proposal uuid) RETURNS text
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$
    SELECT a.id FROM agreement.agreement a
     WHERE a.amended_by_proposal_id IS DISTINCT FROM proposal
     ORDER BY a.version DESC LIMIT 1
  $$;

-- The version a proposal built, once it has (NULL before).
CREATE FUNCTION agreement.version_built_by(proposal uuid) RETURNS integer
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT a.version FROM agreement.agreement a WHERE a.amended_by_proposal_id = proposal $$;

-- The number the version built by a proposal must have: the one after the version it amends.
CREATE FUNCTION agreement.next_version_for(proposal uuid) RETURNS integer
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT a.version + 1 FROM agreement.agreement a WHERE a.id = agreement.version_amended_by(proposal) $$;

-- 第5条: every party of the amended version has consented (and there is at least one party).
CREATE FUNCTION agreement.has_every_consent(proposal uuid) RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$
    SELECT count(*) > 0 AND count(*) = count(*) FILTER (WHERE d.decision = 'CONSENT')
      FROM agreement.party pa
      LEFT JOIN agreement.amendment_decision d
             ON d.proposal_id = proposal AND d.municipality_code = pa.municipality_code
     WHERE pa.agreement_id = agreement.version_amended_by(proposal)
  $$;

-- One party of the amended version has objected.
CREATE FUNCTION agreement.has_objection(proposal uuid) RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$
    SELECT EXISTS (
      SELECT FROM agreement.amendment_decision d
        JOIN agreement.party pa ON pa.agreement_id = agreement.version_amended_by(proposal)
                               AND pa.municipality_code = d.municipality_code
       WHERE d.proposal_id = proposal AND d.decision = 'OBJECTION')
  $$;

-- Text rows of version `version_id` may be written: it is being built by an OPEN proposal with every consent.
-- Once the proposal is ADOPTED (in the same transaction) the version's text is closed for good.
CREATE FUNCTION agreement.is_being_adopted(version_id text) RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$
    SELECT EXISTS (
      SELECT FROM agreement.agreement a JOIN agreement.amendment_proposal p ON p.id = a.amended_by_proposal_id
       WHERE a.id = version_id AND p.status = 'OPEN' AND agreement.has_every_consent(p.id))
  $$;

-- A version built by a proposal commits only together with that proposal's adoption: no half-built text, no
-- version whose proposal stays open (deferred to the commit, when both rows are written).
CREATE FUNCTION agreement.version_is_adopted() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF NOT EXISTS (SELECT FROM agreement.amendment_proposal p
                    WHERE p.id = NEW.amended_by_proposal_id AND p.status = 'ADOPTED'
                      AND p.resulting_version = NEW.version) THEN
      RAISE EXCEPTION 'agreement version % is not the adoption of proposal %', NEW.version, NEW.amended_by_proposal_id
        USING ERRCODE = '23514';
    END IF;
    RETURN NULL;
  END
  $$;
CREATE CONSTRAINT TRIGGER version_is_adopted AFTER INSERT ON agreement.agreement
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW WHEN (NEW.amended_by_proposal_id IS NOT NULL)
  EXECUTE FUNCTION agreement.version_is_adopted();

-- ── Grants: what an adoption writes ──────────────────────────────────────────────────────────────────────

GRANT INSERT ON agreement.agreement, agreement.article, agreement.paragraph, agreement.party, agreement.policy_area,
  agreement.policy_field, agreement.initiative, agreement.field_role, agreement.related_agreement TO agreement_svc;
-- CHANGE_INITIATIVE, CHANGE_ROLE (upsert), CHANGE_ARTICLE (upsert of the heading, paragraphs replaced).
GRANT UPDATE (text) ON agreement.initiative TO agreement_svc;
GRANT UPDATE (duties) ON agreement.field_role TO agreement_svc;
GRANT UPDATE (heading) ON agreement.article TO agreement_svc;
GRANT DELETE ON agreement.paragraph TO agreement_svc;

-- ── Row-level security (sql/README.md: each table's whole set, through the helpers) ─────────────────────

-- The text of the 協定: public; written only while a consented amendment builds a new version. The admin_write
-- policies of 0045 are not restated: they admitted nobody (the service role had no write grant, the seeder is
-- the superuser), and with the grants above they would let an admin token write the text outside an amendment.
SELECT app.rls_secure('agreement.agreement'), app.rls_public_read('agreement.agreement');
-- A new version: the next number after the version its proposal amends, for an OPEN proposal with every consent.
SELECT app.rls_policy('agreement.agreement', 'adoption_insert', 'INSERT', NULL, $$
    amended_by_proposal_id IS NOT NULL
    AND EXISTS (SELECT FROM agreement.amendment_proposal p WHERE p.id = amended_by_proposal_id AND p.status = 'OPEN')
    AND agreement.has_every_consent(amended_by_proposal_id)
    AND version = agreement.next_version_for(amended_by_proposal_id)
  $$);
SELECT app.rls_secure(t), app.rls_public_read(t),
       app.rls_writes(t, 'adoption', 'agreement.is_being_adopted(agreement_id)', '{INSERT,UPDATE,DELETE}')
  FROM unnest('{agreement.article, agreement.paragraph, agreement.party, agreement.policy_area, agreement.policy_field,
                agreement.initiative, agreement.field_role, agreement.related_agreement}'::regclass[]) AS t;

-- Amendment proposals: filed (OPEN) by the proposer's town, withdrawn by it; settled by whichever decision
-- completes them, only as the decisions say. The settlement locks the open proposal (FOR NO KEY UPDATE), which
-- needs the `settle` policy's USING as well.
SELECT app.rls_secure('agreement.amendment_proposal'), app.rls_public_read('agreement.amendment_proposal');
SELECT app.rls_policy('agreement.amendment_proposal', 'owner_insert', 'INSERT', NULL,
  'app.can_write_municipality(proposer_municipality_code) AND status = ''OPEN''');
SELECT app.rls_policy('agreement.amendment_proposal', 'owner_withdraw', 'UPDATE',
  'app.can_write_municipality(proposer_municipality_code) AND status = ''OPEN''',
  'app.can_write_municipality(proposer_municipality_code) AND status = ''WITHDRAWN''');
SELECT app.rls_policy('agreement.amendment_proposal', 'settle', 'UPDATE', 'status = ''OPEN''', $$
    (status = 'REJECTED' AND agreement.has_objection(id))
    OR (status = 'ADOPTED' AND agreement.has_every_consent(id) AND resulting_version = agreement.version_built_by(id))
  $$);

-- A proposal's changes: added while open by the proposer, released by the proposer (withdrawal) or once the
-- proposal is settled (adopted or rejected).
SELECT app.rls_secure('agreement.amendment_change'), app.rls_public_read('agreement.amendment_change');
SELECT app.rls_policy('agreement.amendment_change', 'owner_insert', 'INSERT', NULL, $$
    is_open AND EXISTS (
      SELECT FROM agreement.amendment_proposal p
      WHERE p.id = proposal_id AND p.status = 'OPEN' AND app.can_write_municipality(p.proposer_municipality_code))
  $$);
SELECT app.rls_policy('agreement.amendment_change', 'owner_release', 'UPDATE', $$
    EXISTS (
      SELECT FROM agreement.amendment_proposal p
      WHERE p.id = proposal_id AND app.can_write_municipality(p.proposer_municipality_code))
  $$, 'NOT is_open');
SELECT app.rls_policy('agreement.amendment_change', 'settled_release', 'UPDATE', $$
    EXISTS (SELECT FROM agreement.amendment_proposal p
             WHERE p.id = proposal_id AND p.status IN ('ADOPTED', 'REJECTED'))
  $$, 'NOT is_open');
