import { eventEffect, prefetchHint, type StateTable } from '../../ledger/apply.js';
import { ApplyError, type CheckedEvent, describeError, eventOf } from '../batch.js';
import type { WriterClient } from './import-client.js';
import { firstUnsealed } from '../../ledger/event-seal.js';
import type { RecordedEvent } from '../../ledger/events.js';
import { BatchEncoder } from './batch-encoder.js';
import { type ReadRequest, type ReadResult, type WriteBatch, WriteFailure } from './import-writer.js';
import { StateImage } from '../image/state-image.js';

/** Batches written and not yet acknowledged, at most: bounds memory, keeps the writer busy. */
const MAX_IN_FLIGHT = 2;

interface Prepared {
  items: CheckedEvent[];
  request: ReadRequest;
  reads: Promise<ReadResult>;
}

/**
 * The import on SQLite, as a pipeline: while the writer (import-writer.ts, on a worker for large
 * imports) writes one batch, this applies the next to a StateImage and encodes its changed rows.
 *
 * Into an empty database the image starts complete: every row the import needs is one it wrote
 * itself, so each event is applied as it arrives (`add`), and its parsed payload dies young
 * instead of waiting a whole batch. Once the image holds `retainRows` rows it starts afresh,
 * backed by the database: from then on a batch's events are buffered, its reads are requested
 * before the batch ahead of it is handed to the writer (so they see the database as of the batch
 * before that, and everything since is in the image), and the batch is applied when the next one
 * is complete.
 */
export class SqliteImport {
  private image: StateImage;
  /** The image holds every row the import needs: events are applied as they arrive. */
  private inline: boolean;
  /** The events of the batch being filled (inline: applied already; otherwise waiting). */
  private filling: CheckedEvent[] = [];
  private readonly encoder: BatchEncoder;
  private readonly inFlight: { lastSeq: number; done: Promise<void> }[] = [];
  private next: Prepared | null = null;
  private appliedSeq: number;
  /** The last event of the last batch the writer committed. */
  committed: number;

  constructor(
    private writer: WriterClient,
    columns: Record<StateTable, string[]>,
    headSeq: number,
    private readonly retainRows: number,
    /** Values per part of a batch (tests: many small parts); by default PART_VALUES. */
    partValues?: number,
  ) {
    this.encoder = new BatchEncoder(columns, partValues);
    this.appliedSeq = headSeq;
    this.committed = headSeq;
    this.inline = headSeq === 0;
    this.image = this.inline ? new StateImage('complete', { trackChanges: true }) : new StateImage('preloaded');
  }

  /**
   * Takes the next checked event of the batch being filled (and keeps `item`: the caller hands
   * it over). Inline, it is applied now, and its payload let go: the result is a promise only
   * when it cannot be applied (it rejects with ApplyError, once the batches before have settled).
   */
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
    // The item is kept until its batch is written, so its payload is dropped now; the caller's
    // object is kept rather than a copy, one object per event less to carry into the old generation.
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
   * Applies the last queued batch and waits until the writer has committed everything; a batch
   * not ended is dropped. With `probe`, the dropped batch's events are then applied too (never
   * written) and the first that cannot be applied is returned: the import names it when a later
   * event of that batch is what stopped it.
   */
  async finish(probe = false): Promise<ApplyError | null> {
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
    const { event } = dropped[failure.at]!;
    return new ApplyError(event.seq, event.type, describeError(failure.err));
  }

  /** Waits for the batches in flight, keeping `committed` up to date. */
  async drain(): Promise<void> {
    while (this.inFlight.length > 0) await this.settleOldest();
  }

  /** Closes the writer (after a failure too). */
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

  private prepare(items: CheckedEvent[]): Prepared {
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
      for (const c of hint.claims) if (this.image.peek('claims', c) === undefined) claims.add(c);
      for (const r of hint.resolutions) if (this.image.peek('resolutions', r) === undefined) resolutions.add(r);
      for (const s of hint.sources) if (this.image.peek('sources', s) === undefined) sources.add(s);
    }
    const request = { claims: [...claims], resolutions: [...resolutions], sources: [...sources] };
    const empty = request.claims.length + request.resolutions.length + request.sources.length === 0;
    return { items, request, reads: empty ? Promise.resolve({}) : this.writer.read(request) };
  }

  private async apply(prepared: Prepared): Promise<void> {
    const failure = await this.applyPrepared(prepared);
    if (failure)
      return this.failed(prepared.items[failure.at]!.event, failure.err, prepared.items.slice(0, failure.at));
    return this.handOver(prepared.items);
  }

  /** Applies a prepared batch to the image, once its reads are in: where it stopped and why, or null. */
  private async applyPrepared({ items, request, reads }: Prepared): Promise<{ at: number; err: unknown } | null> {
    this.absorb(request, await reads);
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
   * After an event could not be applied: the batches before it settle first (and fail first, if
   * they do); then, as the writer would have, the hashes of its batch up to it are checked, so
   * an edited event is named as edited rather than the event it broke.
   */
  private async failed(event: RecordedEvent, err: unknown, before: readonly CheckedEvent[]): Promise<never> {
    this.image.clear();
    await this.drain();
    const unsealed = firstUnsealed([...before.map((i) => i.event), event]);
    if (unsealed) throw new ApplyError(unsealed.event.seq, unsealed.event.type, unsealed.problem, unsealed.problem);
    throw new ApplyError(event.seq, event.type, describeError(err));
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
    const written = this.writer.write(batch);
    this.image.commit();
    this.appliedSeq = batch.head.seq;
    const done = written.then(
      () => {},
      (err: unknown) => {
        if (err instanceof WriteFailure) {
          const event = eventOf(events, Math.min(Math.max(err.seq, events[0]!.seq), batch.head.seq));
          throw new ApplyError(event.seq, event.type, err.detail, err.named ? err.detail : undefined);
        }
        throw err;
      },
    );
    done.catch(() => {}); // observed when settled, in order
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

  /** Rows read for a batch go into the image unless it knows better; requested keys not found are known absent. */
  private absorb(request: ReadRequest, rows: ReadResult): void {
    for (const [table, list] of Object.entries(rows) as [StateTable, NonNullable<ReadResult[StateTable]>][])
      this.image.absorb(table, list);
    for (const id of request.claims) {
      this.image.markAbsent('claims', { id });
      this.image.markGroupLoaded('claim_sources', id);
      this.image.markGroupLoaded('claim_tags', id);
    }
    for (const id of request.resolutions) this.image.markAbsent('resolutions', { id });
    for (const id of request.sources) {
      this.image.markAbsent('sources', { id });
      this.image.markAbsent('source_stats', { sourceId: id });
    }
    for (const cs of rows.claim_sources ?? [])
      if (cs.role === 'made') this.image.markAbsent('source_stats', { sourceId: cs.sourceId });
  }
}
