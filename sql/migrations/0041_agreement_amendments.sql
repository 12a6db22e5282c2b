-- Amendments and dissolution (第5条, 第6条, 第7条): a proposal is a structured diff against the
-- current version; every party records one decision; nine consents make a new version, one
-- objection stops the proposal, its proposer may withdraw it while it is open.

CREATE TABLE agreement.amendment_proposal (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  proposer_municipality_code app.municipality_code NOT NULL REFERENCES agreement.municipality (code),
  proposed_by text NOT NULL,
  base_version integer NOT NULL REFERENCES agreement.agreement (version),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 4000),
  effective_on date NOT NULL,
  status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'ADOPTED', 'REJECTED', 'WITHDRAWN')),
  resulting_version integer REFERENCES agreement.agreement (version),
  created_at timestamptz NOT NULL DEFAULT now(),
  closed_at timestamptz,
  CHECK ((status = 'OPEN') = (closed_at IS NULL)),
  CHECK ((status = 'ADOPTED') = (resulting_version IS NOT NULL))
);
CREATE INDEX amendment_proposal_list_idx ON agreement.amendment_proposal (created_at DESC, id DESC);
CREATE INDEX amendment_proposal_status_idx ON agreement.amendment_proposal (status, created_at DESC, id DESC);
CREATE INDEX amendment_proposal_proposer_idx ON agreement.amendment_proposal (proposer_municipality_code);
CREATE INDEX amendment_proposal_base_version_idx ON agreement.amendment_proposal (base_version);
CREATE INDEX amendment_proposal_resulting_version_idx ON agreement.amendment_proposal (resulting_version);
ALTER TABLE agreement.agreement ADD CONSTRAINT agreement_amended_by_fkey
  FOREIGN KEY (amended_by_proposal_id) REFERENCES agreement.amendment_proposal (id);
CREATE INDEX agreement_amended_by_idx ON agreement.agreement (amended_by_proposal_id);

-- One change of a proposal. `target` names the item it touches (e.g. `initiative:disaster-1`,
-- `role:transit:014303`, `article:5`, `agreement`); while the proposal is open its targets are
-- claimed by the partial unique index, so two open proposals can never touch the same item —
-- even when they are proposed at the same instant.
CREATE TABLE agreement.amendment_change (
  proposal_id uuid NOT NULL REFERENCES agreement.amendment_proposal (id),
  position integer NOT NULL CHECK (position > 0),
  kind text NOT NULL CHECK (kind IN ('ADD_INITIATIVE', 'CHANGE_INITIATIVE', 'CHANGE_ROLE', 'ADD_POLICY_FIELD', 'CHANGE_ARTICLE', 'DISSOLVE')),
  target text NOT NULL,
  payload jsonb NOT NULL,
  is_open boolean NOT NULL DEFAULT true,
  PRIMARY KEY (proposal_id, position)
);
CREATE UNIQUE INDEX amendment_change_open_target_key ON agreement.amendment_change (target) WHERE is_open;

-- A party's decision; final once recorded (no UPDATE grant).
CREATE TABLE agreement.amendment_decision (
  proposal_id uuid NOT NULL REFERENCES agreement.amendment_proposal (id),
  municipality_code app.municipality_code NOT NULL REFERENCES agreement.municipality (code),
  decision text NOT NULL CHECK (decision IN ('CONSENT', 'OBJECTION')),
  reason text CHECK (reason IS NULL OR length(reason) BETWEEN 1 AND 4000),
  decided_by text NOT NULL,
  decided_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (proposal_id, municipality_code),
  CHECK (decision = 'CONSENT' OR reason IS NOT NULL)
);
CREATE INDEX amendment_decision_municipality_idx ON agreement.amendment_decision (municipality_code);

ALTER TABLE agreement.amendment_proposal ENABLE ROW LEVEL SECURITY;
ALTER TABLE agreement.amendment_proposal FORCE ROW LEVEL SECURITY;
CREATE POLICY public_read ON agreement.amendment_proposal FOR SELECT USING (true);
CREATE POLICY owner_insert ON agreement.amendment_proposal FOR INSERT
  WITH CHECK (app.can_write_municipality(proposer_municipality_code) AND status = 'OPEN');
-- The proposer may only withdraw; adoption and rejection happen in agreement.settle_amendment.
CREATE POLICY owner_withdraw ON agreement.amendment_proposal FOR UPDATE
  USING (app.can_write_municipality(proposer_municipality_code) AND status = 'OPEN')
  WITH CHECK (app.can_write_municipality(proposer_municipality_code) AND status = 'WITHDRAWN');

ALTER TABLE agreement.amendment_change ENABLE ROW LEVEL SECURITY;
ALTER TABLE agreement.amendment_change FORCE ROW LEVEL SECURITY;
CREATE POLICY public_read ON agreement.amendment_change FOR SELECT USING (true);
CREATE POLICY owner_insert ON agreement.amendment_change FOR INSERT
  WITH CHECK (is_open AND EXISTS (
    SELECT FROM agreement.amendment_proposal p
    WHERE p.id = proposal_id AND p.status = 'OPEN' AND app.can_write_municipality(p.proposer_municipality_code)));
CREATE POLICY owner_release ON agreement.amendment_change FOR UPDATE
  USING (EXISTS (
    SELECT FROM agreement.amendment_proposal p
    WHERE p.id = proposal_id AND app.can_write_municipality(p.proposer_municipality_code)))
  WITH CHECK (NOT is_open);

-- A decision is the act of one town: only its own editor or coordinator records it, never another
-- town and not an operator (admin) on its behalf.
ALTER TABLE agreement.amendment_decision ENABLE ROW LEVEL SECURITY;
ALTER TABLE agreement.amendment_decision FORCE ROW LEVEL SECURITY;
CREATE POLICY public_read ON agreement.amendment_decision FOR SELECT USING (true);
CREATE POLICY own_town_insert ON agreement.amendment_decision FOR INSERT
  WITH CHECK (
    app.viewer_role() IN ('editor', 'coordinator')
    AND municipality_code = app.current_municipality()
    AND EXISTS (SELECT FROM agreement.amendment_proposal p WHERE p.id = proposal_id AND p.status = 'OPEN'));

GRANT SELECT, INSERT, UPDATE ON agreement.amendment_proposal, agreement.amendment_change TO agreement_svc;
GRANT SELECT, INSERT ON agreement.amendment_decision TO agreement_svc;
