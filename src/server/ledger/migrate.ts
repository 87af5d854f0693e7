import type { Kysely } from 'kysely';
import { migrateSchema } from '../db/migrate.js';
import type { Database } from '../db/schema.js';
import { readModelStale, rebuildReadModel } from '../read-model/rebuild.js';

/**
 * Brings the schema to the latest migration, then rebuilds the ledger's read model when a migration
 * created it or a killed import left it stale; returns the migrations applied.
 */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const applied = await migrateSchema(db);
  if (await readModelStale(db)) await rebuildReadModel(db);
  return applied;
}
