import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAIM_CSV_COLUMNS } from '../../src/shared/api/imports.js';
import { streamClaims } from '../../src/server/transfer/queries.js';
import { testDialects } from '../support/dialects.js';
import { EVIDENCE, makeClaim, makeSource, uniqueHandle } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/server.js';

for (const dialect of testDialects()) {
  describe(`${dialect}: exports`, () => {
    let s: TestServer;
    beforeAll(async () => {
      s = await startTestServer(dialect, { now: '2026-03-01T12:00:00.000Z' });
    });
    afterAll(async () => s.close());

    const download = async (path: string) => {
      const res = await fetch(s.baseUrl + path);
      return { status: res.status, headers: res.headers, text: await res.text() };
    };

    it('exports every claim as CSV with sources, window, status, outcome and resolution date', async () => {
      const editor = await s.as('editor');
      const reviewer = await s.as('reviewer');
      const a = await makeSource(editor);
      const b = await makeSource(editor);
      const tag = uniqueHandle('x');
      const tricky = 'He said "ship it", then: commas, quotes\nand a new line';
      const open = await makeClaim(editor, {
        statement: tricky,
        windowStart: '2026-01-01',
        windowEnd: '2026-12-31',
        probability: 0.35,
        tags: [tag, 'ai'],
        sources: [{ handle: a.handle }, { handle: b.handle, role: 'cited' }],
      });
      const done = await makeClaim(editor, { windowEnd: '2026-02-20', tags: [tag], sources: [{ handle: a.handle }] });
      await reviewer.post(`/api/claims/${done.id}/resolutions`, {
        outcome: 'partial',
        credit: 0.5,
        evidence: [...EVIDENCE, 'https://example.com/two'],
        note: 'half',
      });
      const due = await makeClaim(editor, { windowEnd: '2026-02-21', tags: [tag] });

      const res = await download(`/api/export/claims.csv?tag=${tag}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(res.headers.get('content-disposition')).toBe('attachment; filename="track-record-claims-2026-03-01.csv"');
      const rows = parseCsv<Record<string, string>>(res.text, { columns: true });
      expect(Object.keys(rows[0]!)).toEqual([...CLAIM_CSV_COLUMNS]);
      expect(rows.map((r) => r.id)).toEqual([open.id, done.id, due.id]);
      expect(rows[0]).toMatchObject({
        statement: tricky,
        sources: [a.handle, b.handle]
          .sort()
          .map((h) => (h === b.handle ? `${h}:cited` : h))
          .join(';'),
        tags: ['ai', tag].sort().join(';'),
        windowStart: '2026-01-01',
        windowEnd: '2026-12-31',
        windowStated: 'true',
        probability: '0.35',
        status: 'open',
        outcome: '',
        resolvedAt: '',
      });
      expect(rows[1]).toMatchObject({
        status: 'resolved',
        outcome: 'partial',
        credit: '0.5',
        evidence: `${EVIDENCE[0]} https://example.com/two`,
        note: 'half',
      });
      expect(rows[1]!.resolvedAt).toBe('2026-03-01T12:00:00.000Z');
      expect(rows[2]).toMatchObject({ status: 'due', outcome: '' });

      expect(
        parseCsv<Record<string, string>>((await download(`/api/export/claims.csv?tag=${tag}&status=due`)).text, {
          columns: true,
        }).map((r) => r.id),
      ).toEqual([due.id]);
      expect(
        parseCsv<Record<string, string>>((await download(`/api/export/claims.csv?source=${b.handle}`)).text, {
          columns: true,
        }).map((r) => r.id),
      ).toEqual([open.id]);
      const empty = await download('/api/export/claims.csv?source=nobody_here');
      expect(empty.text.trim()).toBe(CLAIM_CSV_COLUMNS.join(','));
    });

    it('exports the same claims as JSON lines', async () => {
      const editor = await s.as('editor');
      const tag = uniqueHandle('x');
      const made = [
        await makeClaim(editor, { tags: [tag] }),
        await makeClaim(editor, { tags: [tag], probability: 0.9 }),
      ];
      const res = await download(`/api/export/claims.jsonl?tag=${tag}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
      expect(res.headers.get('content-disposition')).toContain('.jsonl"');
      const lines = res.text
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(lines.map((l) => l.id)).toEqual(made.map((m) => m.id));
      expect(lines[1]).toMatchObject({
        probability: 0.9,
        tags: [tag],
        windowStated: true,
        status: 'due',
        evidence: [],
      });
      expect(lines[1].sources[0]).toMatchObject({ handle: made[1]!.sources[0]!.handle, role: 'made' });
    });

    it('pages by keyset without skipping or repeating a claim', async () => {
      const editor = await s.as('editor');
      const tag = uniqueHandle('x');
      const made = [];
      for (let i = 0; i < 7; i++)
        made.push(
          (await makeClaim(editor, { tags: [tag], windowStart: null, windowEnd: `2026-0${1 + (i % 3)}-1${i}` })).id,
        );
      const pages: string[][] = [];
      for await (const page of streamClaims(s.db.db, { tag }, '2026-03-01', { order: 'id', pageSize: 3 }))
        pages.push(page.map((c) => c.id));
      expect(pages.map((p) => p.length)).toEqual([3, 3, 1]);
      expect(pages.flat()).toEqual(made);
      const byEnd: string[] = [];
      for await (const page of streamClaims(s.db.db, { tag }, '2026-03-01', { order: 'windowEnd', pageSize: 2 }))
        byEnd.push(...page.map((c) => `${c.windowEnd}|${c.id}`));
      expect(byEnd).toEqual([...byEnd].sort());
      expect(byEnd).toHaveLength(7);
    });

    it('rejects bad filters with the JSON error envelope', async () => {
      for (const q of ['status=weird', 'kind=MAYBE', 'endsBefore=2026-02-30', 'source=no%20spaces']) {
        const res = await download(`/api/export/claims.csv?${q}`);
        expect(res.status, q).toBe(400);
        expect(JSON.parse(res.text).error.code).toBe('invalid_request');
      }
      expect((await download('/api/export/claims.jsonl?status=weird')).status).toBe(400);
    });
  });
}
