import { type AliasableExpression, type ExpressionBuilder, type Kysely, sql, type Transaction } from 'kysely';
import type { Clock } from '../clock.js';
import { compiledAhead, compiledOnce, compiledWrite } from '../db/compiled-once.js';
import { isSqlite } from '../db/raw-sqlite.js';
import type { Database } from '../db/schema.js';
import type { StoredClaimRow } from '../read-model/snapshot.js';
import { applyEvent, eventSubject } from './apply.js';
import { canonicalJson } from './canonical-json.js';
import { ClaimImage } from './claim-image.js';
import type { EventInput, EventType, RecordedEvent } from './events.js';
import { eventHash } from './hash.js';

/**
 * Work a feature does once per ledger transaction that appended events, once the head has moved to
 * `head`, in the same transaction (checkpoints sign the new head, then webhooks queue their
 * notifications), so that the ledger knows no feature and the work commits or rolls back with the
 * events.
 */
export interface HeadHook {
  /**
   * What the hook reads on every write, as one value (a scalar subquery, such as whether it has
   * anything to do at all), asked with every other hook's in one statement sent right behind the
   * one that takes the head's lock, waiting for nothing (writeLedger); its answer reaches `run`.
   * That statement runs with the head's lock held, so on PostgreSQL (a snapshot per statement) it
   * sees everything committed before the lock was granted, which the statement that waited for the
   * lock does not.
   */
  ask?: (eb: ExpressionBuilder<Database, never>) => AliasableExpression<unknown>;
  run(
    trx: Transaction<Database>,
    events: readonly RecordedEvent[],
    head: { seq: number; hash: string },
    at: string,
    answer: unknown,
  ): Promise<void>;
}

/** What a ledger write needs: the database, the clock, and the hooks to run on every write. */
export interface LedgerContext {
  db: Kysely<Database>;
  clock: Clock;
  /** Hooks run once per transaction that appended events (HeadHook). */
  headHooks?: readonly HeadHook[];
}

export interface LedgerTx {
  trx: Transaction<Database>;
  /** The time every event of this transaction carries. */
  at: string;
  actor: string;
  append<T extends EventType>(event: EventInput<T>): Promise<RecordedEvent>;
  /**
   * A claim's row as stored (undefined when there is none), read with everything the applier of
   * an event about it needs, so that when the next append is about this claim, the service's
   * checks and that applier share one read.
   */
  readClaim(id: string): Promise<StoredClaimRow | undefined>;
}

/**
 * Takes the chain head's row lock for the rest of `trx` and reads the head, in one statement. A
 * write first: SQLite takes its write lock here (waiting on busy_timeout) instead of failing later
 * on a read-to-write upgrade; Postgres locks the head row until commit.
 */
export async function lockLedgerHead(trx: Transaction<Database>): Promise<{ seq: number; hash: string }> {
  return (await sendLockHead(trx)).head;
}

/** lockLedgerHead sent ahead (compiledAhead): the statements made meanwhile go out behind it. */
async function sendLockHead(trx: Transaction<Database>): Promise<{ head: Promise<{ seq: number; hash: string }> }> {
  const head = (await lockHead(trx, {})).answer.then(({ rows: [row] }) => {
    if (!row) throw new Error('no result: the ledger head does not exist');
    return { seq: Number(row.seq), hash: row.hash };
  });
  head.catch(() => undefined);
  return { head };
}

const NO_HOOKS: readonly HeadHook[] = [];

/**
 * PostgreSQL's plan choice for the rest of a transaction that holds the head's lock, set by the
 * statement that takes it: a ledger write's statements look rows up by key or add to them whatever
 * their values, and with the default ('auto') each connection of the pool planned each of them
 * afresh for its first five runs (per shape: a delete of three keys, of four, …) before keeping
 * the generic plan, so a write that met a connection the reads had used last paid the planning.
 */
const GENERIC_PLANS = sql<string>`set_config('plan_cache_mode', 'force_generic_plan', true)`;

const lockHead = compiledAhead((db) =>
  db
    .updateTable('ledger_head')
    .set({ seq: sql`seq` })
    .where('id', '=', 1)
    .returning(['seq', 'hash'])
    .$if(!isSqlite(db), (q) => q.returning(GENERIC_PLANS.as('plans'))),
);

/** The events row of an appended event: the same statement on every append. */
const insertEvent = compiledWrite((db, e: RecordedEvent) =>
  db.insertInto('events').values({
    seq: e.seq,
    at: e.at,
    actor: e.actor,
    type: e.type,
    entity: e.entity,
    entityId: e.entityId,
    payload: e.payload,
    prevHash: e.prevHash,
    hash: e.hash,
  }),
);

/** Moves the head past a write's events: the same statement on every write, whose answer nothing reads. */
const moveHead = compiledWrite((db, head: { seq: number; hash: string }) =>
  db.updateTable('ledger_head').set({ seq: head.seq, hash: head.hash }).where('id', '=', 1),
);

