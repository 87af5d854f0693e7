import type SqliteDatabase from 'better-sqlite3';
import { emptyTotals } from '../../scoring/index.js';
import { adjustStats, claimScoreState, type SourceStatsState } from '../ledger/source-stats.js';

/**
 * The bulk import on SQLite keeps source totals in memory and writes them once, at its end,
 * instead of rewriting every source's row in every batch: measured on 1,000,000 events, those
 * rewrites were ~93,000 upserts and 1.1–1.5 s of the import's ~20 s. While an import runs, this
 * table exists, created before its first batch and dropped in the transaction that writes the
 * totals; a batch committed in between holds current claims but stale totals. An import that
 * stops at a bad event recomputes the totals from the claims it committed; one that was killed
 * leaves the table, and the next migrate (every start runs one) recomputes them. SQLite only, and
 * outside the Database interface, like ledger_deferred_indexes.
 */
export const DEFERRED_STATS_TABLE = 'ledger_deferred_stats';

/** Notes, in its own transaction, that source totals will be written later (see above). */
export function deferSourceStats(sqlite: SqliteDatabase.Database): void {
  sqlite.exec(`create table if not exists ${DEFERRED_STATS_TABLE} (since text not null)`);
}

export function hasDeferredStats(sqlite: SqliteDatabase.Database): boolean {
  return (
    sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = ?").get(DEFERRED_STATS_TABLE) !==
    undefined
  );
}

/** The statement a writer runs in the transaction that writes the deferred totals. */
export const END_DEFERRED_STATS_SQL = `drop table if exists ${DEFERRED_STATS_TABLE}`;

interface MadeClaim {
  sourceId: string;
  kind: string;
  probability: number | null;
  outcome: string | null;
  credit: number | null;
  resolvedAt: string | null;
}

/**
 * Sets every source's totals from its claims as they stand (as verify recomputes them) and drops
 * the note, in one transaction. Sources with no claim they made get empty totals.
 */
export function rebuildSourceStats(sqlite: SqliteDatabase.Database): void {
  const made = sqlite.prepare(
    `select cs."sourceId", c.kind, c.probability, c.outcome, c.credit, c."resolvedAt"
       from claim_sources cs join claims c on c.id = cs."claimId"
      where cs.role = 'made'`,
  );
  const sources = sqlite.prepare('select "sourceId" from source_stats').pluck();
  const update = sqlite.prepare(
    'update source_stats set totals = ?, "nOpen" = ?, "nResolved" = ? where "sourceId" = ?',
  );
  sqlite
    .transaction(() => {
      const stats = new Map<string, SourceStatsState>();
      for (const id of sources.all() as string[]) stats.set(id, { nOpen: 0, nResolved: 0, totals: emptyTotals() });
      for (const c of made.iterate() as IterableIterator<MadeClaim>) {
        const s = stats.get(c.sourceId);
        if (!s) continue; // a source without a stats row: the foreign keys rule it out
        // A claim counted as it stands: the same adjustment the ledger makes when it is created (before: none).
        adjustStats(
          s,
          null,
          claimScoreState(c, c.outcome ? { outcome: c.outcome, credit: c.credit, resolvedAt: c.resolvedAt } : null),
        );
      }
      for (const [id, s] of stats) update.run(JSON.stringify(s.totals), s.nOpen, s.nResolved, id);
      sqlite.exec(END_DEFERRED_STATS_SQL);
    })
    .immediate();
}

/** Recomputes the totals an import left deferred (it was killed); false when none were. */
export function rebuildDeferredStats(sqlite: SqliteDatabase.Database): boolean {
  if (!hasDeferredStats(sqlite)) return false;
  rebuildSourceStats(sqlite);
  return true;
}
