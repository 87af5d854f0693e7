import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import type { EventPayloads, EventType, RecordedEvent } from './events.js';
import { emptyTotals } from '../../scoring/index.js';
import {
  claimRowScoreState,
  claimScoreState,
  updateSourceStats,
  type ClaimScoreState,
} from '../read-model/source-stats.js';
import { maintainReadModel } from '../read-model/maintain.js';
import { readClaimSnapshot } from '../read-model/snapshot.js';

type Trx = Transaction<Database>;

/** The current-state tables: written only by the appliers below, fully determined by the events. */
export type StateTable =
  | 'sources'
  | 'source_aliases'
  | 'publications'
  | 'claims'
  | 'claim_sources'
  | 'claim_tags'
  | 'resolutions'
  | 'source_stats';

/** A stored row of a state table (db/schema.ts holds every table's shape). */
export type StateRow<T extends StateTable = StateTable> = Database[T];

/**
 * What the ledger, the import and verify need to know of a state table (its columns: `C`):
 * the one place to teach a new one.
 */
export interface TableInfo<C extends string = string> {
  /** The primary key's columns (one, or two: a parent's key and the child's). */
  key: readonly C[];
  /** Its foreign keys among the state tables, as the migrations declare them: a replay outside the database refuses what the database would. */
  references: { readonly [K in C]?: StateTable };
  /** When an import reads rows back: the table whose keys (prefetchHint) select its rows by its first key column. */
  loadWith?: StateTable;
  /** Rows of a later table (or of this one) an import reads with each of its rows, by `column`. */
  loads?: { table: StateTable; column: C; when?(row: Record<C, unknown>): boolean };
  /** The column naming the claim a row belongs to: verify splits these tables by claim. */
  claimColumn?: C;
  /** Columns a replay that skips the `stats` operations leaves as inserted (verify recomputes them instead). */
  totals?: readonly C[];
}

/** Every state table, parents before children. */
export const STATE_TABLE_INFO: { readonly [T in StateTable]: TableInfo<keyof StateRow<T> & string> } = {
  sources: { key: ['id'], references: {}, loadWith: 'sources' },
  source_aliases: { key: ['alias'], references: { sourceId: 'sources' } },
  publications: { key: ['id'], references: {} },
  claims: { key: ['id'], references: { publicationId: 'publications' }, loadWith: 'claims', claimColumn: 'id' },
  claim_sources: {
    key: ['claimId', 'sourceId'],
    references: { claimId: 'claims', sourceId: 'sources' },
    loadWith: 'claims',
    loads: { table: 'source_stats', column: 'sourceId', when: (row) => row.role === 'made' },
    claimColumn: 'claimId',
  },
  claim_tags: {
    key: ['claimId', 'tag'],
    references: { claimId: 'claims' },
    loadWith: 'claims',
    claimColumn: 'claimId',
  },
  resolutions: {
    key: ['id'],
    references: { claimId: 'claims' },
    loadWith: 'resolutions',
    // A confirmation makes its resolution supersede the one it names, which its payload does not.
    loads: { table: 'resolutions', column: 'supersedes' },
    claimColumn: 'claimId',
  },
  source_stats: {
    key: ['sourceId'],
    references: { sourceId: 'sources' },
    loadWith: 'sources',
    totals: ['totals', 'nOpen', 'nResolved'],
  },
};
export const STATE_TABLES = Object.keys(STATE_TABLE_INFO) as StateTable[];
/** A state table's descriptor, for code that handles every table alike. */
export const tableInfo = (table: StateTable): TableInfo => STATE_TABLE_INFO[table];

export type Row = Record<string, unknown>;

/** A row the appliers wrote, read as its table's stored shape (the one cast from Row to it). */
export const stateRow = <T extends StateTable>(row: Row): StateRow<T> => row as unknown as StateRow<T>;

/**
 * What an event does to the state tables, as data. An applier is a generator that yields these
 * operations in order; a driver executes them (and answers `get` with the row, or undefined):
 * the per-event Kysely driver below (live writes), and the replay engine's StateImage (import
 * and verify's replay). The semantics of every event type are written once, here.
 *
 * - insert: one row.
 * - update: the row with this primary key (`key` holds every key column); none → no-op.
 * - deleteWhere: every row whose `column` equals `value` (`column` is the first key column).
 * - get: the named columns of the row with this primary key.
 * - stats: a claim's scoring state went from `before` to `after`: adjust the totals of every
 *   source that `made` it (see source-stats.ts adjustStats).
 */
export type LedgerOp =
  | { op: 'insert'; table: StateTable; row: Row }
  | { op: 'update'; table: StateTable; key: Row; set: Row }
  | { op: 'deleteWhere'; table: StateTable; column: string; value: unknown }
  | { op: 'get'; table: StateTable; key: Row; columns: string[] }
  | { op: 'stats'; claimId: string; before: ClaimScoreState | null; after: ClaimScoreState };

