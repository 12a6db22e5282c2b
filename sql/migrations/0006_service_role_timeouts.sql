-- Time limits for the subgraphs' login roles, so one slow or stuck request cannot hold a connection,
-- its locks and a share of the pool indefinitely. They are role settings (not pool options) because a
-- subgraph deployed on its own connects with nothing but its DATABASE_URL: the server applies them to
-- every session of the role, whichever process opens it. Roles are cluster-wide, so this holds for
-- every database of the cluster; a migration is the right home because `npm start`, `npm run migrate`
-- and an existing server behind DATABASE_URL all run migrations as the administrator.
--
-- statement_timeout: the gateway stops waiting for a subgraph after SUBGRAPH_TIMEOUT_MS (10 s by
-- default); a statement still running after that is wasted work.
-- idle_in_transaction_session_timeout: a transaction left open with nothing running (a crashed or
-- hung client) would otherwise keep its row locks until the connection dies.
-- transit_svc is the exception: a GTFS import is one long COPY of stop_times (uploads of up to
-- FEED_UPLOAD_LIMIT_BYTES), and the merged regional feed is COPY … TO STDOUT streamed to the
-- downloader, so a slow client keeps that statement running. Its bounds only stop runaways; a code
-- path that needs more can still `SET LOCAL` its own limit inside its transaction.
ALTER ROLE agreement_svc SET statement_timeout = '10s';
ALTER ROLE disaster_svc SET statement_timeout = '10s';
ALTER ROLE ict_svc SET statement_timeout = '10s';
ALTER ROLE transit_svc SET statement_timeout = '15min';

ALTER ROLE agreement_svc SET idle_in_transaction_session_timeout = '30s';
ALTER ROLE disaster_svc SET idle_in_transaction_session_timeout = '30s';
ALTER ROLE ict_svc SET idle_in_transaction_session_timeout = '30s';
ALTER ROLE transit_svc SET idle_in_transaction_session_timeout = '2min';
