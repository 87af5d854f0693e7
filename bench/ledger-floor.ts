/**
 * The SQLite work any import of a ledger must do, measured apart from the import: every row an
 * import wrote (events and all state tables) copied from that database into a fresh one by bare
 * prepared statements — no checks, no appliers, no threads — in the import's batches, journal
 * mode and rows per statement (row-writer.ts), then the same secondary indexes built. Foreign keys are not checked (so this is, if
 * anything, below what an import must spend). Run by ledger-bench.ts in its own process, so the
 * rows it holds do not crowd the benchmark's heap:
 *   node --import tsx bench/ledger-floor.ts IMPORTED.sqlite BATCHES
 * Prints the seconds the writes and the index builds took.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { openDatabase } from '../src/server/db/connect.js';
import { migrateToLatest } from '../src/server/ledger/migrate.js';
import { STATE_TABLES } from '../src/server/ledger/apply.js';
import { withBigCache, withoutRowByRowUpkeep, withRollbackJournal } from '../src/server/db/raw-sqlite.js';
import { placeholders } from '../src/server/replay/batch.js';
import { RowWriter } from '../src/server/replay/sqlite/row-writer.js';

const [from, batchesText] = process.argv.slice(2);
const batches = Number(batchesText);
const source = new SqliteDatabase(from, { readonly: true });
const tables = ['events', ...STATE_TABLES].map((table) => {
  const columns = source.prepare('SELECT name FROM pragma_table_info(?) ORDER BY cid').pluck().all(table) as string[];
  // In the order the import wrote them: ledger order (rowid), or key order for tables without one.
  const withoutRowid = /without rowid\s*$/i.test(
    source.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?").pluck().get(table) as string,
  );
  const order = table === 'events' ? ' ORDER BY seq' : withoutRowid ? '' : ' ORDER BY rowid';
  const rows = source
    .prepare(`SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM "${table}"${order}`)
    .raw(true)
    .all() as unknown[][];
  // Each batch's rows as the flat values and seqs a RowWriter takes, made before the clock starts.
  const parts = Array.from({ length: batches }, (_, b) => {
    const some = rows.slice(Math.floor((b * rows.length) / batches), Math.floor(((b + 1) * rows.length) / batches));
    return { values: some.flat(), seqs: some.map(() => 0) };
  });
  return { table, columns, parts };
});
source.close();

const dir = mkdtempSync(join(tmpdir(), 'tr-floor-'));
const handle = openDatabase(join(dir, 'floor.sqlite'));
await migrateToLatest(handle.db);
const sqlite = handle.sqlite!;
withRollbackJournal(sqlite);
withBigCache(sqlite);
sqlite.pragma('foreign_keys = OFF');
sqlite.pragma('locking_mode = EXCLUSIVE');
const restoreIndexes = withoutRowByRowUpkeep(sqlite);
const inserts = tables.map(
  (t) =>
    new RowWriter(
      sqlite,
      (n) =>
        `INSERT INTO "${t.table}" (${t.columns.map((c) => `"${c}"`).join(', ')}) VALUES ${placeholders(t.columns.length, n)}`,
      t.columns.length,
    ),
);

let started = performance.now();
for (let b = 0; b < batches; b++) {
  sqlite
    .transaction(() => {
      tables.forEach((t, i) => inserts[i]!.write(t.parts[b]!.values, t.parts[b]!.seqs));
    })
    .immediate();
}
const writes = (performance.now() - started) / 1000;
started = performance.now();
restoreIndexes();
const indexes = (performance.now() - started) / 1000;
await handle.close();
rmSync(dir, { recursive: true, force: true });
console.log(JSON.stringify({ writes, indexes }));
