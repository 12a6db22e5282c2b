-- Settling a proposal after a decision: the only way agreement text is written after the seed.
-- SECURITY DEFINER so the agreement subgraph's role needs no write grant on the text tables; the
-- function re-checks in SQL that every party of the current version consented (or that one
-- objected), so calling it can never adopt a proposal the parties did not agree to.

CREATE FUNCTION agreement.settle_amendment(p_proposal_id uuid,
  OUT was_open boolean, OUT status text, OUT resulting_version integer)
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
  AS $$
DECLARE
  caller_role text := current_setting('app.role', true);
  proposal agreement.amendment_proposal;
  latest agreement.agreement;
  party_count integer;
  consent_count integer;
  objection_count integer;
  new_id text;
  new_version integer;
  dissolves boolean;
  change agreement.amendment_change;
  p jsonb;
  next_number integer;
BEGIN
  -- The text tables allow writes to admins only (0002); the elevation lasts until the end of this
  -- function and is reset below, before control returns to the caller.
  PERFORM set_config('app.role', 'admin', true);

  -- Row lock: concurrent decisions on one proposal settle one after another, and each sees the
  -- decisions committed before it (READ COMMITTED takes a new snapshot per statement). NO KEY
  -- UPDATE, not UPDATE: every caller already holds KEY SHARE on this row from its decision's
  -- foreign key, and FOR UPDATE would make two callers deadlock on each other.
  SELECT * INTO proposal FROM agreement.amendment_proposal a WHERE a.id = p_proposal_id FOR NO KEY UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'no amendment proposal %', p_proposal_id USING ERRCODE = 'P0002';
  END IF;
  was_open := proposal.status = 'OPEN';
  status := proposal.status;
  resulting_version := proposal.resulting_version;
  IF NOT was_open THEN
    PERFORM set_config('app.role', coalesce(caller_role, ''), true);
    RETURN;
  END IF;

  -- Versions are linear: lock the newest so two adoptions cannot both build version n + 1.
  SELECT * INTO latest FROM agreement.agreement ORDER BY version DESC LIMIT 1 FOR NO KEY UPDATE;
  SELECT count(*) INTO party_count FROM agreement.party WHERE agreement_id = latest.id;
  SELECT count(*) FILTER (WHERE d.decision = 'CONSENT'), count(*) FILTER (WHERE d.decision = 'OBJECTION')
    INTO consent_count, objection_count
    FROM agreement.amendment_decision d
    JOIN agreement.party pa ON pa.agreement_id = latest.id AND pa.municipality_code = d.municipality_code
    WHERE d.proposal_id = p_proposal_id;

  IF objection_count > 0 THEN
    UPDATE agreement.amendment_proposal a SET status = 'REJECTED', closed_at = now() WHERE a.id = p_proposal_id;
    UPDATE agreement.amendment_change c SET is_open = false WHERE c.proposal_id = p_proposal_id;
    status := 'REJECTED';
  ELSIF consent_count = party_count AND party_count > 0 THEN
    new_version := latest.version + 1;
    new_id := (SELECT a.id FROM agreement.agreement a WHERE a.version = 1) || '-v' || new_version;
    dissolves := EXISTS (SELECT FROM agreement.amendment_change c WHERE c.proposal_id = p_proposal_id AND c.kind = 'DISSOLVE');

    INSERT INTO agreement.agreement (id, title, signed_on, status, basis_title, basis_issuer, basis_issued_on,
        basis_reference, preamble, attestation, source_file, version, effective_from, amended_by_proposal_id)
      SELECT new_id, a.title, a.signed_on, CASE WHEN dissolves THEN 'DISSOLVED' ELSE a.status END, a.basis_title,
        a.basis_issuer, a.basis_issued_on, a.basis_reference, a.preamble, a.attestation, a.source_file, new_version,
        -- Never retroactive: a proposal adopted after its effective date takes effect on the day
        -- of adoption (in Japan), so the answer to asOf for a past date never changes.
        greatest(proposal.effective_on, a.effective_from, (now() AT TIME ZONE 'Asia/Tokyo')::date), p_proposal_id
      FROM agreement.agreement a WHERE a.id = latest.id;
    INSERT INTO agreement.article (agreement_id, number, heading)
      SELECT new_id, number, heading FROM agreement.article WHERE agreement_id = latest.id;
    INSERT INTO agreement.paragraph (agreement_id, article_number, number, text, items)
      SELECT new_id, article_number, number, text, items FROM agreement.paragraph WHERE agreement_id = latest.id;
    INSERT INTO agreement.party (agreement_id, municipality_code, position, signatory_title, signatory_name, address_as_written)
      SELECT new_id, municipality_code, position, signatory_title, signatory_name, address_as_written
      FROM agreement.party WHERE agreement_id = latest.id;
    INSERT INTO agreement.policy_area (agreement_id, number, title)
      SELECT new_id, number, title FROM agreement.policy_area WHERE agreement_id = latest.id;
    INSERT INTO agreement.policy_field (id, agreement_id, area_number, number, name, theme, direction, notes, lead_municipality_code)
      SELECT id, new_id, area_number, number, name, theme, direction, notes, lead_municipality_code
      FROM agreement.policy_field WHERE agreement_id = latest.id;
    INSERT INTO agreement.initiative (agreement_id, id, field_id, number, text)
      SELECT new_id, id, field_id, number, text FROM agreement.initiative WHERE agreement_id = latest.id;
    INSERT INTO agreement.field_role (agreement_id, field_id, municipality_code, is_lead, duties)
      SELECT new_id, field_id, municipality_code, is_lead, duties FROM agreement.field_role WHERE agreement_id = latest.id;
    INSERT INTO agreement.related_agreement (id, agreement_id, field_id, title, signed_on, relation)
      SELECT id, new_id, field_id, title, signed_on, relation FROM agreement.related_agreement WHERE agreement_id = latest.id;

    FOR change IN SELECT * FROM agreement.amendment_change c WHERE c.proposal_id = p_proposal_id ORDER BY c.position LOOP
      p := change.payload;
      CASE change.kind
        WHEN 'ADD_INITIATIVE' THEN
          SELECT coalesce(max(i.number), 0) + 1 INTO next_number
            FROM agreement.initiative i WHERE i.agreement_id = new_id AND i.field_id = p->>'fieldId';
          INSERT INTO agreement.initiative (agreement_id, id, field_id, number, text)
            VALUES (new_id, (p->>'fieldId') || '-' || next_number, p->>'fieldId', next_number, p->>'text');
        WHEN 'CHANGE_INITIATIVE' THEN
          UPDATE agreement.initiative i SET text = p->>'text' WHERE i.agreement_id = new_id AND i.id = p->>'initiativeId';
          IF NOT FOUND THEN RAISE EXCEPTION 'initiative % no longer exists', p->>'initiativeId' USING ERRCODE = '40001'; END IF;
        WHEN 'CHANGE_ROLE' THEN
          INSERT INTO agreement.field_role AS r (agreement_id, field_id, municipality_code, is_lead, duties)
            VALUES (new_id, p->>'fieldId', p->>'municipalityCode', false,
                    ARRAY(SELECT jsonb_array_elements_text(p->'duties')))
            ON CONFLICT (agreement_id, field_id, municipality_code) DO UPDATE SET duties = excluded.duties;
        WHEN 'ADD_POLICY_FIELD' THEN
          SELECT coalesce(max(f.number), 0) + 1 INTO next_number
            FROM agreement.policy_field f WHERE f.agreement_id = new_id AND f.area_number = (p->>'areaNumber')::integer;
          INSERT INTO agreement.policy_field (id, agreement_id, area_number, number, name, theme, direction, notes, lead_municipality_code)
            VALUES (p->>'id', new_id, (p->>'areaNumber')::integer, next_number, p->>'name', p->>'theme', p->>'direction',
                    p->>'notes', p->>'leadMunicipalityCode');
          INSERT INTO agreement.initiative (agreement_id, id, field_id, number, text)
            SELECT new_id, (p->>'id') || '-' || n, p->>'id', n, t
            FROM jsonb_array_elements_text(p->'initiatives') WITH ORDINALITY AS e(t, n);
          INSERT INTO agreement.field_role (agreement_id, field_id, municipality_code, is_lead, duties)
            SELECT new_id, p->>'id', role->>'municipalityCode', role->>'municipalityCode' = p->>'leadMunicipalityCode',
                   ARRAY(SELECT jsonb_array_elements_text(role->'duties'))
            FROM jsonb_array_elements(p->'roles') AS role;
        WHEN 'CHANGE_ARTICLE' THEN
          INSERT INTO agreement.article AS a (agreement_id, number, heading)
            VALUES (new_id, (p->>'articleNumber')::integer, p->>'heading')
            ON CONFLICT (agreement_id, number) DO UPDATE SET heading = excluded.heading;
          DELETE FROM agreement.paragraph pg
            WHERE pg.agreement_id = new_id AND pg.article_number = (p->>'articleNumber')::integer;
          INSERT INTO agreement.paragraph (agreement_id, article_number, number, text, items)
            SELECT new_id, (p->>'articleNumber')::integer, n, para->>'text',
                   ARRAY(SELECT jsonb_array_elements_text(coalesce(para->'items', '[]'::jsonb)))
            FROM jsonb_array_elements(p->'paragraphs') WITH ORDINALITY AS e(para, n);
        WHEN 'DISSOLVE' THEN
          NULL; -- the new version's status is DISSOLVED (above)
      END CASE;
    END LOOP;

    UPDATE agreement.amendment_proposal a
      SET status = 'ADOPTED', closed_at = now(), resulting_version = new_version WHERE a.id = p_proposal_id;
    UPDATE agreement.amendment_change c SET is_open = false WHERE c.proposal_id = p_proposal_id;
    status := 'ADOPTED';
    resulting_version := new_version;
  END IF;

  PERFORM set_config('app.role', coalesce(caller_role, ''), true);
END
$$;

REVOKE ALL ON FUNCTION agreement.settle_amendment(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION agreement.settle_amendment(uuid) TO agreement_svc;
