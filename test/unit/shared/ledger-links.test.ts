import { describe, expect, it } from 'vitest';
import {
  legacyLedgerHref,
  ledgerBounds,
  ledgerEventsDataUrl,
  ledgerPageHref,
  ledgerPager,
  parseLedgerView,
} from '../../../src/shared/ledger-links.js';

describe('the ledger page’s addresses', () => {
  it('reads ?before=, else ?after=, else the page of ?event=, else the newest; anything unreadable left out', () => {
    expect(parseLedgerView('')).toEqual({ range: { newest: true }, wanted: null });
    expect(parseLedgerView('before=40')).toEqual({ range: { before: 40 }, wanted: null });
    expect(parseLedgerView('after=0')).toEqual({ range: { after: 0 }, wanted: null });
    expect(parseLedgerView('before=40&after=3').range).toEqual({ before: 40 });
    // the run of 25 from the first event that holds it: 1–25, 26–50, …
    expect(parseLedgerView('event=25')).toEqual({ range: { after: 0 }, wanted: 25 });
    expect(parseLedgerView('event=26')).toEqual({ range: { after: 25 }, wanted: 26 });
    expect(parseLedgerView('before=40&event=30')).toEqual({ range: { before: 40 }, wanted: 30 });
    for (const bad of ['before=1', 'before=0', 'before=x', 'before=-3', 'after=-1', 'after=1.5', 'after=', 'event=0'])
      expect(parseLedgerView(bad).range, bad).toEqual({ newest: true });
  });

  it('writes each range back to the address it was read from', () => {
    for (const search of ['before=40', 'after=25', 'before=40&event=30'])
      expect(ledgerPageHref(parseLedgerView(search).range, parseLedgerView(search).wanted)).toBe(`/ledger?${search}`);
    expect(ledgerPageHref({ newest: true })).toBe('/ledger');
  });

  it('pages the same numbers whatever the head, stepping to neighbours that exist', () => {
    expect(ledgerBounds({ before: 40 }, 100)).toEqual({ first: 15, last: 39 });
    expect(ledgerBounds({ before: 40 }, 1000)).toEqual({ first: 15, last: 39 });
    expect(ledgerBounds({ before: 10 }, 100)).toEqual({ first: 1, last: 9 });
    expect(ledgerPager({ newest: true }, 100)).toEqual({
      newer: null,
      older: { before: 76 },
      label: 'Events 76–100 of 100',
    });
    expect(ledgerPager({ before: 76 }, 100)).toEqual({
      newer: { after: 75 },
      older: { before: 51 },
      label: 'Events 51–75 of 100',
    });
    expect(ledgerPager({ after: 90 }, 100)).toEqual({
      newer: null,
      older: { before: 91 },
      label: 'Events 91–100 of 100',
    });
    expect(ledgerPager({ before: 10 }, 100)).toEqual({ newer: { after: 9 }, older: null, label: 'Events 1–9 of 100' });
    expect(ledgerPager({ after: 500 }, 100)).toEqual({
      newer: null,
      older: { before: 101 },
      label: 'No events after #100 yet',
    });
    expect(ledgerPager({ newest: true }, 0)).toEqual({ newer: null, older: null, label: 'No events yet' });
    expect(ledgerPager({ newest: true }, 7)).toEqual({ newer: null, older: null, label: 'Events 1–7 of 7' });
  });

  it('asks the API for a range by its numbers, and for the newest once the head is known', () => {
    expect(ledgerEventsDataUrl({ before: 40 }, null)).toBe('/api/ledger/events?before=40&limit=25');
    expect(ledgerEventsDataUrl({ after: 25 }, null)).toBe('/api/ledger/events?after=25&limit=25');
    expect(ledgerEventsDataUrl({ newest: true }, null)).toBeNull();
    expect(ledgerEventsDataUrl({ newest: true }, 100)).toBe('/api/ledger/events?after=75&limit=25');
    expect(ledgerEventsDataUrl({ newest: true }, 7)).toBe('/api/ledger/events?after=0&limit=7');
    expect(ledgerEventsDataUrl({ newest: true }, 0)).toBe('/api/ledger/events?after=0&limit=1');
  });

  it('sends ?page=N, counted back from the head, to the stable address of what it shows', () => {
    expect(legacyLedgerHref('', 100)).toBeNull();
    expect(legacyLedgerHref('event=3', 100)).toBeNull();
    expect(legacyLedgerHref('page=1', 100)).toBe('/ledger');
    expect(legacyLedgerHref('page=2', 100)).toBe('/ledger?before=76');
    expect(legacyLedgerHref('page=4', 100)).toBe('/ledger?before=26');
    // past the last, the last; unreadable, the newest (or its event's page)
    expect(legacyLedgerHref('page=9', 100)).toBe('/ledger?before=26');
    expect(legacyLedgerHref('page=5', 101)).toBe('/ledger?before=2');
    expect(legacyLedgerHref('page=x', 100)).toBe('/ledger');
    expect(legacyLedgerHref('page=x&event=3', 100)).toBe('/ledger?event=3');
    expect(legacyLedgerHref('page=2&event=80', 100)).toBe('/ledger?before=76&event=80');
    expect(legacyLedgerHref('page=1', 0)).toBe('/ledger');
  });
});
