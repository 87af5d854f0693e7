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

/** GET /api/ledger/head: where the ledger page counts its pages from. */
export const LEDGER_HEAD_URL = '/api/ledger/head';

/** How many pages the ledger page has at this head. */
export const ledgerPages = (headSeq: number) => Math.max(1, Math.ceil(headSeq / LEDGER_PAGE_SIZE));

/**
 * The page (0 is the newest, counted back from the head) the ledger page's address opens: its
 * `?page=` (1 for the newest, past the last read as the last), else the page holding its `?event=`.
 */
export function ledgerPageIndex(search: URLSearchParams | string, headSeq: number): number {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const last = ledgerPages(headSeq) - 1;
  const page = params.get('page');
  if (page && /^[1-9][0-9]{0,15}$/.test(page)) return Math.min(Number(page) - 1, last);
  const wanted = eventParam(params.get('event'));
  return wanted === null ? 0 : Math.min(last, Math.max(0, Math.floor((headSeq - wanted) / LEDGER_PAGE_SIZE)));
}

/** The address of the ledger page's page `index` (0 the newest): where its pager leads. */
export const ledgerPageHref = (index: number) => (index <= 0 ? '/ledger' : `/ledger?page=${index + 1}`);

/** GET /api/ledger/events for page `index` at this head: the address the ledger page reads its events at. */
export function ledgerEventsDataUrl(headSeq: number, index: number): string {
  const top = Math.max(0, headSeq - index * LEDGER_PAGE_SIZE);
  const after = Math.max(0, top - LEDGER_PAGE_SIZE);
  return `/api/ledger/events?after=${after}&limit=${Math.min(LEDGER_PAGE_SIZE, top - after) || 1}`;
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
