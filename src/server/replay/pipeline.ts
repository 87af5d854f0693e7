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
      return this.failed([...this.filling, item], eventError(event, err));
    }
    // Kept until its batch is written: its payload is dropped now, the object reused rather than copied.
    item.payload = null;
    this.filling.push(item);
    return undefined;
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

  /** Applies the last queued batch and waits until everything is committed; a batch not ended is dropped. */
  async finish(): Promise<void> {
    this.filling = [];
    const last = this.next;
    this.next = null;
    if (last) await this.apply(last);
    await this.drain();
  }

  /**
   * Stops the import at `error`, which names an event after those taken: the batches before are
   * written (a refusal there is what is thrown), and of the batch being filled, none is written
   * and its first event that is edited or cannot be applied is named instead, if there is one.
   */
  async stop(error: ImportError): Promise<never> {
    const items = this.filling;
    // Inline, every event taken was applied as it came; otherwise they are applied now, never written.
    const probe = !this.inline;
    await this.finish();
    const failure = probe ? await this.applyPrepared(this.prepare(items)) : null;
    return this.failed(items, failure ? eventError(items[failure.at]!.event, failure.err) : error);
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
    const { items } = prepared;
    const failure = await this.applyPrepared(prepared);
    if (failure) return this.failed(items.slice(0, failure.at + 1), eventError(items[failure.at]!.event, failure.err));
    return this.handOver(items);
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
   * The one place that names the event an import stops at: the batches before settle (and a
   * refusal there wins), then the hashes of `items` up to `error`'s event are checked, so an
   * edited event is named rather than the one it broke.
   */
  private async failed(items: readonly CheckedEvent[], error: ImportError): Promise<never> {
    this.image.clear();
    await this.drain();
    const unsealed = firstUnsealed(items.filter((i) => i.event.seq <= error.seq).map((i) => i.event));
    throw unsealed ? new ImportError(unsealed.problem, unsealed.event.seq) : error;
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
