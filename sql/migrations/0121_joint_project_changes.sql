-- Joint projects are changed and withdrawn while the councils discuss them (amount, split, years): a
-- project records when it was last changed and when it was withdrawn. A withdrawn project stays readable
-- by id (an audit trail for the councils) but leaves every list and every fiscal-year total, and can no
-- longer be changed. Replacing a project's usage figures deletes the old rows, so usage gains DELETE.

ALTER TABLE agreement.joint_project
  ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(),
  ADD COLUMN withdrawn_at timestamptz;
UPDATE agreement.joint_project SET updated_at = created_at;

GRANT DELETE ON agreement.joint_project_usage TO agreement_svc;

-- ── Row-level security ──
SELECT app.rls_secure('agreement.joint_project'), app.rls_public_read('agreement.joint_project'),
       app.rls_region_rows('agreement.joint_project');
SELECT app.rls_secure('agreement.joint_project_usage'), app.rls_public_read('agreement.joint_project_usage'),
       app.rls_region_rows('agreement.joint_project_usage', '{INSERT,UPDATE,DELETE}');
