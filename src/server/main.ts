import type { Server } from 'node:http';
import { join } from 'node:path';
import { sql } from 'kysely';
import { createApp } from './app.js';
import { startCheckpointTimer } from './checkpoints/sign.js';
import { loadSigner } from './checkpoints/signer.js';
import { bootstrapAdmin } from './auth/service.js';
import { systemClock } from './clock.js';
import { loadConfig, type Config } from './config.js';
import { createContext } from './context.js';
import { answerClientErrors } from './http/client-error.js';
import { openDatabase } from './db/connect.js';
import { migrateToLatest } from './ledger/migrate.js';
import { seedDemoIfEmpty } from './demo/seed.js';
import { createLifecycle } from './lifecycle.js';
import { createLogger, type Logger } from './log/logger.js';
import { PROJECT_ROOT } from './paths.js';
import { drainServer, trackRequests } from './shutdown.js';
import { startWebhookWorker } from './webhooks/deliver.js';

/** Reads config, migrates, seeds the demo on a new database, creates the first admin, listens. */
export async function serve(
  config: Config = loadConfig(),
  logger: Logger = createLogger(config),
): Promise<{ server: Server; close(): Promise<void> }> {
  const handle = openDatabase(config.database, {
    onPoolError: (err) => logger.warn({ err }, 'postgres: an idle connection was lost'),
  });
  const where = handle.engine === 'postgres' ? 'PostgreSQL' : config.database;
  const applied = await migrateToLatest(handle.db);
  logger.info(
    { database: where, applied },
    applied.length ? `applied ${applied.length} migration(s)` : 'schema is up to date',
  );
  const { signer, created } = loadSigner(config);
  if (created)
    logger.info({ keyId: signer.keyId }, `Created the checkpoint signing key in ${config.dataDir} (keep a copy)`);
  const ctx = createContext({ db: handle.db, clock: systemClock, config, logger, pool: handle.pool, signer });
  ctx.metrics.collectProcessMetrics();
  if (config.demo) {
    const seeded = await seedDemoIfEmpty(ctx);
    if (seeded) logger.info(`Seeded the demo ledger (${seeded} events). Set TRACK_RECORD_DEMO=off to start empty.`);
  }
  const admin = await bootstrapAdmin(ctx);
  if (admin.created) logger.info(`Created the admin user "${config.adminUsername}" from TRACK_RECORD_ADMIN_PASSWORD.`);
  if (admin.restored)
    logger.warn(
      `No enabled admin: "${config.adminUsername}" is an enabled admin again, with the password in TRACK_RECORD_ADMIN_PASSWORD (its sessions and API tokens were ended).`,
    );
  if (admin.setupToken)
    logger.warn(
      `No enabled admin. Create one within 24 hours at: ${config.publicUrl}/setup?token=${admin.setupToken} (or restart with TRACK_RECORD_ADMIN_PASSWORD set)`,
    );
  const lifecycle = createLifecycle();
  const app = createApp({ ...ctx, webRoot: join(PROJECT_ROOT, 'dist/web'), lifecycle });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(config.port, config.host, () => resolve(s));
  });
  answerClientErrors(server);
  const requests = trackRequests(server);
  const worker = startWebhookWorker(ctx, { intervalMs: 1000 });
  const checkpoints = startCheckpointTimer(ctx, signer, (err) => logger.warn({ err }, 'a daily checkpoint failed'));
  logger.info({ port: config.port, database: where }, `Track Record is serving http://localhost:${config.port}`);
  // The startup lines (a setup link, a created key or admin) reach the operator now, not with later requests' lines.
  logger.flush();

  let closing: Promise<void> | null = null;
  const close = () =>
    (closing ??= (async () => {
      lifecycle.startDraining();
      const { forced } = await drainServer(server, requests, config.shutdownTimeoutMs);
      if (forced) logger.warn(`requests still running after ${config.shutdownTimeoutMs} ms were cut off`);
      checkpoints.stop();
      await worker.stop();
      // Fold the WAL back into the database file, so the file alone is a complete copy.
      if (handle.sqlite) await sql`pragma wal_checkpoint(TRUNCATE)`.execute(handle.db);
      await handle.close();
    })());
  return { server, close };
}

/**
 * Runs the server until SIGTERM or SIGINT, then shuts it down gracefully (see drainServer) and
 * exits 0; a second signal exits at once with 1.
 */
export async function serveUntilSignalled(config: Config = loadConfig()): Promise<void> {
  const logger = createLogger(config);
  let running: Awaited<ReturnType<typeof serve>>;
  try {
    running = await serve(config, logger);
  } catch (err) {
    logger.fatal({ err }, 'could not start');
    logger.flush();
    throw err;
  }
  const onSignal = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'shutting down: finishing the requests in flight');
    process.once('SIGTERM', () => process.exit(1));
    process.once('SIGINT', () => process.exit(1));
    running.close().then(
      () => {
        logger.info('stopped');
        logger.flush();
        process.exit(0);
      },
      (err: unknown) => {
        logger.error({ err }, 'shutdown failed');
        logger.flush();
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
}
