import { emptyTotals, type ScoreTotals } from '../../../scoring/index.js';
import { STATE_TABLES, stateRow, type StateTable, tableInfo } from '../../ledger/apply.js';
import { checkEvent, linkProblem } from '../batch.js';
import { canonicalJson } from '../../ledger/canonical-json.js';
import { sealProblem } from '../../ledger/event-seal.js';
import type { RecordedEvent } from '../../ledger/events.js';
import { GENESIS_HASH } from '../../ledger/hash.js';
import { adjustStats, claimRowScoreState } from '../../read-model/source-stats.js';
import { type Entry, StateImage } from '../image/state-image.js';
import { isStoredForm } from '../../../shared/text.js';

export type Problem = { seq: number; text: string };
export type TableProblem = { table: number; key: unknown[]; text: string }; // table: its index in STATE_TABLES
/** One partition's share of a source's statistics, recomputed from its final claims. */
export type SourceShare = { nOpen: number; nResolved: number; totals: ScoreTotals };

export interface PartitionResult {
  /** The last event whose link this partition checked (null if none): the head must name the last of all. */
  last: { seq: number; hash: string } | null;
  chain: Problem | null;
  replay: Problem | null;
  table: TableProblem | null;
  sources: [string, SourceShare][];
  /** Events sealed with text the databases cannot hold exactly: their rows differ by encoding only, not tampering. */
  encoding: Problem[];
}

/** Pages of rows, read in turn (SQLite gives all of them as one page). */
export type Pages<T> = AsyncIterable<Iterable<T>> | Iterable<Iterable<T>>;

/** What a partition reads of one snapshot: its events and window of links in seq order, and its live rows of each table. */
export interface LiveSource {
  events: Pages<RecordedEvent>;
  table(table: StateTable): LiveTable | Promise<LiveTable>;
}
type LiveTable = { columns: string[]; rows: Pages<unknown[]> };

/** The partition a claim id falls in: its last code point (a lone surrogate counts as one), as SQLite's unicode() reads it. */
export function partitionOf(id: string, of: number): number {
  return of === 1 ? 0 : ([...id.slice(-2)].pop()?.codePointAt(0) ?? 0) % of;
}

/** partitionOf in SQLite, for a text column. */
export function partitionSql(column: string, of: number): string {
  return `(coalesce(unicode(substr("${column}", -1)), 0) % ${of})`;
}

/** A live value equal to the image's, or its text as a UTF-8 database stores it (lone surrogates as U+FFFD: an event sealed before such text was refused, not an edit). */
function sameValue(live: unknown, image: unknown): boolean {
  if (live === image || ((live ?? null) === null && (image ?? null) === null)) return true;
  if (typeof live === 'string' && typeof image === 'string') return isStoredForm(image, live);
  return (
    (typeof live === 'object' || typeof image === 'object') &&
    canonicalJson(live ?? null) === canonicalJson(image ?? null)
  );
}

/** Orders keys as the databases do (binary / "C" collation for text, numeric for numbers). */
export function compareKeys(a: readonly unknown[], b: readonly unknown[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (typeof x === 'string' && typeof y === 'string') return Buffer.compare(Buffer.from(x), Buffer.from(y));
    return (x as number) < (y as number) ? -1 : 1;
  }
  return 0;
}

const show = (v: unknown) => JSON.stringify(v ?? null)?.slice(0, 80);

/**
 * Compares this partition's live rows of a table, in any order, with the image, column for
 * column; returns the disagreement with the smallest key, so the answer does not depend on scan order.
 */