/** The statement that asks the hooks' questions (HeadHook.ask), per list of hooks (each context keeps one). */
const askings = new WeakMap<readonly HeadHook[], ReturnType<typeof asking> | null>();

/**
 * Asked of the head's row, which the statement only names: a statement with a parameter is one the
 * PostgreSQL pool prepares once per connection (db/connect.ts), and one without is planned afresh.
 */
function asking(asked: { i: number; ask: NonNullable<HeadHook['ask']> }[]) {
  return compiledAhead<object, Record<string, unknown>>((db) =>
    db
      .selectFrom('ledger_head')
      .where('id', '=', 1)
      .select((eb) => asked.map(({ i, ask }) => ask(eb as ExpressionBuilder<Database, never>).as(`answer${i}`))),
  );
}

/** Sends the hooks' questions (none when no hook asks), with their answers to await, in the hooks' order. */
async function askHooks(
  trx: Transaction<Database>,
  hooks: readonly HeadHook[],
): Promise<{ answers: Promise<unknown[]> }> {
  let ask = askings.get(hooks);
  if (ask === undefined) {
    const asked = hooks.flatMap((h, i) => (h.ask ? [{ i, ask: h.ask }] : []));
    askings.set(hooks, (ask = asked.length > 0 ? asking(asked) : null));
  }
  if (!ask) return { answers: Promise.resolve(hooks.map(() => undefined)) };
  const { answer } = await ask(trx, {});
  const answers = answer.then(({ rows }) => hooks.map((_, i) => rows[0]?.[`answer${i}`]));
  answers.catch(() => undefined);
  return { answers };
}

/**
 * The one way to change the ledger: in a single transaction, take the chain head's row lock
 * (serialising writers across processes on both engines), run `work`, which appends events
 * (each applied to the current-state tables at once), then move the head. Either all of it
 * commits or none of it does.
 *
 * The lock and the hooks' questions go out ahead (compiledAhead), and `work`'s first statements
 * behind them: PostgreSQL runs a connection's statements in order, so those run with the lock
 * held and see everything committed before it was granted, as they would after waiting for it;
 * a resolution then waits for two answers (its claim read, its commit), not four (the lock and
 * the head's move each waited). An append waits for the head, and the transaction for every
 * answer sent ahead before it commits.
 */
export async function writeLedger<T>(
  ctx: LedgerContext,
  actor: string,
  work: (tx: LedgerTx) => Promise<T>,
): Promise<T> {
  return ctx.db.transaction().execute(async (trx) => {
    const hooks = ctx.headHooks ?? NO_HOOKS;
    const { head: locked } = await sendLockHead(trx);
    const { answers } = await askHooks(trx, hooks);
    /** The chain as this write's appends leave it; null before the first append. */
    let chain = null as { seq: number; hash: string } | null;
    const at = ctx.clock.now().toISOString();
    const appended: RecordedEvent[] = [];
    // The claim last read through readClaim; only the next append may use it (any write after
    // the read could have moved what it holds, such as a maker's totals).
    let read: ClaimImage | null = null;
    const tx: LedgerTx = {
      trx,
      at,
      actor,
      append: async (input) => {
        const image = read;
        read = null;
        const { seq, hash: prevHash } = (chain ??= await locked);
        const payload = canonicalJson(input.payload);
        const next = seq + 1;
        const event: RecordedEvent = {
          seq: next,
          at,
          actor,
          type: input.type,
          ...eventSubject(input.type, input.payload),
          payload,
          prevHash,
          hash: eventHash(prevHash, next, input.type, payload),
        };
        await insertEvent(trx, event);
        await applyEvent(trx, event, image);
        chain = { seq: next, hash: event.hash };
        if (hooks.length) appended.push(event);
        return event;
      },
      readClaim: async (id) => {
        read = await ClaimImage.read(trx, id, false);
        return read.stored;
      },
    };
    let result: T;
    try {
      result = await work(tx);
    } catch (err) {
      // A failed lock or question aborted the transaction: theirs is the error to tell.
      await locked;
      await answers;
      throw err;
    }
    const head = await locked;
    const asked = await answers;
    if (chain && chain.seq !== head.seq) {
      const moved = chain;
      await moveHead(trx, moved);
      for (const [i, hook] of hooks.entries()) await hook.run(trx, appended, moved, at, asked[i]);
    }
    return result;
  });
}

/** Compiled once: every public cached read (head-reader.ts) starts with it. */
const selectHead = compiledOnce((db) => db.selectFrom('ledger_head').select(['seq', 'hash']).where('id', '=', 1));

export async function ledgerHead(db: Kysely<Database>): Promise<{ seq: number; hash: string }> {
  const head = (await selectHead(db, {})).rows[0];
  if (!head) throw new Error('the ledger_head row is missing (run the migrations)');
  return { seq: Number(head.seq), hash: head.hash };
}
