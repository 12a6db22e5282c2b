# syntax=docker/dockerfile:1
#
# One image for every service of the platform; the command picks which (compose.yaml overrides it):
#   node --import tsx gateway/main.ts                  (default)
#   node --import tsx subgraphs/<name>/main.ts         agreement | disaster | transit | ict
#   node --import tsx scripts/migrate.ts --seed        one-shot: migrations, seed, login-role passwords
#
# It runs the TypeScript sources through tsx (a runtime dependency), exactly as `npm start`, the tests
# and test/scale-out.test.ts do: no second, compiled code path whose asset paths (sql/, codegen/,
# subgraphs/*/schema.graphql, explorer assets) could drift from the one that is tested.

ARG NODE_IMAGE=node:20-slim

# --- deps: production dependencies only, from the lockfile -------------------------------------
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# --- runtime ------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
# tsx keeps its transform cache, and transit feed uploads their temporary files, under /tmp (writable by node).
ENV NODE_ENV=production \
    APOLLO_TELEMETRY_DISABLED=1 \
    HOST=0.0.0.0 \
    LOG_LEVEL=info \
    OPENDATA_DIR=/data/opendata \
    REGIONAL_FEED_CACHE_DIR=/data/regional-feed
COPY --from=deps --chown=root:root /app/node_modules ./node_modules
# Sources are owned by root and read-only for the service user: a compromised process cannot rewrite them.
COPY --chown=root:root . .
# The open-data releases (written by the publisher, served by every gateway replica): a volume in compose. The
# transit subgraph keeps the regional feed as last built beside them.
RUN mkdir -p /data/opendata /data/regional-feed && chown -R node:node /data
USER node
EXPOSE 4000 4001 4002 4003 4004
CMD ["node", "--import", "tsx", "gateway/main.ts"]