export type Effect = Generator<LedgerOp, void, Row | undefined>;

type Applier<T extends EventType> = (payload: EventPayloads[T], event: RecordedEvent) => Effect;

/** The row a `get` must find (the per-event path used executeTakeFirstOrThrow). */
function must(row: Row | undefined, what: string): Row {
  if (!row) throw new Error(`no result: ${what} does not exist`);
  return row;
}

/**
 * The only code that writes current-state tables. Live writes, import and `verify`'s replay all
 * go through it, so the tables are by construction a function of the events.
 */
const appliers: { [T in EventType]: Applier<T> } = {
  'source.created': function* (p, e) {
    yield {
      op: 'insert',
      table: 'sources',
      row: {
        id: p.id,
        handle: p.handle,
        displayName: p.displayName,
        kind: p.kind,
        url: p.url,
        createdAt: e.at,
        updatedAt: e.at,
      },
    };
    for (const alias of p.aliases) yield { op: 'insert', table: 'source_aliases', row: { alias, sourceId: p.id } };
    yield {
      op: 'insert',
      table: 'source_stats',
      row: { sourceId: p.id, totals: JSON.stringify(emptyTotals()), nOpen: 0, nResolved: 0 },
    };
  },
  'source.updated': function* (p, e) {
    const { id, ...changes } = p;
    yield { op: 'update', table: 'sources', key: { id }, set: { ...changes, updatedAt: e.at } };
  },
  'source.alias_added': function* (p) {
    yield { op: 'insert', table: 'source_aliases', row: { alias: p.alias, sourceId: p.sourceId } };
  },
  'publication.created': function* (p, e) {
    yield {
      op: 'insert',
      table: 'publications',
      row: {
        id: p.id,
        title: p.title,
        publishedOn: p.publishedOn,
        url: p.url,
        text: p.text,
        sha256: p.sha256,
        createdAt: e.at,
        createdBy: e.actor,
      },
    };
  },
  'claim.created': function* (p, e) {
    yield {
      op: 'insert',
      table: 'claims',
      row: {
        id: p.id,
        publicationId: p.publicationId,
        kind: p.kind,
        statement: p.statement,
        publishedStatement: p.statement,
        quote: p.quote,
        condition: p.condition,
        criteria: p.criteria,
        timePhrase: p.timePhrase,
        windowStart: p.windowStart,
        windowEnd: p.windowEnd,
        windowStated: p.windowStated ? 1 : 0,
        probability: p.probability,
        spanStart: p.spanStart,
        spanEnd: p.spanEnd,
        createdAt: e.at,
        createdBy: e.actor,
        amendedAt: null,
        resolutionId: null,
        outcome: null,
        credit: null,
        resolvedAt: null,
      },
    };
    for (const s of p.sources)
      yield { op: 'insert', table: 'claim_sources', row: { claimId: p.id, sourceId: s.sourceId, role: s.role } };
    for (const tag of p.tags) yield { op: 'insert', table: 'claim_tags', row: { claimId: p.id, tag } };
    yield { op: 'stats', claimId: p.id, before: null, after: claimScoreState(p, null) };
  },
  'claim.amended': function* (p, e) {
    const { tags, ...changes } = p.changes;
    const before = yield* scoreStateOf(p.claimId);
    yield { op: 'update', table: 'claims', key: { id: p.claimId }, set: { ...changes, amendedAt: e.at } };
    if (tags) {
      yield { op: 'deleteWhere', table: 'claim_tags', column: 'claimId', value: p.claimId };
      for (const tag of tags) yield { op: 'insert', table: 'claim_tags', row: { claimId: p.claimId, tag } };
    }
    yield { op: 'stats', claimId: p.claimId, before, after: yield* scoreStateOf(p.claimId) };
  },
  'resolution.recorded': function* (p, e) {
    yield {
      op: 'insert',
      table: 'resolutions',
      row: {
        id: p.id,
        claimId: p.claimId,
        outcome: p.outcome,
        credit: p.credit,
        voidReason: p.voidReason,
        evidence: JSON.stringify(p.evidence),
        note: p.note,
        early: p.early ? 1 : 0,
        reviewer: p.reviewer,
        createdAt: e.at,
        supersedes: p.supersedes,
        supersededBy: null,
        reason: p.reason,
        confirmedBy: null,
        confirmedAt: null,
        // withdrawnAt/By/Reason start null by default: left out so replays into a database
        // migrated below 0040 (the migration tests) still fit its columns.
      },
    };
    if (!p.needsConfirmation)
      yield* makeCurrent(p.id, p.claimId, p.supersedes, e.at, { outcome: p.outcome, credit: p.credit });
  },
  'resolution.confirmed': function* (p, e) {
    yield {
      op: 'update',
      table: 'resolutions',
      key: { id: p.resolutionId },
      set: { confirmedBy: p.confirmedBy, confirmedAt: e.at },
    };
    const r = must(
      yield { op: 'get', table: 'resolutions', key: { id: p.resolutionId }, columns: ['supersedes'] },
      `resolution ${p.resolutionId}`,
    );
    yield* makeCurrent(p.resolutionId, p.claimId, r.supersedes as string | null, e.at);
  },
  'resolution.withdrawn': function* (p, e) {
    yield {
      op: 'update',
      table: 'resolutions',
      key: { id: p.resolutionId },
      set: { withdrawnAt: e.at, withdrawnBy: p.reviewer, withdrawReason: p.reason },
    };
    const c = must(
      yield { op: 'get', table: 'claims', key: { id: p.claimId }, columns: ['resolutionId'] },
      `claim ${p.claimId}`,
    );
    // A withdrawn resolution that never counted (awaiting confirmation) leaves the claim as it is.
    if (c.resolutionId !== p.resolutionId) return;
    const claim = yield* scoreColumnsOf(p.claimId);
    let set: Row = { resolutionId: null, outcome: null, credit: null, resolvedAt: null };
    if (p.restores) {
      yield { op: 'update', table: 'resolutions', key: { id: p.restores }, set: { supersededBy: null } };
      const r = must(
        yield {
          op: 'get',
          table: 'resolutions',
          key: { id: p.restores },
          columns: ['outcome', 'credit', 'createdAt', 'confirmedAt'],
        },
        `resolution ${p.restores}`,
      );
      set = {
        resolutionId: p.restores,
        outcome: r.outcome,
        credit: currentCredit(r.outcome as string, r.credit as number | null),
        resolvedAt: r.confirmedAt ?? r.createdAt,
      };
    }
    yield { op: 'update', table: 'claims', key: { id: p.claimId }, set };
    yield { op: 'stats', claimId: p.claimId, before: scoreState(claim), after: scoreState({ ...claim, ...set }) };
  },
};

