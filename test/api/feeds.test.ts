import ICAL from 'ical.js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../support/dialects.js';
import { EVIDENCE, makeClaim, makeSource, uniqueHandle } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/server.js';

async function fetchText(url: string) {
  const res = await fetch(url);
  return { status: res.status, headers: res.headers, text: await res.text() };
}

function events(ics: string) {
  const cal = new ICAL.Component(ICAL.parse(ics));
  return cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

/** The RFC 5545 rules a lenient parser would let slip: CRLF, 75-octet lines, required properties. */
function expectWellFormedIcs(ics: string) {
  expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
  const unfolded = ics.replace(/\r\n[ \t]/g, '');
  expect(unfolded).toMatch(/\r\nVERSION:2\.0\r\n/);
  expect(unfolded).toMatch(/\r\nPRODID:/);
  for (const block of unfolded.split('BEGIN:VEVENT').slice(1)) {
    const body = block.split('END:VEVENT')[0]!;
    for (const prop of ['UID:', 'DTSTAMP:', 'DTSTART;VALUE=DATE:'])
      expect(body.split(`\r\n${prop}`).length - 1, prop).toBe(1);
  }
}

for (const dialect of testDialects()) {
  describe(`${dialect}: feeds`, () => {
    let s: TestServer;
    beforeAll(async () => {
      s = await startTestServer(dialect, { now: '2026-03-01T12:00:00.000Z' });
    });
    afterAll(async () => s.close());

    it('serves a valid iCalendar feed: one all-day event per open claim on its resolution date', async () => {
      const editor = await s.as('editor');
      const reviewer = await s.as('reviewer');
      const src = await makeSource(editor, { displayName: 'Zoë Analyst' });
      const tag = uniqueHandle('f');
      const tricky =
        'Nvidia, AMD; and “others” ship 2nm\\3nm parts — 東京 first — before the window closes, with enough words to need folding twice at least.';
      const open = await makeClaim(editor, {
        statement: tricky,
        windowStart: '2026-01-01',
        windowEnd: '2026-06-30',
        tags: [tag, 'chips'],
        sources: [{ handle: src.handle }],
      });
      const due = await makeClaim(editor, { windowStart: '2026-01-01', windowEnd: '2026-02-10', tags: [tag] });
      const done = await makeClaim(editor, { windowStart: '2026-01-01', windowEnd: '2026-02-11', tags: [tag] });
      await reviewer.post(`/api/claims/${done.id}/resolutions`, { outcome: 'true', evidence: EVIDENCE });

      const res = await fetchText(`${s.baseUrl}/api/feeds/due.ics?tag=${tag}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
      expectWellFormedIcs(res.text);
      const list = events(res.text);
      expect(list.map((e) => e.uid)).toEqual([`claim-${due.id}@track-record`, `claim-${open.id}@track-record`]);
      const ev = list[1]!;
      expect(ev.startDate.isDate).toBe(true);
      expect(ev.startDate.toString()).toBe('2026-06-30');
      expect(ev.endDate.toString()).toBe('2026-07-01');
      expect(ev.summary).toBe(`Resolve: [CLAIM] ${tricky} — @${src.handle}`);
      expect(ev.description).toContain(`Window: 2026-01-01 to 2026-06-30`);
      expect(ev.description.split('\n')[0]).toBe(tricky);
      expect(ev.component.getFirstPropertyValue('url')).toBe(`http://localhost/claims/${open.id}`);
      expect(ev.component.getFirstProperty('categories')!.getValues()).toEqual(['chips', tag]);

      // Stable: the same claims give the same bytes on the next fetch, whatever the clock says.
      s.clock.advance(86_400_000);
      expect((await fetchText(`${s.baseUrl}/api/feeds/due.ics?tag=${tag}`)).text).toBe(res.text);
      s.clock.set('2026-03-01T12:00:00.000Z');
    });

    it('filters the calendar by source and tag, and rejects bad filters', async () => {
      const editor = await s.as('editor');
      const a = await makeSource(editor);
      const tag = uniqueHandle('f');
      const mine = await makeClaim(editor, {
        windowStart: null,
        windowEnd: '2026-05-01',
        tags: [tag],
        sources: [{ handle: a.handle }],
      });
      await makeClaim(editor, { windowStart: null, windowEnd: '2026-05-02', tags: [tag] });
      expect(events((await fetchText(`${s.baseUrl}/api/feeds/due.ics?tag=${tag}`)).text)).toHaveLength(2);
      const bySource = events((await fetchText(`${s.baseUrl}/api/feeds/due.ics?source=${a.handle}`)).text);
      expect(bySource.map((e) => e.uid)).toEqual([`claim-${mine.id}@track-record`]);
      const none = await fetchText(`${s.baseUrl}/api/feeds/due.ics?source=nobody_here`);
      expectWellFormedIcs(none.text);
      expect(events(none.text)).toHaveLength(0);
      const bad = await fetchText(`${s.baseUrl}/api/feeds/due.ics?source=not%20a%20handle`);
      expect(bad.status).toBe(400);
      expect(JSON.parse(bad.text).error.code).toBe('invalid_request');
    });

    it('serves a valid Atom feed of resolutions, newest first, carrying the ledger head hash', async () => {
      const editor = await s.as('editor');
      const reviewer = await s.as('reviewer');
      const c1 = await makeClaim(editor, { statement: 'Rates fall <50bp> & stay there' });
      const c2 = await makeClaim(editor);
      await reviewer.post(`/api/claims/${c1.id}/resolutions`, {
        outcome: 'partial',
        credit: 0.5,
        evidence: EVIDENCE,
        note: 'half',
      });
      s.clock.advance(60_000);
      const r2 = await reviewer.post(`/api/claims/${c2.id}/resolutions`, { outcome: 'void', voidReason: 'ambiguous' });
      s.clock.set('2026-03-01T12:00:00.000Z');

      const res = await fetchText(`${s.baseUrl}/api/feeds/resolutions.atom`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
      expect(XMLValidator.validate(res.text)).toBe(true);
      const doc = new XMLParser({
        ignoreAttributes: false,
        attributeNamePrefix: '@',
        isArray: (name) => ['entry', 'link'].includes(name),
      }).parse(res.text);
      const feed = doc.feed;
      expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
      expect(feed.id).toBe('http://localhost/api/feeds/resolutions.atom');
      expect(feed.link.find((l: any) => l['@rel'] === 'self')['@href']).toBe(
        'http://localhost/api/feeds/resolutions.atom',
      );
      expect(Number.isNaN(Date.parse(feed.updated))).toBe(false);
      const head = (await s.anon.get('/api/ledger/head')).body;
      expect(feed.subtitle).toContain(head.hash);
      expect(feed['tr:ledgerHead']['#text']).toBe(head.hash);
      expect(Number(feed['tr:ledgerHead']['@seq'])).toBe(head.seq);
      const entries = feed.entry;
      expect(entries.length).toBeGreaterThanOrEqual(2);
      const updated = entries.map((e: any) => e.updated);
      expect([...updated].sort().reverse()).toEqual(updated);
      expect(entries[0].id).toBe(`urn:uuid:${r2.body.resolutions[0].id}`);
      expect(entries[0]['tr:resolution']).toMatchObject({ '@outcome': 'void', '@claimId': c2.id, '@status': 'counts' });
      const e1 = entries.find((e: any) => e['tr:resolution']['@claimId'] === c1.id);
      expect(e1.title).toBe('PARTIAL (0.5): Rates fall <50bp> & stay there');
      expect(e1.author.name).toBe('reviewer2');
      expect(e1.link[0]['@href']).toBe(`http://localhost/claims/${c1.id}`);
      for (const e of entries) for (const field of ['id', 'title', 'updated']) expect(e[field], field).toBeTruthy();
    });
  });
}
