import { eventEffect, prefetchHint, STATE_TABLES, type StateTable } from '../ledger/apply.js';
import {
  type CheckedEvent,
  eventError,
  ImportError,
  type ReadRequest,
  type ReadResult,
  type WriteBatch,
  type WriterClient,
} from './batch.js';
import { firstUnsealed } from '../ledger/event-seal.js';
import type { RecordedEvent } from '../ledger/events.js';
import { BatchEncoder } from './batch-encoder.js';
import { StateImage } from './image/state-image.js';

/** Batches written and not yet acknowledged, at most: bounds memory, keeps the writer busy. */
const MAX_IN_FLIGHT = 2;

interface Prepared {
  items: CheckedEvent[];
  reads: Promise<ReadResult>;
}

/**
 * The import as a pipeline: while the writer writes one batch, this applies the next to a
 * StateImage and encodes its changed rows. The image starts complete (every row the import needs
 * is one it wrote), so each event is applied as it arrives and its payload dies young. Past
 * `retainRows` rows it starts afresh, backed by the database: a batch's reads are requested
 * before the batch ahead of it is handed over, and it is applied when the next one is complete.
 */
export class BulkImport {
  private image = new StateImage('complete', { trackChanges: true });
  /** The image holds every row the import needs: events are applied as they arrive. */
  private inline = true;
  /** The events of the batch being filled (inline: applied already; otherwise waiting). */
  private filling: CheckedEvent[] = [];
  private readonly encoder: BatchEncoder;
  private readonly inFlight: { lastSeq: number; done: Promise<void> }[] = [];
  private next: Prepared | null = null;
  private appliedSeq = 0;
  /** The last event of the last batch the writer committed. */
  committed = 0;

  /** `columns`: the state tables' columns, in the writer's order; `partValues`, `unwritten`: see BatchEncoder. */
  constructor(
    private writer: WriterClient,
    columns: Record<StateTable, string[]>,
    private readonly retainRows: number,
    partValues?: number,
    unwritten?: ReadonlySet<StateTable | 'events'>,
  ) {
    this.encoder = new BatchEncoder(columns, partValues, unwritten);
  }

  /** Takes the next event of the batch being filled: inline, applies it now (a promise, which rejects, only when it cannot be). */
  add(item: CheckedEvent): Promise<void> | undefined {
    if (!this.inline) {
      this.filling.push(item);
      return undefined;
    }
    const { event, payload } = item;
    this.image.seq = event.seq;
    try {
      this.image.run(eventEffect(event, payload));
    } catch (err) {
      return this.failed(event, err, this.filling);
    }
    // Kept until its batch is written: its payload is dropped now, the object reused rather than copied.
    item.payload = null;
    this.filling.push(item);
    return undefined;
  }

  /** The events taken whose hashes no writer will check: those of the batch being filled, which finish drops. */
  unsealed(): RecordedEvent[] {
    return this.filling.map((i) => i.event);
  }

  /** Closes the batch being filled: hands it to the writer (inline), or queues it. */
  async endBatch(): Promise<void> {
    const items = this.filling;
    this.filling = [];
    if (items.length === 0) return;
    if (this.inline) return this.handOver(items);
    const prepared = this.prepare(items);
    const previous = this.next;
    this.next = prepared;
    if (previous) await this.apply(previous);
  }

  /**
   * Applies the last queued batch and waits until everything is committed; a batch not ended is
   * dropped, but with `probe` applied (never written) to return its first event that cannot be.
   */
  async finish(probe = false): Promise<ImportError | null> {
    const dropped = this.filling;
    // Inline, every event taken was applied as it came.
    const applied = this.inline;
    this.filling = [];
    const last = this.next;
    this.next = null;
    if (last) await this.apply(last);
    await this.drain();
    if (!probe || applied || dropped.length === 0) return null;
    const failure = await this.applyPrepared(this.prepare(dropped));
    if (!failure) return null;
    this.image.clear();
    return eventError(dropped[failure.at]!.event, failure.err);
  }

