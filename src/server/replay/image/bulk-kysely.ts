import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import {
  eventEffect,
  type LedgerOp,
  prefetchHint,
  type Row,
  STATE_TABLE_KEYS,
  STATE_TABLES,
  type StateTable,
} from '../../ledger/apply.js';
import { ApplyError, type CheckedEvent, describeError, EVENT_COLUMNS } from '../batch.js';
import type { RecordedEvent } from '../../ledger/events.js';
import { type Entry, isCompositeKey, StateImage } from './state-image.js';

const MAX_PARAMS = 30_000;
const IN_CHUNK = 5000;

/**
 * The bulk writer of the import on any Kysely database (PostgreSQL; SQLite reached only through
 * Kysely). A batch is one transaction: its likely reads prefetched in a few queries, every event
 * applied to a StateImage (anything else an operation needs is loaded first), then the events
 * and the changed rows written with multi-row statements, parents before children, and the head.
 */
export class KyselyBulkWriter {
  constructor(private readonly db: Kysely<Database>) {}

  async applyBatch(items: CheckedEvent[]): Promise<void> {
    if (items.length === 0) return;
    await this.db.transaction().execute(async (trx) => {
      const loader = await applied(trx, items);
      loader.image.syncTotals();
      const first = items[0]!.event;
      const last = items[items.length - 1]!.event;
      try {
        const rows = items.map((i) => pickEventColumns(i.event));
        const per = Math.floor(MAX_PARAMS / EVENT_COLUMNS.length);
        for (let i = 0; i < rows.length; i += per)
          await trx
            .insertInto('events')
            .values(rows.slice(i, i + per))
            .execute();
        await writeChanges(trx, loader.image.pending());
        await trx.updateTable('ledger_head').set({ seq: last.seq, hash: last.hash }).where('id', '=', 1).execute();
      } catch (err) {
        throw new ApplyError(
          first.seq,
          first.type,
          describeError(err),
          `events ${first.seq}–${last.seq} cannot be written: ${describeError(err)}`,
        );
      }
    });
  }

  /** Applies `items` as applyBatch would but writes nothing: the first event that cannot be applied, or null. */
  async probeBatch(items: CheckedEvent[]): Promise<ApplyError | null> {
    if (items.length === 0) return null;
    return this.db.transaction().execute(async (trx) => {
      try {
        await applied(trx, items);
        return null;
      } catch (err) {
        if (err instanceof ApplyError) return err;
        throw err;
      }
    });
  }
}

/** A batch's events applied to an image loaded from `trx`; throws ApplyError naming the first that cannot be. */
async function applied(trx: Transaction<Database>, items: CheckedEvent[]): Promise<Loader> {
  const loader = new Loader(trx);
  await loader.prefetch(items);
  for (const { event, payload } of items) {
    loader.image.seq = event.seq;
    try {
      const effect = eventEffect(event, payload);
      let step = effect.next();
      while (!step.done) {
        await loader.ensure(step.value);
        step = effect.next(loader.image.apply(step.value));
      }
    } catch (err) {
      throw new ApplyError(event.seq, event.type, describeError(err));
    }
  }
  return loader;
}

function pickEventColumns(e: RecordedEvent): RecordedEvent {
  return {
    seq: e.seq,
    at: e.at,
    actor: e.actor,
    type: e.type,
    entity: e.entity,
    entityId: e.entityId,
    payload: e.payload,
    prevHash: e.prevHash,
    hash: e.hash,
  };
}

/** Loads into a `preloaded` image what each operation needs, from the batch's transaction. */
class Loader {
  readonly image = new StateImage('preloaded');
  constructor(private readonly trx: Transaction<Database>) {}

  async prefetch(items: CheckedEvent[]): Promise<void> {
    const claims = new Set<string>();
    const resolutions = new Set<string>();
    const sources = new Set<string>();
    for (const { event, payload } of items) {
      let hint: ReturnType<typeof prefetchHint>;
      try {
        hint = prefetchHint(event.type, payload);
      } catch {
        continue; // only a hint: a malformed payload fails in its applier, naming the event
      }
      if (!hint) continue;
      hint.claims.forEach((c) => claims.add(c));
      hint.resolutions.forEach((r) => resolutions.add(r));
      hint.sources.forEach((s) => sources.add(s));
    }
    if (claims.size > 0) {
      const ids = [...claims];
      await this.loadKeys('claims', 'id', ids);
      const cs = await this.selectIn('claim_sources', 'claimId', ids);
      this.image.absorb('claim_sources', cs);
      for (const id of ids) this.image.markGroupLoaded('claim_sources', id);
      for (const r of cs) if (r.role === 'made') sources.add(r.sourceId as string);
    }
    if (resolutions.size > 0) await this.loadKeys('resolutions', 'id', [...resolutions]);
    if (sources.size > 0) await this.loadKeys('source_stats', 'sourceId', [...sources]);
  }

