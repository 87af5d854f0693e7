import { eventEffect, prefetchHint, type StateTable } from '../ledger/apply.js';
import {
  type CheckedEvent,
  eventError,
  ImportError,
  type ReadRequest,
  type ReadResult,
  type WriterClient,
} from './batch.js';
import { firstUnsealed } from '../ledger/event-seal.js';
import type { BatchEncoder } from './batch-encoder.js';
import { StateImage } from './image/state-image.js';

/** Batches written and not yet acknowledged, at most: bounds memory, keeps the writer busy. */
const MAX_IN_FLIGHT = 2;

type Prepared = { items: CheckedEvent[]; reads: Promise<ReadResult> };

/**
 * While the writer writes one batch, this applies the next to a StateImage, each event as it
 * arrives so its payload dies young; past `retainRows` rows the image starts afresh, backed by the
 * database, and a batch's reads are requested a batch ahead so that the writer reads while this applies.
 */
export class BulkImport {
  private image = new StateImage('complete');
  /** The image holds every row the import needs: events are applied as they arrive. */
  private inline = true;
  /** The events of the batch being filled (inline: applied already; otherwise waiting). */
  private filling: CheckedEvent[] = [];
  private readonly inFlight: { lastSeq: number; done: Promise<void> }[] = [];
  /** Past retainRows, the batch ended last: its reads requested, applied when the next one ends. */
  private next: Prepared | null = null;
  private appliedSeq = 0;
  /** The last event of the last batch the writer committed. */
  committed = 0;

  constructor(
    private readonly writer: WriterClient,
    private readonly encoder: BatchEncoder,
    private readonly batchSize: number,
    private readonly retainRows: number,
  ) {}

  /** Takes the next event of the batch being filled: inline, applies it now; a promise only when the batch is full (endBatch) or, rejecting, when it cannot be applied. */
  add(item: CheckedEvent): Promise<void> | undefined {
    if (this.inline) {
      const error = this.applyOne(item);
      if (error) return this.failed([...this.filling, item], error);
      // Kept until its batch is written: its payload is dropped now, the object reused rather than copied.
      item.payload = null;
    }
    this.filling.push(item);
    return this.filling.length >= this.batchSize ? this.endBatch() : undefined;
  }

  /** Closes the batch being filled: hands it to the writer (inline), or queues it. */
  private async endBatch(): Promise<void> {
    const items = this.filling;
    this.filling = [];
    if (items.length === 0) return;
    if (this.inline) return this.handOver(items);
    const previous = this.next;
    this.next = this.prepare(items);
    if (previous) await this.applyAndHandOver(previous);
  }

  /** Ends the batch being filled, applies the queued one and waits until everything is committed. */
  async finish(): Promise<void> {
    await this.endBatch();
    const last = this.next;
    this.next = null;
    if (last) await this.applyAndHandOver(last);
    await this.drain();
  }

  /**
   * Stops the import at `error` (an event after those taken): the batches before are written, none
   * of the batch being filled, and its first event that is edited or cannot be applied is named instead.
   */
  async stop(error: ImportError): Promise<never> {
    const items = this.filling;
    this.filling = [];
    // Inline, every event taken was applied as it came; otherwise they are applied now, never written.
    const probe = !this.inline;
    await this.finish();
    const failure = probe ? await this.applyPrepared(this.prepare(items)) : null;
    return this.failed(items, failure ?? error);
  }

  /** Waits until every batch handed over is committed. */
  private async drain(): Promise<void> {
    while (this.inFlight.length > 0) await this.settleOldest();
  }

  /** Applies one event to the image: null, or the error naming it. */
  private applyOne({ event, payload }: CheckedEvent): ImportError | null {
    this.image.seq = event.seq;
    try {
      this.image.run(eventEffect(event, payload));
      return null;
    } catch (err) {
      return eventError(event, err);
    }
  }

  /** Asks for the rows a batch needs that the image does not know (readRows drops repeats). */
  private prepare(items: CheckedEvent[]): Prepared {
    const request: ReadRequest = {};
    for (const { event, payload } of items)
      for (const [table, keys] of Object.entries(prefetchHint(event.type, payload) ?? {}) as [StateTable, string[]][])
        for (const k of keys) if (this.image.peek(table, k) === undefined) (request[table] ??= []).push(k);
    return { items, reads: Object.keys(request).length === 0 ? Promise.resolve([]) : this.writer.read(request) };
  }

  /** Applies a prepared batch once its reads are in: null, or the error naming the event it stopped at. */
  private async applyPrepared({ items, reads }: Prepared): Promise<ImportError | null> {
    for (const { table, keys, rows } of await reads) this.image.load(table, keys, rows);
    for (const item of items) {
      const error = this.applyOne(item);
      if (error) return error;
    }
    return null;
  }

  private async applyAndHandOver(prepared: Prepared): Promise<void> {
    const error = await this.applyPrepared(prepared);
    if (error) return this.failed(prepared.items, error);
    return this.handOver(prepared.items);
  }

  /**
   * The one place that names the event an import stops at: an earlier batch's refusal, else the first
   * edited event of `items` up to `error`'s (rather than the one it broke), else `error`'s.
   */
  private async failed(items: readonly CheckedEvent[], error: ImportError): Promise<never> {
    this.image.clear();
    await this.drain();
    const unsealed = firstUnsealed(items.filter((i) => i.event.seq <= error.seq).map((i) => i.event));
    throw unsealed ? new ImportError(unsealed.problem, unsealed.event.seq) : error;
  }

  /** Encodes the rows the batch changed and hands them with its events to the writer (which checks their hashes). */
  private async handOver(items: CheckedEvent[]): Promise<void> {
    const events = items.map((i) => i.event);
    const head = { seq: events[events.length - 1]!.seq, hash: events[events.length - 1]!.hash };
    // The writer takes the parts before write returns; only then are the pending rows committed in the image.
    const done = this.writer.write({
      afterSeq: this.appliedSeq,
      head,
      parts: this.encoder.parts(events, this.image.pending()),
    });
    this.image.commit();
    this.appliedSeq = head.seq;
    done.catch(() => undefined); // observed in order by settleOldest
    this.inFlight.push({ lastSeq: head.seq, done });
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
