/** The ledger page opened at one event, which it marks: where a person reads an event. */
export const eventPagePath = (seq: number) => `/ledger?event=${seq}#event-${seq}`;

/** One event exactly as the API records it, for developers and scripts. */
export const eventJsonPath = (seq: number) => `/api/ledger/events?after=${seq - 1}&limit=1`;

/** The event number an address's `?event=` names, or null when it names none. */
export function eventParam(value: string | null): number | null {
  if (!value || !/^[1-9][0-9]{0,15}$/.test(value)) return null;
  return Number(value);
}

/** Events on a page of the ledger page, newest first. */
export const LEDGER_PAGE_SIZE = 25;

/** GET /api/ledger/head: the ledger page's head box, and where its newest page starts. */
export const LEDGER_HEAD_URL = '/api/ledger/head';

/**
 * The events a page of the ledger page shows: the newest (its address, /ledger, moves with the
 * head), or a fixed run of event numbers (`?before=SEQ`: the page just before that event; `?after=SEQ`:
 * the page just after it), which shows the same events forever, since events are never changed.
 */
export type LedgerRange = { newest: true } | { before: number } | { after: number };

/** A ledger page's address read: its events, and the event it marks (`?event=`), if any. */
export interface LedgerView {
  range: LedgerRange;
  wanted: number | null;
}

const SEQ = /^(0|[1-9][0-9]{0,15})$/;

/**
 * Reads a ledger page's address: `?before=` (2 or more), else `?after=`, else the page of `?event=`
 * (the run of LEDGER_PAGE_SIZE counted from the first event that holds it, so every link to an event
 * opens the same page), else the newest; anything unreadable is left out, as on the other pages.
 */
export function parseLedgerView(search: URLSearchParams | string): LedgerView {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const wanted = eventParam(params.get('event'));
  const before = params.get('before');
  const after = params.get('after');
  let range: LedgerRange = { newest: true };
  if (before && SEQ.test(before) && Number(before) >= 2) range = { before: Number(before) };
  else if (after && SEQ.test(after)) range = { after: Number(after) };
  else if (wanted !== null) range = { after: Math.floor((wanted - 1) / LEDGER_PAGE_SIZE) * LEDGER_PAGE_SIZE };
  return { range, wanted };
}

/** The first and last event numbers a page shows at this head (last below first when it shows none yet). */
export function ledgerBounds(range: LedgerRange, headSeq: number): { first: number; last: number } {
  if ('before' in range) return { first: Math.max(1, range.before - LEDGER_PAGE_SIZE), last: range.before - 1 };
  if ('after' in range) return { first: range.after + 1, last: range.after + LEDGER_PAGE_SIZE };
  return { first: Math.max(1, headSeq - LEDGER_PAGE_SIZE + 1), last: headSeq };
}

/** The address of a ledger page: where its pager leads (with the event it marks, if told). */
export function ledgerPageHref(range: LedgerRange, wanted: number | null = null): string {
  const params = new URLSearchParams();
  if ('before' in range) params.set('before', String(range.before));
  else if ('after' in range) params.set('after', String(range.after));
  if (wanted !== null) params.set('event', String(wanted));
  const query = params.toString();
  return query ? `/ledger?${query}` : '/ledger';
}

/**
 * The pages a ledger page's pager leads to at this head: the page of the events just newer than its
 * own (none once it reaches the head) and just older (none once it reaches the first event), each at
 * its stable address; and what the pager says of the page.
 */
export function ledgerPager(
  range: LedgerRange,
  headSeq: number,
): { newer: LedgerRange | null; older: LedgerRange | null; label: string } {
  const { first, last } = ledgerBounds(range, headSeq);
  const shown = Math.min(last, headSeq);
  return {
    newer: 'newest' in range || last >= headSeq ? null : { after: last },
    // a page past the head steps back to the newest events at their stable address
    older: first <= 1 ? null : { before: Math.min(first, headSeq + 1) },
    label:
      first > shown
        ? headSeq === 0
          ? 'No events yet'
          : `No events after #${headSeq} yet`
        : `Events ${first}–${shown} of ${headSeq}`,
  };
}

/**
 * GET /api/ledger/events for a ledger page: the address the page reads its events at (and the server
 * inlines them under); the newest page's needs the head, so is null until it is known.
 */
export function ledgerEventsDataUrl(range: LedgerRange, headSeq: number | null): string | null {
  if ('before' in range) return `/api/ledger/events?before=${range.before}&limit=${LEDGER_PAGE_SIZE}`;
  if ('after' in range) return `/api/ledger/events?after=${range.after}&limit=${LEDGER_PAGE_SIZE}`;
  if (headSeq === null) return null;
  const after = Math.max(0, headSeq - LEDGER_PAGE_SIZE);
  return `/api/ledger/events?after=${after}&limit=${Math.min(LEDGER_PAGE_SIZE, headSeq - after) || 1}`;
}

/**
 * Where an address of the ledger page from before its pages were anchored (`?page=N`, counted back
 * from the head: 1 the newest) now lives: the stable address of the events it shows at this head (the
 * event it marks kept), or null for an address without `?page=`. A page past the last is the last.
 */
export function legacyLedgerHref(search: URLSearchParams | string, headSeq: number): string | null {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const page = params.get('page');
  if (page === null) return null;
  const wanted = eventParam(params.get('event'));
  const pages = Math.max(1, Math.ceil(headSeq / LEDGER_PAGE_SIZE));
  const index = /^[1-9][0-9]{0,15}$/.test(page) ? Math.min(Number(page), pages) - 1 : 0;
  // the newest page (an unreadable ?page= read as it) with an ?event= is that event's page, as the address without ?page= is
  const range: LedgerRange = index === 0 ? { newest: true } : { before: headSeq - index * LEDGER_PAGE_SIZE + 1 };
  return ledgerPageHref(range, wanted);
}

/** Where an event's subject lives on the site (a source only when its handle is in the payload). */
export function eventSubjectLink(e: { type: string; entity: string; entityId: string; payload: string }): {
  to: string;
  text: string;
} | null {
  if (e.entity === 'claim') return { to: `/claims/${encodeURIComponent(e.entityId)}`, text: 'claim' };
  if (e.entity === 'publication') return { to: `/publications/${encodeURIComponent(e.entityId)}`, text: 'issue' };
  if (e.type === 'source.created') {
    let handle: unknown;
    try {
      handle = (JSON.parse(e.payload) as { handle?: unknown }).handle;
    } catch {
      handle = undefined;
    }
    if (typeof handle === 'string' && handle)
      return { to: `/sources/${encodeURIComponent(handle)}`, text: `@${handle}` };
  }
  return null;
}
