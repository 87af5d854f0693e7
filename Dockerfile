# Track Record in a container: build with the dev tools, run with production dependencies only,
# as a non-root user, the database in a volume. See docs/deploy.md (this image has not been built
# on the project's own machines, which run no container engine).

# 1. Build: the compiled server and CLI (dist/server) and the web app (dist/web).
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# 2. Production dependencies alone (better-sqlite3 is compiled here, for the runtime's libc).
FROM node:20-bookworm-slim AS deps
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

# 3. Runtime.
FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    TRACK_RECORD_DATA_DIR=/data
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY bin ./bin
COPY data/demo ./data/demo
RUN groupadd --system track-record && useradd --system --gid track-record --home-dir /data track-record \
    && mkdir -p /data && chown track-record:track-record /data
USER track-record
VOLUME ["/data"]
EXPOSE 3000
# Ready means the database answers, migrations are current and the ledger head reads.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SIGTERM (docker stop) shuts down gracefully; node runs as PID 1 and handles it itself.
STOPSIGNAL SIGTERM
CMD ["node", "dist/server/src/cli/main.js", "serve"]
