// A separate process that appends sources through the ledger service and prints the handle of
// each one as soon as its transaction has committed ("acknowledged"). Used by the concurrency
// and crash tests: `node --import tsx test/support/writer.ts DB PREFIX COUNT`.
import { systemClock } from '../../src/server/clock.js';
import { testConfig } from '../../src/server/config.js';
import { createContext } from '../../src/server/context.js';
import { openDatabase } from '../../src/server/db/connect.js';
import { migrateToLatest } from '../../src/server/ledger/migrate.js';
import { createSource } from '../../src/server/sources/service.js';

const [location, prefix, countText] = process.argv.slice(2);
const handle = openDatabase(location!, { poolSize: 2 });
await migrateToLatest(handle.db);
const ctx = createContext({ db: handle.db, clock: systemClock, config: testConfig() });
const count = Number(countText);
for (let i = 0; i < count; i++) {
  const h = `${prefix}_${i}`;
  await createSource(ctx, 'writer', { handle: h, displayName: h, kind: 'person' });
  process.stdout.write(`${h}\n`);
}
await handle.close();
