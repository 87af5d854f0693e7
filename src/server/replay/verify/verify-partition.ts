import type SqliteDatabase from 'better-sqlite3';
import { emptyTotals, type ScoreTotals } from '../../../scoring/index.js';
import { eventEffect, STATE_TABLES, stateRow, type StateTable, subjectProblem, tableInfo } from '../../ledger/apply.js';
import { describeError } from '../batch.js';
import { canonicalJson } from '../../ledger/canonical-json.js';
import { isSealed } from '../../ledger/event-seal.js';
import type { RecordedEvent } from '../../ledger/events.js';
import { GENESIS_HASH } from '../../ledger/hash.js';
import { adjustStats, claimRowScoreState } from '../../read-model/source-stats.js';
import { type Entry, isCompositeKey, StateImage } from '../image/state-image.js';
import { findUnsafeText, isStoredForm, jsonMayHoldUnstorableText, unstorableTextReason } from '../../../shared/text.js';

/**
 * One part of `verify`: the claims are split into `of` partitions by id; a partition replays the
 * events of its claims (and every event about sources and publications) into a StateImage and
 * compares the live rows of its claims with it, so partitions run side by side on one snapshot.
 * Each checks the links of its stretch of the chain and the hashes of the events it replays
 * (shared events: partition 0's). Source totals are recomputed from the final claims, each
 * partition returning its share of every source's, which verify adds up.
 */

export interface Problem {
  seq: number;
  text: string;
}

export interface TableProblem {
  table: number; // index in STATE_TABLES
  key: unknown[];
  text: string;
}

/** One partition's share of a source's statistics, recomputed from its final claims. */
export interface SourceShare {
  nOpen: number;
  nResolved: number;
  totals: ScoreTotals;
}

export interface PartitionResult {
  /** The last event whose link this partition checked (null if none): the head must name the last of all. */
  last: { seq: number; hash: string } | null;
  chain: Problem | null;
  replay: Problem | null;
  table: TableProblem | null;
  sources: [string, SourceShare][];
  /**
   * Events sealed with text the databases cannot hold exactly (written before the API refused
   * it): their rows differ from them only by encoding, which is reported but is not tampering.
   */
  encoding: Problem[];
}