  async ensure(op: LedgerOp): Promise<void> {
    switch (op.op) {
      case 'insert':
        return;
      case 'update':
      case 'get':
        return this.ensureRow(op.table, op.key);
      case 'deleteWhere':
        return this.ensureGroup(op.table, op.value);
      case 'stats':
        await this.ensureGroup('claim_sources', op.claimId);
        for (const cs of this.image.group('claim_sources', op.claimId))
          if (cs.row.role === 'made') await this.ensureRow('source_stats', { sourceId: cs.row.sourceId });
    }
  }

  private async ensureRow(table: StateTable, key: Row): Promise<void> {
    if (isCompositeKey(table)) return this.ensureGroup(table, key[STATE_TABLE_KEYS[table][0]!]);
    if (this.image.peek(table, String(key[STATE_TABLE_KEYS[table][0]!])) !== undefined) return;
    let query = this.trx.selectFrom(table).selectAll();
    for (const c of STATE_TABLE_KEYS[table]) query = query.where(c as never, '=', key[c] as never);
    const row = (await query.executeTakeFirst()) as Row | undefined;
    if (row) this.image.absorb(table, [row]);
    else this.image.markAbsent(table, key);
  }

  private async ensureGroup(table: StateTable, value: unknown): Promise<void> {
    const column = STATE_TABLE_KEYS[table][0]!;
    if (!isCompositeKey(table)) return this.ensureRow(table, { [column]: value });
    if (this.image.isGroupLoaded(table, value)) return;
    this.image.absorb(
      table,
      await this.trx
        .selectFrom(table)
        .selectAll()
        .where(column as never, '=', value as never)
        .execute(),
    );
    this.image.markGroupLoaded(table, value);
  }

  private async loadKeys(table: StateTable, column: string, values: string[]): Promise<void> {
    this.image.absorb(table, await this.selectIn(table, column, values));
    for (const v of values) this.image.markAbsent(table, { [column]: v });
  }

  private async selectIn(table: StateTable, column: string, values: unknown[]): Promise<Row[]> {
    const out: Row[] = [];
    for (let i = 0; i < values.length; i += IN_CHUNK) {
      const chunk = values.slice(i, i + IN_CHUNK);
      out.push(
        ...((await this.trx
          .selectFrom(table)
          .selectAll()
          .where(column as never, 'in', chunk as never)
          .execute()) as Row[]),
      );
    }
    return out;
  }
}

/** Deletes, then inserts of new rows and upserts of changed ones, parents before children. */
async function writeChanges(trx: Transaction<Database>, pending: readonly Entry[]): Promise<void> {
  const byTable = new Map<StateTable, Entry[]>(STATE_TABLES.map((t) => [t, []]));
  for (const e of pending) byTable.get(e.table)!.push(e);
  for (const table of STATE_TABLES) {
    for (const e of byTable.get(table)!) {
      if (e.state !== 'deleted') continue;
      let query = trx.deleteFrom(table);
      for (const c of STATE_TABLE_KEYS[table]) query = query.where(c as never, '=', e.row[c] as never);
      await query.execute();
    }
  }
  for (const table of STATE_TABLES) {
    const entries = byTable.get(table)!;
    await insertRows(
      trx,
      table,
      entries.filter((e) => e.state === 'new').map((e) => e.row),
      null,
    );
    await insertRows(
      trx,
      table,
      entries.filter((e) => e.state === 'dirty').map((e) => e.row),
      STATE_TABLE_KEYS[table],
    );
  }
}

/** Multi-row INSERT (a plain one for new rows, an upsert on the key for changed ones). */
async function insertRows(
  trx: Transaction<Database>,
  table: StateTable,
  rows: Row[],
  upsertOn: string[] | null,
): Promise<void> {
  if (rows.length === 0) return;
  // Group by column set so every statement has one shape.
  const shapes = new Map<string, Row[]>();
  for (const r of rows) {
    const shape = Object.keys(r).join(',');
    const list = shapes.get(shape);
    if (list) list.push(r);
    else shapes.set(shape, [r]);
  }
  for (const [shape, list] of shapes) {
    const cols = shape.split(',');
    const per = Math.max(1, Math.floor(MAX_PARAMS / cols.length));
    for (let i = 0; i < list.length; i += per) {
      const chunk = list.slice(i, i + per);
      let query = trx.insertInto(table).values(chunk);
      if (upsertOn) {
        const rest = cols.filter((c) => !upsertOn.includes(c));
        query = query.onConflict((oc) => {
          const target = oc.columns(upsertOn as never);
          return rest.length === 0
            ? target.doNothing()
            : target.doUpdateSet(Object.fromEntries(rest.map((c) => [c, sql.ref(`excluded.${c}`)])));
        });
      }
      await query.execute();
    }
  }
}