/** The credit a claim records for an outcome: 1 / 0 / the partial credit / none for void. */
function currentCredit(outcome: string, credit: number | null): number | null {
  return outcome === 'true' ? 1 : outcome === 'false' ? 0 : outcome === 'partial' ? credit : null;
}

/**
 * The resolution starts to count: it supersedes the one it names and becomes the claim's outcome.
 * A resolution recorded by this very event is known from its payload (`recorded`), not read back.
 */
function* makeCurrent(
  resolutionId: string,
  claimId: string,
  supersedes: string | null,
  at: string,
  recorded?: { outcome: string; credit: number | null },
): Effect {
  if (supersedes)
    yield { op: 'update', table: 'resolutions', key: { id: supersedes }, set: { supersededBy: resolutionId } };
  const r =
    recorded ??
    must(
      yield { op: 'get', table: 'resolutions', key: { id: resolutionId }, columns: ['outcome', 'credit'] },
      `resolution ${resolutionId}`,
    );
  const claim = yield* scoreColumnsOf(claimId);
  const set = {
    resolutionId,
    outcome: r.outcome,
    credit: currentCredit(r.outcome as string, r.credit as number | null),
    resolvedAt: at,
  };
  yield { op: 'update', table: 'claims', key: { id: claimId }, set };
  yield { op: 'stats', claimId, before: scoreState(claim), after: scoreState({ ...claim, ...set }) };
}

const SCORE_COLUMNS = ['kind', 'probability', 'outcome', 'credit', 'resolvedAt'];

function* scoreStateOf(claimId: string): Generator<LedgerOp, ClaimScoreState, Row | undefined> {
  return scoreState(yield* scoreColumnsOf(claimId));
}

/** The columns a claim's scoring state is made of; with an update's `set` spread over them, its state after that update. */
function* scoreColumnsOf(claimId: string): Generator<LedgerOp, Row, Row | undefined> {
  return must(yield { op: 'get', table: 'claims', key: { id: claimId }, columns: SCORE_COLUMNS }, `claim ${claimId}`);
}

const scoreState = (columns: Row): ClaimScoreState => claimRowScoreState(stateRow<'claims'>(columns));

/**
 * What an event is about, as the events table's `entity` and `entityId` columns record it (the
 * claim history reads them). The hash does not cover those columns, so they are derived from the
 * payload here, once, and import and verify check that a stored event's columns agree.
 */
