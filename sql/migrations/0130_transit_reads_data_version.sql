-- The merged regional GTFS-JP feed (GET /feeds/regional.zip) is ~10 CPU-seconds of deflate, plus COPY, at the scale
-- data, and GTFS consumers and the open-data publisher fetch it again and again although it changes only when a
-- transit write commits. The transit subgraph reads the transit domain's data version inside the snapshot it builds
-- the feed from and sends it as the feed's ETag, so a client that already has this version gets 304 Not Modified
-- and nothing is built.
GRANT SELECT ON app.data_version TO transit_svc;