  async drain(): Promise<void> {
    while (this.inFlight.length > 0) await this.settleOldest();
  }

  async close(): Promise<void> {
    await this.writer.close();
  }

  /** Hands the rest of the import to another writer (once nothing is in flight). */
  async switchWriter(writer: WriterClient): Promise<void> {
    await this.drain();
    await this.writer.close();
    this.writer = writer;
    if (this.next) this.next = this.prepare(this.next.items);
  }

  /** Asks for the rows a batch reads that the image does not know (prefetchHint; readPlan drops repeats). */
  private prepare(items: CheckedEvent[]): Prepared {
    const request: ReadRequest = {};
    let empty = true;
    for (const { event, payload } of items) {
      const hint = prefetchHint(event.type, payload);
      if (hint)
        for (const table of STATE_TABLES)
          for (const k of hint[table] ?? [])
            if (this.image.peek(table, k) === undefined) {
              (request[table] ??= []).push(k);
              empty = false;
            }
    }
    return { items, reads: empty ? Promise.resolve([]) : this.writer.read(request) };
  }

  private async apply(prepared: Prepared): Promise<void> {
    const failure = await this.applyPrepared(prepared);
    if (failure)
      return this.failed(prepared.items[failure.at]!.event, failure.err, prepared.items.slice(0, failure.at));
    return this.handOver(prepared.items);
  }

  /** Applies a prepared batch to the image, once its reads are in: where it stopped and why, or null. */
  private async applyPrepared({ items, reads }: Prepared): Promise<{ at: number; err: unknown } | null> {
    for (const { table, keys, rows } of await reads) this.image.load(table, keys, rows);
    for (let i = 0; i < items.length; i++) {
      const { event, payload } = items[i]!;
      this.image.seq = event.seq;
      try {
        this.image.run(eventEffect(event, payload));
      } catch (err) {
        return { at: i, err };
      }
    }
    return null;
  }

  /**
   * After an event could not be applied: the batches before it settle (and fail) first, then the
   * hashes of its batch up to it are checked, so an edited event is named rather than the one it broke.
   */
  private async failed(event: RecordedEvent, err: unknown, before: readonly CheckedEvent[]): Promise<never> {
    this.image.clear();
    await this.drain();
    const unsealed = firstUnsealed([...before.map((i) => i.event), event]);
    if (unsealed) throw new ImportError(unsealed.problem, unsealed.event.seq);
    throw eventError(event, err);
  }

  /** Encodes the rows the batch changed and hands them with its events to the writer (which checks their hashes). */
  private async handOver(items: CheckedEvent[]): Promise<void> {
    this.image.syncTotals();
    const events = items.map((i) => i.event);
    const last = events[events.length - 1]!;
    const batch: WriteBatch = {
      afterSeq: this.appliedSeq,
      head: { seq: last.seq, hash: last.hash },
      parts: this.encoder.parts(events, this.image.pending()),
    };
    // The writer takes the parts before write returns; only then are the pending rows committed in the image.
    const done = this.writer.write(batch);
    this.image.commit();
    this.appliedSeq = batch.head.seq;
    done.catch(() => undefined); // observed in order by settleOldest
    this.inFlight.push({ lastSeq: batch.head.seq, done });
    while (this.inFlight.length > MAX_IN_FLIGHT) await this.settleOldest();
    if (this.image.size > this.retainRows) {
      // Start afresh, backed by the database, once everything is written; a queued batch's reads predate this batch, so ask again.
      await this.drain();
      this.image = new StateImage('preloaded');
      this.inline = false;
      if (this.next) this.next = this.prepare(this.next.items);
    }
  }

  private async settleOldest(): Promise<void> {
    const oldest = this.inFlight.shift()!;
    try {
      await oldest.done;
    } catch (err) {
      this.image.clear();
      this.inFlight.length = 0;
      throw err;
    }
    this.committed = oldest.lastSeq;
  }
}
