-- Admins record the 圏域 the platform serves through the API (recordRegion) instead of in SQL (issue #19): the
-- agreement subgraph's role may now write the regions and their parties; row-level security still lets only an
-- admin's transaction do it (app.rls_admin_writes, 0123).
GRANT INSERT, UPDATE, DELETE ON agreement.region, agreement.region_party TO agreement_svc;