async function compareTable(
  image: StateImage,
  table: StateTable,
  { columns, rows }: LiveTable,
  mine: ((claimId: string) => boolean) | null,
): Promise<{ key: unknown[]; text: string } | null> {
  const { key, totals = [], claimColumn } = tableInfo(table);
  const keyAt = key.map((k) => columns.indexOf(k));
  const [first, second] = keyAt as [number, number | undefined];
  const compared = columns.flatMap((c, i) => (totals.includes(c) ? [] : [i]));
  let found: { key: unknown[]; text: string } | null = null;
  /** Keeps the disagreement of the row with the smallest key, named here once. */
  const note = (k: unknown[], what: string) => {
    if (found && compareKeys(k, found.key) >= 0) return;
    found = { key: k, text: `${table} row ${key.map((c, i) => `${c}=${String(k[i])}`).join(', ')}${what}` };
  };
  // A composite key's rows come grouped: the image's rows of the last first-column value (of a single key, its row).
  let group = null as { first: string; entries: readonly Entry[] } | null;
  const keyOf = (values: readonly unknown[]) => keyAt.map((i) => values[i]);
  for await (const page of rows)
    for (const values of page) {
      const k = String(values[first]);
      if (group?.first !== k) group = { first: k, entries: image.group(table, k) };
      const k2 = second === undefined ? k : String(values[second]);
      const e = group.entries.find((g) => g.key === k2);
      if (!e) {
        note(keyOf(values), ' exists in the database but no event created it');
        continue;
      }
      e.seen = true;
      for (const i of compared) {
        const column = columns[i]!;
        // Strict equality is the usual case; only a difference needs a closer look.
        if (values[i] === e.row[column] || sameValue(values[i], e.row[column])) continue;
        note(keyOf(values), `: ${column} is ${show(values[i])} but the events say ${show(e.row[column])}`);
        break;
      }
    }
  for (const e of image.entries(table))
    if (!e.seen && (!mine || mine(String(e.row[claimColumn!]))))
      note(
        key.map((c) => e.row[c]),
        ' is missing from the database though the events create it',
      );
  return found;
}

/**
 * Partition `index` of `of` (claims split by id): checks the links of the seqs in `links`, replays the events of its
 * claims and every other event into an image, compares its live rows with it and returns its share of the source totals.
 */
export async function verifyPartition(
  source: LiveSource,
  index: number,
  of: number,
  links = { from: 1, to: Infinity },
): Promise<PartitionResult> {
  const result: PartitionResult = { last: null, chain: null, replay: null, table: null, sources: [], encoding: [] };
  const image = new StateImage('complete', true);
  let expected = links.from;
  /** The hash the next event in the window must link to (null: the event before the window is missing). */
  let prevHash: string | null = links.from === 1 ? GENESIS_HASH : null;
  /** A broken chain (read no further), or null. */
  const check = (e: RecordedEvent): Problem | null => {
    if (e.seq === links.from - 1) prevHash = e.hash;
    // An event past the window comes only to name a gap that ends the window early.
    else if (e.seq >= links.from && (e.seq <= links.to || expected <= links.to)) {
      const broken = linkProblem(e, expected - 1, prevHash);
      if (broken) return { seq: expected, text: broken };
      prevHash = e.hash;
      expected += 1;
      result.last = { seq: e.seq, hash: e.hash };
    }
    const claimEvent = e.entity === 'claim';
    if (claimEvent && partitionOf(e.entityId, of) !== index) return null;
    const { payload, problem, unstorable } = checkEvent(e);
    if (payload !== undefined && (claimEvent || index === 0)) {
      const unsealed = sealProblem(e, payload);
      if (unsealed) return { seq: e.seq, text: unsealed };
      if (unstorable)
        result.encoding.push({
          seq: e.seq,
          text: `${unstorable} (a lone surrogate is read back as U+FFFD); the rows may differ from the event by that encoding alone`,
        });
    }
    if (problem) return { seq: e.seq, text: problem };
    if (result.replay) return null;
    const failed = image.replay(e, payload);
    if (failed) result.replay = { seq: e.seq, text: failed.message };
    return null;
  };
  events: for await (const page of source.events)
    for (const e of page) {
      result.chain = check(e);
      if (result.chain) break events;
    }
  if (result.chain || result.replay) return result;
  for (const [i, table] of STATE_TABLES.entries()) {
    const { claimColumn } = tableInfo(table);
    // Claim tables: each partition its claims' rows; the rest: partition 0.
    if (!claimColumn && index > 0) continue;
    const mine = claimColumn && of > 1 ? (id: string) => partitionOf(id, of) === index : null;
    const found = await compareTable(image, table, await source.table(table), mine);
    if (found) return { ...result, table: { table: i, ...found } };
  }
  return { ...result, sources: sourceShares(image) };
}

/** This partition's share of each source's statistics: its claims, as they stand. */
function sourceShares(image: StateImage): [string, SourceShare][] {
  const shares = new Map<string, SourceShare>();
  for (const claim of image.entries('claims')) {
    const state = claimRowScoreState(stateRow<'claims'>(claim.row));
    for (const cs of image.group('claim_sources', claim.key)) {
      if (cs.row.role !== 'made') continue;
      const { sourceId } = stateRow<'claim_sources'>(cs.row);
      let share = shares.get(sourceId);
      if (!share) shares.set(sourceId, (share = { nOpen: 0, nResolved: 0, totals: emptyTotals() }));
      // The same adjustment the appliers make when the claim is created as it now stands.
      adjustStats(share, null, state);
    }
  }
  return [...shares];
}
