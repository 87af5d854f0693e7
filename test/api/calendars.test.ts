import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../support/dialects.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { DEFAULT_CALENDARS } from '../../src/ingest/index.js';
import { CalendarsResponse } from '../../src/shared/api/calendars.js';

// Issue 23 item 1: the events and organisations' calendars live in the database, admins edit them, editors
// read them, and the next preview reads them as they stand.
for (const dialect of testDialects()) {
  describe(`${dialect}: calendars`, () => {
    let s: TestServer;
    beforeAll(async () => {
      s = await startTestServer(dialect, { now: '2026-02-09T10:00:00.000Z' });
    });
    afterAll(async () => s.close());

    const preview = async (text: string) => {
      const editor = await s.as('editor');
      const res = await editor.post('/api/publications/preview', { text, publishedOn: '2026-02-09' });
      expect(res.status).toBe(200);
      return res.body.drafts as Array<{ window: { start: string; end: string } | null; windowRule?: { kind: string } }>;
    };
    const rows = async () => {
      const res = await (await s.as('editor')).get('/api/calendars');
      return res.body as { events: Array<{ id: string; names: string[] }>; organisations: Array<{ id: string }> };
    };

    it('ships a starting set with sources that editors can read and anonymous readers cannot', async () => {
      const cal = await rows();
      expect(cal.events.some((e) => e.names.includes('Thanksgiving'))).toBe(true);
      expect(cal.organisations.length).toBeGreaterThanOrEqual(10);
      expect((await s.anon.get('/api/calendars')).status).toBe(401);
    });

    // The extractor ships its calendars as data and the app previews with the database's copy: every row added to
    // the shipped set needs a migration, or the desk reads less than the extractor was measured with.
    it('a migrated database holds exactly the calendars the extractor ships with', async () => {
      const res = await (await s.as('editor')).get('/api/calendars');
      // The admin page reads the rows through the API's own schema: a shipped row it refuses hides them all.
      expect(CalendarsResponse.safeParse(res.body).error).toBeUndefined();
      const cal = res.body as {
        events: Array<{ names: string[]; rule: string; source: string }>;
        organisations: Array<{
          names: string[];
          kind: string;
          startMonth: number;
          months: number;
          naming: string;
          source: string;
        }>;
      };
      const events = (rows: readonly { names: readonly string[]; rule: string; source: string }[]) =>
        rows.map((e) => JSON.stringify([e.names, e.rule, e.source])).sort();
      const organisations = (
        rows: readonly {
          names: readonly string[];
          kind: string;
          startMonth: number;
          months: number;
          naming: string;
          source: string;
        }[],
      ) => rows.map((o) => JSON.stringify([o.names, o.kind, o.startMonth, o.months, o.naming, o.source])).sort();
      expect(events(cal.events)).toEqual(events(DEFAULT_CALENDARS.events));
      expect(organisations(cal.organisations)).toEqual(organisations(DEFAULT_CALENDARS.organisations));
    });

    it('reads an Indian company named in the item with its April–March year (a row added after the seed)', async () => {
      const text = "What's Moving\n- Jewellery — Titan grows revenue 20% in FY27 (via @retaildesk)";
      expect((await preview(text))[0]?.window).toMatchObject({ start: '2026-04-01', end: '2027-03-31' });
    });

    it('reads a federal department named in the item with the federal fiscal year (seeded row, migration 0040)', async () => {
      const text = "What's Moving\n- Farm trade — USDA sees exports reach $173 billion in FY2026 (via @agdesk)";
      expect((await preview(text))[0]?.window).toMatchObject({ start: '2026-02-09', end: '2026-09-30' });
    });

    it('an admin adds an event and the next preview uses it; bad rules are refused and change nothing', async () => {
      const text = "What's Moving\n- Tickets — The festival sells out by Founders Day (via @promoter)";
      expect((await preview(text))[0]?.window ?? null).toBeNull();
      const admin = await s.as('admin');
      const editor = await s.as('editor');
      const body = { names: ['Founders Day'], rule: 'date 2026-05-20', source: 'https://example.com/founders' };
      const before = (await rows()).events.length;
      const refused = await editor.post('/api/calendars/events', body);
      expect(refused.status).toBe(403);
      for (const rule of ['date 2026-02-30', 'every tuesday', 'nth 9 mon 13']) {
        const bad = await admin.post('/api/calendars/events', { ...body, rule });
        expect(bad.status).toBe(400);
        expect(bad.body.error.code).toBe('invalid_request');
      }
      expect((await admin.post('/api/calendars/events', { ...body, names: ['x\u0000'] })).status).toBe(400);
      expect((await rows()).events.length).toBe(before);
      const created = await admin.post('/api/calendars/events', body);
      expect(created.status).toBe(201);
      const [draft] = await preview(text);
      expect(draft?.window).toMatchObject({ start: '2026-02-09', end: '2026-05-20' });
      expect(draft?.windowRule?.kind).toBe('phrase');

      const moved = await admin.request('PATCH', `/api/calendars/events/${created.body.id}`, {
        ...body,
        rule: 'date 2026-06-01',
      });
      expect(moved.status).toBe(200);
      expect((await preview(text))[0]?.window).toMatchObject({ end: '2026-06-01' });
      expect((await admin.del(`/api/calendars/events/${created.body.id}`)).status).toBe(204);
      expect((await admin.del(`/api/calendars/events/${created.body.id}`)).status).toBe(404);
      expect((await preview(text))[0]?.window ?? null).toBeNull();
    });

    it("an admin adds an organisation's fiscal year and the next preview reads it", async () => {
      const text = "What's Moving\n- Widgets — Acme grows revenue 10% in fiscal 2027 (via @analyst)";
      expect((await preview(text))[0]?.window).toMatchObject({ start: '2027-01-01', end: '2027-12-31' });
      const admin = await s.as('admin');
      const org = {
        names: ['Acme'],
        kind: 'fiscal',
        startMonth: 4,
        months: 12,
        naming: 'end',
        source: 'https://example.com/acme-10k',
      };
      expect((await admin.post('/api/calendars/organisations', { ...org, startMonth: 13 })).status).toBe(400);
      const created = await admin.post('/api/calendars/organisations', org);
      expect(created.status).toBe(201);
      expect((await preview(text))[0]?.window).toMatchObject({ start: '2026-04-01', end: '2027-03-31' });
      expect((await admin.del(`/api/calendars/organisations/${created.body.id}`)).status).toBe(204);
    });
  });
}
