import { Readable } from 'node:stream';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CsvFileError, importClaimsCsv } from '../../src/server/transfer/csv-import.js';
import { csvField, unneutraliseCell } from '../../src/server/transfer/csv.js';
import { testDialects } from '../support/dialects.js';
import { EVIDENCE, makeSource, uniqueHandle } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/server.js';

// Issue 21, items 4 and 10: no CSV cell the product writes runs as a spreadsheet formula, the
// import reads the neutralised cells back as they were, and a header naming a column twice is refused.

describe('csv cells', () => {
  it("puts a ' before text a spreadsheet would run, and the import takes exactly that one off", () => {
    for (const text of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', "'=x", "''+x"]) {
      const cell = csvField(text);
      const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
      expect(unquoted, JSON.stringify(text)).toBe(`'${text}`);
      expect(unneutraliseCell(unquoted)).toBe(text);
    }
    for (const text of ['plain', "it's", "'quoted'", 'a=b', 'x-1']) {
      expect(csvField(text)).toBe(text);
      expect(unneutraliseCell(text)).toBe(text);
    }
    expect(csvField(-0.5)).toBe('-0.5');
  });
});

for (const dialect of testDialects()) {
  describe(`${dialect}: CSV export neutralises formulas and re-imports to the same claims`, () => {
    let s: TestServer;
    beforeAll(async () => {
      s = await startTestServer(dialect, { now: '2026-03-01T12:00:00.000Z' });
    });
    afterAll(async () => s.close());

    it('export → import round-trips claims whose text starts like a formula', async () => {
      const editor = await s.as('editor');
      const reviewer = await s.as('reviewer');
      const src = await makeSource(editor);
      const tag = uniqueHandle('f');
      const texts = [
        '=HYPERLINK("http://evil.example","x")',
        '+1 rates rise',
        '-5% by June',
        '@SUM(A1:A9)',
        "'=already quoted",
      ];
      for (const [i, t] of texts.entries()) {
        const res = await editor.post('/api/claims', {
          kind: 'CLAIM',
          statement: t,
          quote: t,
          condition: `=cond ${i}`,
          criteria: `-crit ${i}`,
          timePhrase: `@phrase ${i}`,
          windowEnd: '2026-02-20',
          tags: [tag],
          sources: [{ handle: src.handle, role: 'made' }],
        });
        expect(res.status, t).toBe(201);
        if (i === 0) {
          const r = await reviewer.post(`/api/claims/${res.body.id}/resolutions`, {
            outcome: 'true',
            evidence: EVIDENCE,
            note: '=1+2 noted',
          });
          expect(r.status).toBe(201);
        }
      }
      const exported = await (await fetch(`${s.baseUrl}/api/export/claims.csv?tag=${tag}`)).text();
      const rows = parseCsv<Record<string, string>>(exported, { columns: true });
      expect(rows).toHaveLength(texts.length);
      for (const row of rows)
        for (const [column, cell] of Object.entries(row))
          expect(/^[=+\-@\t\r]/.test(cell), `${column}: ${JSON.stringify(cell)}`).toBe(false);

      const other = await startTestServer(dialect);
      try {
        const report = await importClaimsCsv(other.ctx, Readable.from([exported]), { dryRun: false, actor: 'i' });
        expect(report).toMatchObject({ rows: texts.length, written: texts.length, resolved: 1, rejected: [] });
        const pick = (c: any) => [c.statement, c.quote, c.condition, c.criteria, c.timePhrase, c.outcome];
        const original = (await s.anon.get(`/api/claims?tag=${tag}`)).body.items.map(pick).sort();
        const copied = (await other.anon.get(`/api/claims?tag=${tag}`)).body.items.map(pick).sort();
        expect(copied).toEqual(original);
        expect(copied.map((c: unknown[]) => c[0]).sort()).toEqual([...texts].sort());
        const resolved = (await other.anon.get(`/api/claims?tag=${tag}&status=resolved`)).body.items[0];
        const detail = (await other.anon.get(`/api/claims/${resolved.id}`)).body;
        expect(detail.resolutions[0].note).toBe('=1+2 noted');
      } finally {
        await other.close();
      }
    });

    it('a row whose text cannot be stored exactly is rejected, naming the field', async () => {
      const before = await s.counts();
      const csv = [
        'kind,statement,quote,windowEnd',
        'BULL,"nul \u0000 here",,2026-12-31',
        'BULL,fine,"next line \u0085 control",2026-12-31',
        'BULL,"bell \u0007",,2026-12-31',
      ].join('\n');
      const report = await importClaimsCsv(s.ctx, Readable.from([csv]), { dryRun: false, actor: 'i' });
      expect(report.written).toBe(0);
      expect(report.rejected.map((r) => r.reason)).toEqual([
        expect.stringMatching(/^statement: contains a NUL character/),
        expect.stringMatching(/^quote: contains the control character U\+0085/),
        expect.stringMatching(/^statement: contains the control character U\+0007/),
      ]);
      expect(await s.counts()).toEqual(before);
    });

    it('a header that names a column twice is a rejected file, whatever the case', async () => {
      const before = await s.counts();
      for (const header of ['kind,statement,windowEnd,statement', 'kind,Statement,windowEnd,STATEMENT']) {
        await expect(
          importClaimsCsv(s.ctx, Readable.from([`${header}\nBULL,one,2026-12-31,two\n`]), {
            dryRun: false,
            actor: 'i',
          }),
        ).rejects.toThrow(CsvFileError);
        await expect(
          importClaimsCsv(s.ctx, Readable.from([`${header}\nBULL,one,2026-12-31,two\n`]), { dryRun: true, actor: 'i' }),
        ).rejects.toThrow(/statement/);
      }
      expect(await s.counts()).toEqual(before);
    });
  });
}