/** The partition a claim id falls in: its last character (a code point, as SQLite's unicode() reads it). */
export function partitionOf(id: string, of: number): number {
  if (of === 1) return 0;
  const n = id.length;
  if (n === 0) return 0;
  let c = id.charCodeAt(n - 1);
  if (c >= 0xdc00 && c <= 0xdfff && n > 1) {
    const high = id.charCodeAt(n - 2);
    if (high >= 0xd800 && high <= 0xdbff) c = (high - 0xd800) * 0x400 + (c - 0xdc00) + 0x10000;
  }
  return c % of;
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
 * Compares one live table (this partition's rows of it), a row at a time in any order, with the
 * image: each live row must be the image's row of its key, column for column, and every image
 * row must turn up. Keeps the disagreement with the smallest key, so the answer does not depend
 * on scan order.
 */
export class TableComparer {
  private readonly keyIndex: number[];
  private readonly composite: boolean;
  private readonly compared: number[];
  /** A composite key's rows come grouped: the image's group of the last first-column value. */
  private group: { first: string; entries: readonly Entry[] | undefined } | null = null;
  private first: { key: unknown[]; text: string } | null = null;

  constructor(
    private readonly image: StateImage,
    private readonly table: StateTable,
    private readonly columns: string[],
  ) {
    this.keyIndex = tableInfo(table).key.map((k) => columns.indexOf(k));
    this.composite = isCompositeKey(table);
    const skip: readonly string[] = tableInfo(table).totals ?? [];
    this.compared = columns.map((_, i) => i).filter((i) => !skip.includes(columns[i]!));
  }

  row(values: readonly unknown[]): void {
    const e = this.find(values);
    if (!e) {
      const key = this.keyIndex.map((i) => values[i]);
      this.note(key, `${this.table} row ${this.describeKey(key)} exists in the database but no event created it`);
      return;
    }
    e.seen = true;
    for (const i of this.compared) {
      const column = this.columns[i]!;
      const expected = e.row[column];
      // Strict equality is the usual case; only a difference needs a closer look.
      if (values[i] === expected || sameValue(values[i], expected)) continue;
      const key = this.keyIndex.map((k) => values[k]);
      this.note(
        key,
        `${this.table} row ${this.describeKey(key)}: ${column} is ${show(values[i])} but the events say ${show(e.row[column])}`,
      );
      return;
    }
  }

  /** The smallest-keyed disagreement, once every live row has been given. */
  finish(claimsOf: ((id: string) => boolean) | null): { key: unknown[]; text: string } | null {
    for (const e of this.image.entries(this.table)) {
      if (e.seen) continue;
      if (claimsOf && !claimsOf(String(e.row[tableInfo(this.table).claimColumn!]))) continue;
      const key = tableInfo(this.table).key.map((k) => e.row[k]);
      this.note(
        key,
        `${this.table} row ${this.describeKey(key)} is missing from the database though the events create it`,
      );
    }
    return this.first;
  }

  private find(values: readonly unknown[]): Entry | null | undefined {
    const first = String(values[this.keyIndex[0]!]);
    if (!this.composite) return this.image.peek(this.table, first);
    if (this.group?.first !== first) this.group = { first, entries: this.image.peekGroup(this.table, first) };
    const second = String(values[this.keyIndex[1]!]);
    return this.group.entries?.find((e) => e.key === second);
  }

  private note(key: unknown[], text: string): void {
    if (!this.first || compareKeys(key, this.first.key) < 0) this.first = { key, text };
  }

  private describeKey(key: unknown[]): string {
    return tableInfo(this.table)
      .key.map((k, i) => `${k}=${String(key[i])}`)
      .join(', ');
  }
}

/** Partition `index` of `of`: fed the events in seq order, then each table's live rows. */
export class PartitionVerifier {
  readonly image = new StateImage('complete', { maintainStats: false });
  private expected: number;
  /** The hash the next event in the window must link to (null: the event before the window is missing). */
  private prevHash: string | null;
  private last: { seq: number; hash: string } | null = null;
  private chain: Problem | null = null;
  private replay: Problem | null = null;
  private table: TableProblem | null = null;
  private readonly encoding: Problem[] = [];

  /**
   * `links` is the window of seqs whose links this partition checks (the partitions' windows
   * cover the chain between them); it also reads the event just before the window, to link to.
   */
  constructor(
    readonly index: number,
    readonly of: number,
    readonly links: { from: number; to: number } = { from: 1, to: Infinity },
  ) {
    this.expected = links.from;
    this.prevHash = links.from === 1 ? GENESIS_HASH : null;
  }

  /** The first seq after the window not yet seen: the window ended early if it is ≤ links.to. */
  get nextExpected(): number {
    return this.expected;
  }

  get chainIntact(): boolean {
    return this.chain === null;
  }

  /** Whether the chain is still whole and the replay still going (if not, the tables need no comparing). */
  get healthy(): boolean {
    return this.chain === null && this.replay === null;
  }

  /** Takes the next event; false once the chain is broken (read no further). */
  event(e: RecordedEvent): boolean {
    if (e.seq === this.links.from - 1) this.prevHash = e.hash;
    else if (e.seq >= this.links.from && e.seq <= this.links.to) {
      if (e.seq !== this.expected) return this.gap(this.expected, e.seq);
      if (this.prevHash !== null && e.prevHash !== this.prevHash)
        return this.broken(e.seq, `event ${e.seq}: prevHash does not match the hash of event ${e.seq - 1}`);
      this.prevHash = e.hash;
      this.expected += 1;
      this.last = { seq: e.seq, hash: e.hash };
    }
    const claimEvent = e.entity === 'claim';
    const mine = !claimEvent || partitionOf(e.entityId, this.of) === this.index;
    if (!mine) return true;
    if (typeof e.payload !== 'string') return this.broken(e.seq, `event ${e.seq}: payload is missing`);
    let payload: unknown;
    try {
      payload = JSON.parse(e.payload);
    } catch {
      return this.broken(e.seq, `event ${e.seq}: payload is not valid JSON`);
    }
    if (claimEvent || this.index === 0) {
      if (!isSealed(e, payload))
        return this.broken(
          e.seq,
          `event ${e.seq} (${e.type}): its hash does not match its contents — the event was edited`,
        );
      if (jsonMayHoldUnstorableText(e.payload)) {
        const unsafe = findUnsafeText(payload, unstorableTextReason);
        if (unsafe)
          this.encoding.push({
            seq: e.seq,
            text: `event ${e.seq} (${e.type}): ${unsafe.path} ${unsafe.reason}, which the database cannot store exactly (a lone surrogate is read back as U+FFFD); the rows may differ from the event by that encoding alone`,
          });
      }
    }
    if (this.replay) return true;
    try {
      const subject = subjectProblem(e, payload);
      if (subject) return this.broken(e.seq, subject);
      this.image.seq = e.seq;
      this.image.run(eventEffect(e, payload));
    } catch (err) {
      this.replay = { seq: e.seq, text: `event ${e.seq} (${e.type}) cannot be replayed: ${describeError(err)}` };
    }
    return true;
  }

  /** A comparer for this partition's live rows of `table` (null if another partition compares it). */
  comparer(table: StateTable, columns: string[]): TableComparer | null {
    // Claim tables: each partition its claims' rows; the rest: partition 0.
    const mine = tableInfo(table).claimColumn !== undefined || this.index === 0;
    return mine ? new TableComparer(this.image, table, columns) : null;
  }

  /** Records what a comparer found; true when the tables still agree. */
  finishTable(table: StateTable, comparer: TableComparer): boolean {
    const claimsOf =
      tableInfo(table).claimColumn && this.of > 1 ? (id: string) => partitionOf(id, this.of) === this.index : null;
    const found = comparer.finish(claimsOf);
    if (found) this.table = { table: STATE_TABLES.indexOf(table), key: found.key, text: found.text };
    return !found;
  }

  result(): PartitionResult {
    return {
      last: this.last,
      chain: this.chain,
      replay: this.replay,
      table: this.table,
      sources: this.sourceShares(),
      encoding: this.encoding,
    };
  }

  /** Events `missing`..`next - 1` are not there. */
  gap(missing: number, next: number): false {
    return this.broken(missing, `event ${missing} is missing: the chain jumps from ${missing - 1} to ${next}`);
  }

  /** This partition's share of each source's statistics: its claims, as they stand. */
  private sourceShares(): [string, SourceShare][] {
    const shares = new Map<string, SourceShare>();
    if (!this.healthy || this.table) return [];
    for (const claim of this.image.entries('claims')) {
      const state = claimRowScoreState(stateRow<'claims'>(claim.row));
      for (const cs of this.image.group('claim_sources', claim.key)) {
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

  private broken(seq: number, text: string): false {
    this.chain = { seq, text };
    return false;
  }
}

/** The ledger head, read on a raw connection (inside the snapshot's transaction). */
export function readHead(db: SqliteDatabase.Database): { seq: number; hash: string } {
  const h = db.prepare('SELECT seq, hash FROM ledger_head WHERE id = 1').get() as { seq: number; hash: string };
  return { seq: Number(h.seq), hash: h.hash };
}

type EventValues = [number, string, string, string, string, string, string, string, string];

/**
 * Runs partition `index` of `of` on a better-sqlite3 connection that is inside the read
 * transaction fixing the snapshot: the events, then this partition's rows of every table.
 */
export function verifyPartitionSqlite(db: SqliteDatabase.Database, index: number, of: number): PartitionResult {
  // Each partition checks the links of one stretch of the chain (the head, read in the same
  // snapshot, says how long it is); of the rest it reads only the events of its own claims.
  const head = readHead(db).seq;
  const links = {
    from: Math.floor((index * head) / of) + 1,
    to: index === of - 1 ? Infinity : Math.floor(((index + 1) * head) / of),
  };
  const v = new PartitionVerifier(index, of, links);
  const mine = of === 1 ? '1' : `entity <> 'claim' OR ${partitionSql('entityId', of)} = ${index}`;
  const inWindow = `seq >= ${links.from - 1}${links.to === Infinity ? '' : ` AND seq <= ${links.to}`}`;
  // Rows as arrays, made into events here: much cheaper than the driver's objects. Events read
  // only for their links leave their payloads in SQLite.
  const events = db
    .prepare(
      `SELECT seq, at, actor, type, entity, "entityId", CASE WHEN ${mine} THEN payload END, "prevHash", hash FROM events WHERE ${mine} OR (${inWindow}) ORDER BY seq`,
    )
    .raw(true)
    .iterate() as IterableIterator<EventValues>;
  for (const [seq, at, actor, type, entity, entityId, payload, prevHash, hash] of events) {
    if (!v.event({ seq, at, actor, type, entity, entityId, payload, prevHash, hash })) break;
  }
  // A window that ends early: its missing events run up to the next one there is, if any.
  if (v.chainIntact && v.nextExpected <= links.to) {
    const next = db.prepare('SELECT min(seq) FROM events WHERE seq >= ?').pluck().get(v.nextExpected) as number | null;
    if (next !== null) v.gap(v.nextExpected, next);
  }
  if (!v.healthy) return v.result();
  for (const table of STATE_TABLES) {
    const columns = db.prepare('SELECT name FROM pragma_table_info(?) ORDER BY cid').pluck().all(table) as string[];
    const comparer = v.comparer(table, columns);
    if (!comparer) continue;
    const column = tableInfo(table).claimColumn;
    const where = column && of > 1 ? ` WHERE ${partitionSql(column, of)} = ${index}` : '';
    const rows = db
      .prepare(`SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM "${table}"${where}`)
      .raw(true)
      .iterate() as IterableIterator<unknown[]>;
    for (const values of rows) comparer.row(values);
    if (!v.finishTable(table, comparer)) break;
  }
  return v.result();
}
