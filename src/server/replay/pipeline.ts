import { prefetchHint, type StateTable } from '../ledger/apply.js';
import { ImportError, type ReadRequest, type ReadResult, type WriterClient } from './batch.js';
import { firstUnsealed } from '../ledger/event-seal.js';
import type { RecordedEvent } from '../ledger/events.js';
import type { BatchEncoder } from './batch-encoder.js';
import { StateImage } from './image/state-image.js';

/** Batches written and not yet acknowledged, at most: bounds memory, keeps the writer busy. */
const MAX_IN_FLIGHT = 2;

/** An event whose link and payload were checked, its payload parsed once. */
type CheckedEvent = { event: RecordedEvent; payload: unknown };
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
      const error = this.image.replay(item.event, item.payload);
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
    if (items.length > 0) return this.inline ? this.handOver(items) : this.shift(items);
  }

  /** Ends the batch being filled, applies the queued one and waits until everything is committed. */
  async finish(): Promise<void> {
    await this.endBatch();
    await this.shift(null);
    await this.drain();
  }

  /** Past retainRows: queues `items` (its reads requested now), then applies the batch queued before and hands it over. */
  private async shift(items: CheckedEvent[] | null): Promise<void> {
    const previous = this.next;
    this.next = items && this.prepare(items);
    if (!previous) return;
    const error = await this.applyPrepared(previous);
    return error ? this.failed(previous.items, error) : this.handOver(previous.items);
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

  private async drain(): Promise<void> {
    while (this.inFlight.length > 0) await this.settleOldest();
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
      const error = this.image.replay(item.event, item.payload);
      if (error) return error;
    }
    return null;
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
      afterSeq: this.inFlight.at(-1)?.lastSeq ?? this.committed,
      head,
      parts: this.encoder.parts(events, this.image.pending()),
    });
    this.image.commit();
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
