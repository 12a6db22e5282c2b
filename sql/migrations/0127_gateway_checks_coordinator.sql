-- The gateway's login (gateway_svc) records each open-data release in app.outbox_event. The insert is checked
-- against every INSERT policy of the table, owner_insert included, whose app.can_write_regional() calls
-- app.leads_agreement() since 0125 — granted then to the four subgraph logins only, so the release event failed
-- with "permission denied for function leads_agreement" (and no release.published event or webhook went out).
-- What it answers (which town leads a policy field of the agreement) is public.
GRANT EXECUTE ON FUNCTION app.leads_agreement(text) TO gateway_svc;
