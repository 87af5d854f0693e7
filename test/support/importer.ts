// A separate process that imports the benchmark's generated ledger (bench/ledger-bench.ts) into
// an SQLite file in small batches, printing `committed N` after each batch commits. Used by the
// crash test of import: `node --import tsx test/support/importer.ts DB COUNT BATCH`.
import { generateEvents } from '../../bench/ledger-bench.js';
import { openDatabase } from '../../src/server/db/connect.js';
import { migrateToLatest } from '../../src/server/ledger/migrate.js';
import { importEvents } from '../../src/server/replay/import.js';

const [location, countText, batchText] = process.argv.slice(2);
const handle = openDatabase(location!);
await migrateToLatest(handle.db);
await importEvents(handle, generateEvents(Number(countText)), (n) => process.stdout.write(`committed ${n}\n`), {
  batchSize: Number(batchText),
});
await handle.close();
