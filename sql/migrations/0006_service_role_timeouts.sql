-- Time limits for the subgraphs' login roles, so one slow or stuck request cannot hold a connection,
-- its locks and a share of the pool indefinitely. They are role settings (not pool options) because a
-- subgraph deployed on its own connects with nothing but its DATABASE_URL: the server applies them to
-- every session of the role, whichever process opens it. Roles are cluster-wide, so this holds for
-- every database of the cluster; a migration is the right home because `npm start`, `npm run migrate`
-- and an existing server behind DATABASE_URL all run migrations as the administrator.
--
-- statement_timeout: the gateway stops waiting for a subgraph after SUBGRAPH_TIMEOUT_MS (10 s by
-- default); a statement still running after that is wasted work. transit_svc gets longer because a
-- GTFS feed import is one large COPY of stop_times. Raise both together for very large feeds.
-- idle_in_transaction_session_timeout: a transaction left open with nothing running (a crashed or
-- hung client) would otherwise keep its row locks until the connection dies.
ALTER ROLE agreement_svc SET statement_timeout = '10s';
ALTER ROLE disaster_svc SET statement_timeout = '10s';
ALTER ROLE ict_svc SET statement_timeout = '10s';
ALTER ROLE transit_svc SET statement_timeout = '60s';

ALTER ROLE agreement_svc SET idle_in_transaction_session_timeout = '30s';
ALTER ROLE disaster_svc SET idle_in_transaction_session_timeout = '30s';
ALTER ROLE ict_svc SET idle_in_transaction_session_timeout = '30s';
ALTER ROLE transit_svc SET idle_in_transaction_session_timeout = '30s';
