import type { Server } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from './app.js';
import { bootstrapAdmin } from './auth/service.js';
import { systemClock } from './clock.js';
import { loadConfig, type Config } from './config.js';
import { createContext } from './context.js';
import { openDatabase } from './db/connect.js';
import { migrateToLatest } from './db/migrate.js';
import { seedDemoIfEmpty } from './demo/seed.js';
import { startWebhookWorker } from './webhooks/deliver.js';

/** The project root, whether running from src/ (tsx) or dist/server/src/ (compiled). */
export function projectRoot(): string {
  const here = fileURLToPath(new URL('.', import.meta.url));
  return here.includes(`${join('dist', 'server')}`) ? join(here, '../../../..') : join(here, '../..');
}

/** Reads config, migrates, seeds the demo on a new database, creates the first admin, listens. */
export async function serve(config: Config = loadConfig()): Promise<{ server: Server; close(): Promise<void> }> {
  const handle = openDatabase(config.database);
  await migrateToLatest(handle.db);
  const ctx = createContext({ db: handle.db, clock: systemClock, config });
  if (config.demo) {
    const seeded = await seedDemoIfEmpty(ctx);
    if (seeded) console.log(`Seeded the demo ledger (${seeded} events). Set TRACK_RECORD_DEMO=off to start empty.`);
  }
  const admin = await bootstrapAdmin(ctx);
  if (admin.created) console.log(`Created the admin user "${config.adminUsername}" from TRACK_RECORD_ADMIN_PASSWORD.`);
  if (admin.setupToken)
    console.log(
      `No admin yet. Create one within 24 hours at:\n  ${config.publicUrl}/setup?token=${admin.setupToken}\n(or restart with TRACK_RECORD_ADMIN_PASSWORD set)`,
    );
  const app = createApp({ ...ctx, webRoot: join(projectRoot(), 'dist/web') });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(config.port, config.host, () => resolve(s));
  });
  const worker = startWebhookWorker(ctx, { intervalMs: 1000 });
  const where = config.database.startsWith('postgres') ? 'PostgreSQL' : config.database;
  console.log(`Track Record is serving http://localhost:${config.port} (database: ${where})`);
  return {
    server,
    close: async () => {
      await worker.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await handle.close();
    },
  };
}
