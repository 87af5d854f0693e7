import { type Insertable, sql, type Transaction } from 'kysely';
import { compiledPerShape, compiledWritePerShape } from '../db/compiled-once.js';
import type { Database } from '../db/schema.js';
import type { EventPayloads, EventType, RecordedEvent } from './events.js';
import { emptyTotals } from '../../scoring/index.js';
import { claimRowScoreState, claimScoreState, type ClaimScoreState } from '../read-model/source-stats.js';
import { maintainReadModel } from '../read-model/maintain.js';
import { ClaimImage } from './claim-image.js';

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

/** A row of any state table, as the replay engine holds it (by column name). */
export type Row = Record<string, unknown>;

/** A row the appliers wrote, read as its table's stored shape (the one cast from Row to it). */
export const stateRow = <T extends StateTable>(row: Row): StateRow<T> => row as unknown as StateRow<T>;

/** The operations on one table, typed by its row (db/schema.ts), so an applier's column typo does not compile. */
type TableOp<T extends StateTable> =
  | { op: 'insert'; table: T; row: Insertable<StateRow<T>> }
  | { op: 'update'; table: T; key: Partial<StateRow<T>>; set: Partial<StateRow<T>> }
  | { op: 'deleteWhere'; table: T; column: keyof StateRow<T> & string; value: unknown }
  | { op: 'get'; table: T; key: Partial<StateRow<T>>; columns: (keyof StateRow<T> & string)[] };

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
  | { [T in StateTable]: TableOp<T> }[StateTable]
  | { op: 'stats'; claimId: string; before: ClaimScoreState | null; after: ClaimScoreState };

export type Effect<R = void> = Generator<LedgerOp, R, Row | undefined>;

/** The named columns of the row with this key; an error naming `what` if there is none. */
function* must<T extends StateTable, C extends keyof StateRow<T> & string>(
  table: T,
  key: Partial<StateRow<T>>,
  columns: C[],
  what: string,
): Effect<Pick<StateRow<T>, C>> {
  const row = yield { op: 'get', table, key, columns } as LedgerOp;
  if (!row) throw new Error(`no result: ${what} does not exist`);
  return stateRow<T>(row);
}

/**
 * Everything the ledger knows of an event type: the one place to teach a new one.
 * - subject: what it is about, as the events table's `entity` and `entityId` columns record it
 *   (the claim history reads them): the entity, and the payload field that names it. The hash
 *   does not cover those columns, so import and verify check a stored event's against these.
 * - apply: its applier, the only code that writes the state tables. Live writes, import and
 *   verify's replay all go through it, so the tables are by construction a function of the events.
 * - reads: the keys of the rows it reads or changes that earlier events wrote, by table (claims,
 *   resolutions, sources: what STATE_TABLE_INFO loads with them comes too). The bulk import reads
 *   these a batch at a time and nothing else, so they must cover every read of `apply` (a miss
 *   fails loudly rather than guessing).
 */
interface EventRule<T extends EventType> {
  subject: readonly ['source' | 'publication' | 'claim', keyof EventPayloads[T] & string];
  apply: (payload: EventPayloads[T], event: RecordedEvent) => Effect;
  reads?: (payload: EventPayloads[T]) => Partial<Record<StateTable, unknown[]>>;
}

