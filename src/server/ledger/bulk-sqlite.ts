import { eventEffect, prefetchHint, type StateTable } from './apply.js';
import { ApplyError, type CheckedEvent, describeError, eventOf } from './batch.js';
import type { WriterClient } from './import-client.js';
import { BatchEncoder, type ReadRequest, type ReadResult, WriteFailure } from './import-writer.js';
import { StateImage } from './state-image.js';

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
 * A batch's reads are requested before the batch ahead of it is handed to the writer, so they
 * see the database as of the batch before that, and everything since is in the image. The
 * image keeps what the import wrote (up to `retainRows`), so later events rarely read at all.
 */
export class SqliteImport {
  private readonly image = new StateImage('preloaded');
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
  ) {
    this.encoder = new BatchEncoder(columns);
    this.appliedSeq = headSeq;
    this.committed = headSeq;
  }

  /** Takes the next checked batch: asks for its reads now and applies the batch before it. */
  async push(items: CheckedEvent[]): Promise<void> {
    if (items.length === 0) return;
    const prepared = this.prepare(items);
    const previous = this.next;
    this.next = prepared;
    if (previous) await this.apply(previous);
  }

  /** Applies the last batch and waits until the writer has committed everything. */
  async finish(): Promise<void> {
    const last = this.next;
    this.next = null;
    if (last) await this.apply(last);
    await this.drain();
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

  private async apply({ items, request, reads }: Prepared): Promise<void> {
    this.absorb(request, await reads);
    for (const { event, payload } of items) {
      this.image.seq = event.seq;
      try {
        this.image.run(eventEffect(event, payload));
      } catch (err) {
        this.image.clear();
        // Earlier batches still being written count as imported (or fail first, and say so).
        await this.drain();
        throw new ApplyError(event.seq, event.type, describeError(err));
      }
    }
    this.image.syncTotals();
    const batch = this.encoder.encode(this.appliedSeq, items.map((i) => i.event), this.image.pending());
    this.image.commit();
    this.appliedSeq = batch.head.seq;
    const done = this.writer.write(batch).catch((err: unknown) => {
      if (err instanceof WriteFailure) {
        const event = eventOf(items, Math.min(Math.max(err.seq, items[0]!.event.seq), batch.head.seq));
        throw new ApplyError(event.seq, event.type, err.detail);
      }
      throw err;
    });
    done.catch(() => {}); // observed when settled, in order
    this.inFlight.push({ lastSeq: batch.head.seq, done });
    while (this.inFlight.length > MAX_IN_FLIGHT) await this.settleOldest();
    if (this.image.size > this.retainRows) {
      // Start afresh once everything is written; the next batch's reads predate this batch, so ask again.
      await this.drain();
      this.image.clear();
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
    for (const [table, list] of Object.entries(rows) as [StateTable, NonNullable<ReadResult[StateTable]>][]) this.image.absorb(table, list);
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
    for (const cs of rows.claim_sources ?? []) if (cs.role === 'made') this.image.markAbsent('source_stats', { sourceId: cs.sourceId });
  }
}
