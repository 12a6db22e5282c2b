-- Reading the audit log through the API (agreement subgraph: Query.auditLog). The service decides
-- what a caller may ask for; this policy refuses the same rows even if a service check is forgotten.
--
-- Admins read every entry. Editors and coordinators read the entries about their own town's data.
-- The coordinator (岩見沢市, who writes the region-wide records) also reads the region-wide entries
-- (no owner). Anonymous sessions read nothing: the old policy relied on the municipality setting
-- being empty for them; the role is now checked as well.
DROP POLICY audit_log_select ON app.audit_log;
CREATE POLICY audit_log_select ON app.audit_log FOR SELECT
  USING (
    app.viewer_role() = 'admin'
    OR (app.viewer_role() IN ('editor', 'coordinator') AND owner_municipality_code = app.current_municipality())
    OR (owner_municipality_code IS NULL AND app.can_write_regional())
  );

-- The API lists a town's entries newest first by id (the cursor).
CREATE INDEX audit_log_owner_id_idx ON app.audit_log (owner_municipality_code, id DESC);