const EVENT_RULES: { [T in EventType]: EventRule<T> } = {
  'source.created': {
    subject: ['source', 'id'],
    apply: function* (p, e) {
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
  },
  'source.updated': {
    subject: ['source', 'id'],
    apply: function* (p, e) {
      const { id, ...changes } = p;
      yield { op: 'update', table: 'sources', key: { id }, set: { ...changes, updatedAt: e.at } };
    },
    reads: (p) => ({ sources: [p.id] }),
  },
  'source.alias_added': {
    subject: ['source', 'sourceId'],
    apply: function* (p) {
      yield { op: 'insert', table: 'source_aliases', row: { alias: p.alias, sourceId: p.sourceId } };
    },
    reads: (p) => ({ sources: [p.sourceId] }),
  },
  'publication.created': {
    subject: ['publication', 'id'],
    apply: function* (p, e) {
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
  },
  'claim.created': {
    subject: ['claim', 'id'],
    apply: function* (p, e) {
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
    reads: (p) => ({ sources: p.sources.map((s) => s.sourceId) }),
  },
  'claim.amended': {
    subject: ['claim', 'claimId'],
    apply: function* (p, e) {
      const { tags, ...changes } = p.changes;
      const before = yield* scoreStateOf(p.claimId);
      yield { op: 'update', table: 'claims', key: { id: p.claimId }, set: { ...changes, amendedAt: e.at } };
      if (tags) {
        yield { op: 'deleteWhere', table: 'claim_tags', column: 'claimId', value: p.claimId };
        for (const tag of tags) yield { op: 'insert', table: 'claim_tags', row: { claimId: p.claimId, tag } };
      }
      yield { op: 'stats', claimId: p.claimId, before, after: yield* scoreStateOf(p.claimId) };
    },
    reads: (p) => ({ claims: [p.claimId] }),
  },
  'resolution.recorded': {
    subject: ['claim', 'claimId'],
    apply: function* (p, e) {
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
    reads: (p) => ({ claims: [p.claimId], resolutions: [p.supersedes] }),
  },
  'resolution.confirmed': {
    subject: ['claim', 'claimId'],
    apply: function* (p, e) {
      const id = p.resolutionId;
      yield { op: 'update', table: 'resolutions', key: { id }, set: { confirmedBy: p.confirmedBy, confirmedAt: e.at } };
      const r = yield* must('resolutions', { id }, ['supersedes', 'outcome', 'credit'], `resolution ${id}`);
      yield* makeCurrent(id, p.claimId, r.supersedes, e.at, r);
    },
    reads: (p) => ({ claims: [p.claimId], resolutions: [p.resolutionId] }),
  },
  'resolution.withdrawn': {
    subject: ['claim', 'claimId'],
    apply: function* (p, e) {
      yield {
        op: 'update',
        table: 'resolutions',
        key: { id: p.resolutionId },
        set: { withdrawnAt: e.at, withdrawnBy: p.reviewer, withdrawReason: p.reason },
      };
      const c = yield* must('claims', { id: p.claimId }, ['resolutionId'], `claim ${p.claimId}`);
      // A withdrawn resolution that never counted (awaiting confirmation) leaves the claim as it is.
      if (c.resolutionId !== p.resolutionId) return;
      const claim = yield* scoreColumnsOf(p.claimId);
      let set: Partial<StateRow<'claims'>> = { resolutionId: null, outcome: null, credit: null, resolvedAt: null };
      if (p.restores) {
        yield { op: 'update', table: 'resolutions', key: { id: p.restores }, set: { supersededBy: null } };
        const r = yield* must(
          'resolutions',
          { id: p.restores },
          ['outcome', 'credit', 'createdAt', 'confirmedAt'],
          `resolution ${p.restores}`,
        );
        set = {
          resolutionId: p.restores,
          outcome: r.outcome,
          credit: currentCredit(r.outcome, r.credit),
          resolvedAt: r.confirmedAt ?? r.createdAt,
        };
      }
      yield { op: 'update', table: 'claims', key: { id: p.claimId }, set };
      yield {
        op: 'stats',
        claimId: p.claimId,
        before: claimRowScoreState(claim),
        after: claimRowScoreState({ ...claim, ...set }),
      };
    },
    reads: (p) => ({ claims: [p.claimId], resolutions: [p.resolutionId, p.restores] }),
  },
};

/** The credit a claim records for an outcome: 1 / 0 / the partial credit / none for void. */
function currentCredit(outcome: string, credit: number | null): number | null {
  return outcome === 'true' ? 1 : outcome === 'false' ? 0 : outcome === 'partial' ? credit : null;
}

/**
 * The resolution starts to count: it supersedes the one it names and becomes the claim's outcome.
 * Its outcome and credit, when the caller has them (`recorded`: the payload that records it, or
 * the row a confirmation read), are not read again.
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
    recorded ?? (yield* must('resolutions', { id: resolutionId }, ['outcome', 'credit'], `resolution ${resolutionId}`));
  const claim = yield* scoreColumnsOf(claimId);
  const set = { resolutionId, outcome: r.outcome, credit: currentCredit(r.outcome, r.credit), resolvedAt: at };
  yield { op: 'update', table: 'claims', key: { id: claimId }, set };
  yield { op: 'stats', claimId, before: claimRowScoreState(claim), after: claimRowScoreState({ ...claim, ...set }) };
}

function* scoreStateOf(claimId: string): Effect<ClaimScoreState> {
  return claimRowScoreState(yield* scoreColumnsOf(claimId));
}

/** The columns a claim's scoring state is made of; with an update's `set` spread over them, its state after that update. */
function* scoreColumnsOf(claimId: string) {
  const columns: ('kind' | 'probability' | 'outcome' | 'credit' | 'resolvedAt')[] = [
    'kind',
    'probability',
    'outcome',
    'credit',
    'resolvedAt',
  ];
  return yield* must('claims', { id: claimId }, columns, `claim ${claimId}`);
}

/** The rule of a stored event's type, or undefined for a type the ledger does not know. */
function ruleOf(type: string): EventRule<EventType> | undefined {
  return Object.hasOwn(EVENT_RULES, type) ? (EVENT_RULES[type as EventType] as EventRule<EventType>) : undefined;
}

/** What an event is about, as the events table's `entity` and `entityId` columns record it (EventRule.subject). */
export function eventSubject(type: string, payload: unknown): { entity: string; entityId: string } {
  const rule = ruleOf(type);
  if (!rule) throw new Error(`unknown event type ${type}`);
  const [entity, field]: readonly [string, string] = rule.subject;
  // The payload of a stored event is not trusted to have its type's shape.
  const entityId: unknown = (payload as Partial<Record<string, unknown>> | null)?.[field];
  if (typeof entityId !== 'string') throw new Error(`${type} has no ${field} to name its subject`);
  return { entity, entityId };
}

/** Why a stored event's entity columns (outside the hash) disagree with its payload, or null; throws when it names no subject. */
export function subjectProblem(e: RecordedEvent, payload: unknown): string | null {
  const { entity, entityId } = eventSubject(e.type, payload);
  if (entity === e.entity && entityId === e.entityId) return null;
  return `event ${e.seq} (${e.type}): its entity columns say ${e.entity} ${e.entityId} but its payload is about ${entity} ${entityId} — the event row was edited`;
}

/** The effect of one recorded event whose payload is already parsed. */
export function eventEffect(event: RecordedEvent, payload: unknown): Effect {
  const rule = ruleOf(event.type);
  if (!rule) throw new Error(`event ${event.seq}: unknown type ${event.type}`);
  return rule.apply(payload as EventPayloads[EventType], event);
}

/** The keys an event's applier reads that earlier events wrote (EventRule.reads), or null when it reads none. */
export function prefetchHint(type: string, payload: unknown): Partial<Record<StateTable, string[]>> | null {
  const reads = ruleOf(type)?.reads;
  if (!reads) return null;
  let keys: Partial<Record<StateTable, unknown[]>>;
  try {
    keys = reads(payload as EventPayloads[EventType]);
  } catch {
    // Only a hint: a malformed payload yields none here and fails in its applier, naming the event.
    return null;
  }
  const out: Partial<Record<StateTable, string[]>> = {};
  for (const table of STATE_TABLES) {
    const values = keys[table];
    if (values) out[table] = values.filter((v): v is string => typeof v === 'string');
  }
  return out;
}

/** The columns of a row or a key that carry a value (a builder leaves an undefined one out, as these do). */
const valued = (o: object) => Object.keys(o).filter((c) => o[c as keyof typeof o] !== undefined);

/**
 * The appliers' statements, each compiled once per table and columns: a write runs the same few
 * shapes every time. Values are named by column (`k:` for the key's columns of an update).
 */
type Shape = { table: StateTable; columns: string[]; key?: string[] };
const shapeKey = (s: Shape) => `${s.table}:${s.columns.join()}:${s.key?.join() ?? ''}`;
const insertRow = compiledWritePerShape(shapeKey, (db, v: Row, s: Shape) =>
  db.insertInto(s.table).values(Object.fromEntries(s.columns.map((c) => [c, v[c]]))),
);
const updateRow = compiledWritePerShape(shapeKey, (db, v: Row, s: Shape) =>
  s.key!.reduce(
    (q, k) => q.where(sql.ref(k), '=', v[`k:${k}`]),
    db.updateTable(s.table).set(Object.fromEntries(s.columns.map((c) => [c, v[c]]))),
  ),
);
const deleteRows = compiledWritePerShape(shapeKey, (db, v: Row, s: Shape) =>
  db.deleteFrom(s.table).where(sql.ref(s.columns[0]!), '=', v.value),
);
const selectRow = compiledPerShape(shapeKey, (db, v: Row, s: Shape) =>
  s.key!.reduce(
    (q, k) => q.where(sql.ref(k), '=', v[`k:${k}`]),
    db.selectFrom(s.table).select(s.columns.map((c) => sql.ref(c).as(c))),
  ),
);
const keyValues = (key: object, into: Row) => {
  for (const k of Object.keys(key)) into[`k:${k}`] = key[k as keyof typeof key];
  return into;
};

/**
 * Runs an effect against a Kysely transaction, one query per write (the live path); reads of the
 * claim the event is about, and its makers' totals, come from its image.
 */
async function runWithKysely(trx: Trx, effect: Effect, claim: ClaimImage | null): Promise<void> {
  let step = effect.next();
  while (!step.done) {
    const op = step.value;
    let result: Row | undefined;
    if (claim && op.op !== 'get' && op.op !== 'stats') claim.follow(op);
    switch (op.op) {
      case 'insert':
        await insertRow(trx, { table: op.table, columns: valued(op.row) }, op.row);
        break;
      case 'update': {
        const columns = valued(op.set);
        if (columns.length === 0) break;
        const shape = { table: op.table, columns, key: Object.keys(op.key) };
        await updateRow(trx, shape, keyValues(op.key, { ...op.set }));
        break;
      }
      case 'deleteWhere':
        await deleteRows(trx, { table: op.table, columns: [op.column] }, { value: op.value });
        break;
      case 'get': {
        const held = claim?.get(op);
        if (held) {
          result = held.found;
          break;
        }
        const shape = { table: op.table, columns: op.columns, key: Object.keys(op.key) };
        result = (await selectRow(trx, shape, keyValues(op.key, {}))).rows[0];
        break;
      }
      case 'stats':
        if (!claim || claim.id !== op.claimId) throw new Error(`stats of claim ${op.claimId} outside its own event`);
        await claim.moveStats(trx, op.before, op.after);
        break;
    }
    step = effect.next(result);
  }
}

/**
 * Applies one recorded event to the current-state tables, and moves the claim it is about in the
 * read model (read-model/maintain.ts; bulk replays rebuild that model once instead). `read`: that
 * claim's image as read since the last write of this transaction (LedgerTx.readClaim), used
 * instead of reading it again.
 */
export async function applyEvent(trx: Trx, event: RecordedEvent, read?: ClaimImage | null): Promise<void> {
  const payload: unknown = JSON.parse(event.payload);
  const subject = eventSubject(event.type, payload);
  if (subject.entity !== 'claim') return runWithKysely(trx, eventEffect(event, payload), null);
  const creates = event.type === 'claim.created';
  const claim =
    read && read.id === subject.entityId && !creates ? read : await ClaimImage.read(trx, subject.entityId, creates);
  const before = claim.snapshot();
  await runWithKysely(trx, eventEffect(event, payload), claim);
  await maintainReadModel(trx, before, claim.snapshot(), claim.periodsRolledTo);
}
