import { z } from 'zod';
import { CheckpointsPage, LedgerEventsPage, LedgerHead, WellKnown } from '../../shared/api/index.js';
import type { RecordedEvent } from '../../server/ledger/events.js';
import { AuditAborted } from './discrepancy.js';

const PAGE = 1000;
/** Events per page: as many as the events endpoint serves at once (instances before it served 10,000 allow 1,000). */
const EVENTS_PAGE = 10_000;
const ATTEMPTS = 4;

/** Hosts of this machine: pages from them are asked for uncompressed (see Remote.headers). */
const LOOPBACK = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/** The public API of the instance under audit, read over HTTP with a few retries on network errors and 5xx. */
export class Remote {
  /**
   * From an instance on this machine, answers are asked for uncompressed: over a loopback link
   * compression saves no time, and compressing and inflating whole ledgers costs both processes CPU.
   */
  private readonly headers: Record<string, string>;

  constructor(readonly base: string) {
    const loopback = URL.canParse(base) && LOOPBACK.test(new URL(base).hostname);
    this.headers = loopback
      ? { accept: 'application/json', 'accept-encoding': 'identity' }
      : { accept: 'application/json' };
  }

  /** The answer to GET `path`, parsed; null when the instance answers with the status `allow` (say 404). */
  async get<S extends z.ZodType>(path: string, schema: S, allow: number | false = false): Promise<z.infer<S> | null> {
    let last = '';
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try {
        const res = await fetch(this.base + path, { headers: this.headers });
        if (res.status === allow) return null;
        if (res.ok) {
          const parsed = schema.safeParse(await res.json());
          if (!parsed.success)
            throw new AuditAborted(`${path}: unexpected answer (${parsed.error.issues[0]?.message})`);
          return parsed.data;
        }
        last = `${path}: HTTP ${res.status}`;
        if (res.status < 500) break;
      } catch (err) {
        if (err instanceof AuditAborted) throw err;
        last = `${path}: ${err instanceof Error ? err.message : String(err)}`;
      }
      await new Promise((r) => setTimeout(r, 250 * attempt));
    }
    throw new AuditAborted(`could not read ${this.base}${last ? ` (${last})` : ''}`);
  }

  json(path: string): Promise<unknown> {
    return this.get(path, z.unknown());
  }

  wellKnown() {
    return this.get('/.well-known/track-record.json', WellKnown, 404);
  }

  async head() {
    return (await this.get('/api/ledger/head', LedgerHead))!;
  }

  /** The event at `seq`, or null when the chain is shorter. */
  async eventAt(seq: number): Promise<RecordedEvent | null> {
    const page = (await this.get(`/api/ledger/events?after=${seq - 1}&limit=1`, LedgerEventsPage))!;
    const e = page.items[0];
    return e && e.seq === seq ? e : null;
  }

  private eventsPage = EVENTS_PAGE;

  private async eventsAfter(cursor: number): Promise<z.infer<typeof LedgerEventsPage>> {
    for (;;) {
      const limit = this.eventsPage;
      const page = await this.get(`/api/ledger/events?after=${cursor}&limit=${limit}`, LedgerEventsPage, 400);
      if (page) return page;
      if (limit === PAGE) throw new AuditAborted(`could not read ${this.base} (/api/ledger/events: HTTP 400)`);
      this.eventsPage = PAGE; // an instance that serves at most 1,000 at a time
    }
  }

  /**
   * Pages of events after `after`, in order, until the last. The next page is requested as soon
   * as a page arrives, so the instance prepares it while the caller checks and replays this one.
   * Each page is handed over after a turn of the event loop: answers to other requests made
   * meanwhile (the served scores) are taken in even when the next page is already there.
   */
  async *eventPages(after: number): AsyncGenerator<RecordedEvent[]> {
    let pending: Promise<z.infer<typeof LedgerEventsPage>> | null = this.eventsAfter(after);
    while (pending) {
      const page: z.infer<typeof LedgerEventsPage> = await pending;
      await new Promise((resolve) => setImmediate(resolve));
      pending = page.next === null ? null : this.eventsAfter(page.next);
      pending?.catch(() => {}); // awaited on the next turn, or dropped when the caller stops
      if (page.items.length > 0) yield page.items;
    }
  }

  async checkpoints() {
    const all: z.infer<typeof CheckpointsPage>['items'] = [];
    let cursor: number | null = 0;
    while (cursor !== null) {
      const page: z.infer<typeof CheckpointsPage> = (await this.get(
        `/api/ledger/checkpoints?after=${cursor}&limit=${PAGE}`,
        CheckpointsPage,
      ))!;
      all.push(...page.items);
      cursor = page.next;
    }
    return all;
  }
}