export function eventSubject(type: string, payload: unknown): { entity: string; entityId: string } {
  const p = payload as Record<string, unknown>;
  switch (type as EventType) {
    case 'source.created':
    case 'source.updated':
      return { entity: 'source', entityId: subjectId(type, p, 'id') };
    case 'source.alias_added':
      return { entity: 'source', entityId: subjectId(type, p, 'sourceId') };
    case 'publication.created':
      return { entity: 'publication', entityId: subjectId(type, p, 'id') };
    case 'claim.created':
      return { entity: 'claim', entityId: subjectId(type, p, 'id') };
    case 'claim.amended':
    case 'resolution.recorded':
    case 'resolution.confirmed':
    case 'resolution.withdrawn':
      return { entity: 'claim', entityId: subjectId(type, p, 'claimId') };
  }
  throw new Error(`unknown event type ${type}`);
}

function subjectId(type: string, p: Record<string, unknown>, field: string): string {
  const v = p[field];
  if (typeof v !== 'string') throw new Error(`${type} has no ${field} to name its subject`);
  return v;
}

/** The effect of one recorded event whose payload is already parsed. */
export function eventEffect(event: RecordedEvent, payload: unknown): Effect {
  const applier = appliers[event.type as EventType] as Applier<EventType> | undefined;
  if (!applier) throw new Error(`event ${event.seq}: unknown type ${event.type}`);
  return applier(payload as EventPayloads[EventType], event);
}

/**
 * The keys of the rows an event reads or changes that earlier events wrote, by table (claims,
 * resolutions, sources: what STATE_TABLE_INFO loads with them comes too). The bulk import reads
 * these a batch at a time and nothing else, so the hint must cover every read its applier makes
 * (a miss fails loudly rather than guessing).
 */
export function prefetchHint(type: string, payload: unknown): Partial<Record<StateTable, string[]>> | null {
  // Only a hint: a malformed payload yields none here and fails in its applier, naming the event.
  const p = (payload ?? {}) as Record<string, unknown>;
  const ids = (...values: unknown[]) => values.filter((v): v is string => typeof v === 'string');
  switch (type) {
    case 'source.updated':
      return { sources: ids(p.id) };
    case 'source.alias_added':
      return { sources: ids(p.sourceId) };
    case 'claim.created':
      return {
        sources: Array.isArray(p.sources) ? ids(...p.sources.map((s: { sourceId?: unknown }) => s?.sourceId)) : [],
      };
    case 'claim.amended':
      return { claims: ids(p.claimId) };
    case 'resolution.recorded':
      return { claims: ids(p.claimId), resolutions: ids(p.supersedes) };
    case 'resolution.confirmed':
      return { claims: ids(p.claimId), resolutions: ids(p.resolutionId) };
    case 'resolution.withdrawn':
      return { claims: ids(p.claimId), resolutions: ids(p.resolutionId, p.restores) };
    default:
      return null;
  }
}

/** Runs an effect against a Kysely transaction, one query per operation (the live path). */
async function runWithKysely(trx: Trx, effect: Effect): Promise<void> {
  let step = effect.next();
  while (!step.done) {
    const op = step.value;
    let result: Row | undefined;
    switch (op.op) {
      case 'insert':
        await trx.insertInto(op.table).values(op.row).execute();
        break;
      case 'update': {
        if (Object.keys(op.set).length === 0) break;
        let q = trx.updateTable(op.table).set(op.set as never);
        for (const [k, v] of Object.entries(op.key)) q = q.where(k as never, '=', v as never);
        await q.execute();
        break;
      }
      case 'deleteWhere':
        await trx
          .deleteFrom(op.table)
          .where(op.column as never, '=', op.value as never)
          .execute();
        break;
      case 'get': {
        let q = trx.selectFrom(op.table).select(op.columns as never[]);
        for (const [k, v] of Object.entries(op.key)) q = q.where(k as never, '=', v as never);
        result = await q.executeTakeFirst();
        break;
      }
      case 'stats':
        await updateSourceStats(trx, op.claimId, op.before, op.after);
        break;
    }
    step = effect.next(result);
  }
}

/**
 * Applies one recorded event to the current-state tables, and moves the claim it is about in the
 * read model (read-model/maintain.ts; bulk replays rebuild that model once instead).
 */
export async function applyEvent(trx: Trx, event: RecordedEvent): Promise<void> {
  const payload: unknown = JSON.parse(event.payload);
  const subject = eventSubject(event.type, payload);
  const claimId = subject.entity === 'claim' ? subject.entityId : null;
  const before = claimId && event.type !== 'claim.created' ? await readClaimSnapshot(trx, claimId) : null;
  await runWithKysely(trx, eventEffect(event, payload));
  if (claimId) await maintainReadModel(trx, before, await readClaimSnapshot(trx, claimId));
}
