import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CsvFileError, importClaimsCsv } from '../../src/server/transfer/csv-import.js';
import { nodeArgs } from '../support/child.js';
import { testDialects } from '../support/dialects.js';
import { makeSource, uniqueHandle } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/server.js';

const csvOf = (text: string) => Readable.from([text]);

/** A spreadsheet of past calls: good rows mixed with every kind of bad one. Line numbers matter. */
function spreadsheet(known: string, fresh: string, tag: string) {
  return [
    'Kind,Statement,Sources,Tags,PublishedOn,WindowEnd,Probability,Outcome,Credit,VoidReason,Evidence,Note,Condition', // 1
    `BULL,Chips sell out,${known},${tag},2025-01-10,2025-06-30,70%,true,,,https://e.com/a,sold out,`, // 2 good, resolved
    `bear,"Rates fall, ""a lot""","${fresh}; ${known}:cited",${tag};macro,2025-02-01,2025-12-31,0.4,,,,,,`, // 3 good, new source
    `MAYBE,Bad kind,${known},${tag},2025-01-01,2025-03-01,,,,,,,`, // 4 bad kind
    `CLAIM,Bad date,${known},${tag},2025-01-01,2025-02-30,,,,,,,`, // 5 bad date
    `CLAIM,Too likely,${known},${tag},2025-01-01,2025-03-01,1.5,,,,,,`, // 6 bad probability
    `CLAIM,No evidence,${known},${tag},2025-01-01,2025-03-01,,true,,,,,`, // 7 true without evidence
    `CLAIM,Half,${known},${tag},2025-01-01,2025-03-01,,partial,,,https://e.com/b,,`, // 8 partial without credit
    `CLAIM,Twice,${known};${known},${tag},2025-01-01,2025-03-01,,,,,,,`, // 9 duplicate source
    `CLAIM,Short row,${known}`, // 10 wrong field count
    `CLAIM,Not conditional,${known},${tag},2025-01-01,2025-03-01,,void,,condition not met,,,`, // 11 void reason not allowed
    `WATCH,"A watch`, // 12..13: a quoted field over two lines (good, voided)
    `item",${known},${tag},2025-03-01,2025-04-01,,void,,condition_not_met,,never triggered,If it launches`,
    `CLAIM,,${known},${tag},2025-01-01,2025-03-01,,,,,,,`, // 14 empty statement
    `CLAIM,Window backwards,${known},${tag},2025-05-01,2025-03-01,,,,,,,`, // 15 publishedOn after windowEnd
    '', // blank lines are skipped
  ].join('\n');
}

for (const dialect of testDialects()) {
  describe(`${dialect}: import-csv`, () => {
    let s: TestServer;
    beforeAll(async () => {
      s = await startTestServer(dialect, { now: '2026-03-01T12:00:00.000Z' });
    });
    afterAll(async () => s.close());

    it('writes the good rows, names every bad row by line and reason, and dry-run writes nothing', async () => {
      const editor = await s.as('editor');
      const known = (await makeSource(editor)).handle;
      const fresh = uniqueHandle('new');
      const tag = uniqueHandle('i');
      const text = spreadsheet(known, fresh, tag);

      const before = await s.counts();
      const dry = await importClaimsCsv(s.ctx, csvOf(text), { dryRun: true, actor: 'importer' });
      expect(await s.counts()).toEqual(before);
      expect(dry).toMatchObject({ dryRun: true, rows: 13, written: 3, resolved: 2, newSources: [fresh] });

      const report = await importClaimsCsv(s.ctx, csvOf(text), { dryRun: false, actor: 'importer', batchSize: 2 });
      expect(report).toMatchObject({ dryRun: false, rows: 13, written: 3, resolved: 2, newSources: [fresh] });
      expect(report.rejected).toEqual(dry.rejected);
      expect(report.rejected.map((r) => r.line)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 14, 15]);
      const reason = (line: number) => report.rejected.find((r) => r.line === line)!.reason;
      expect(reason(4)).toMatch(/^kind:/);
      expect(reason(5)).toMatch(/windowEnd: not a real calendar date/);
      expect(reason(6)).toMatch(/^probability:/);
      expect(reason(7)).toMatch(/evidence: at least one evidence URL/);
      expect(reason(8)).toMatch(/credit: a partial outcome needs a credit/);
      expect(reason(9)).toMatch(/listed twice/);
      expect(reason(10)).toMatch(/expected 13 fields, found 3/);
      expect(reason(11)).toMatch(/condition_not_met/);
      expect(reason(14)).toMatch(/^statement:/);
      expect(reason(15)).toMatch(/windowStart must be on or before windowEnd/);

      const list = await s.anon.get(`/api/claims?tag=${tag}`);
      const byStatement = new Map(list.body.items.map((c: any) => [c.statement, c]));
      expect([...byStatement.keys()].sort()).toEqual(['A watch\nitem', 'Chips sell out', 'Rates fall, "a lot"']);
      expect(byStatement.get('Chips sell out')).toMatchObject({
        kind: 'BULL',
        probability: 0.7,
        windowStart: '2025-01-10',
        status: 'resolved',
        outcome: 'true',
      });
      expect(byStatement.get('Rates fall, "a lot"')).toMatchObject({
        kind: 'BEAR',
        status: 'due',
        tags: ['macro', tag].sort(),
      });
      expect(
        (byStatement.get('Rates fall, "a lot"') as any).sources.map((x: any) => `${x.handle}:${x.role}`).sort(),
      ).toEqual([`${fresh}:made`, `${known}:cited`].sort());
      expect(byStatement.get('A watch\nitem')).toMatchObject({
        kind: 'WATCH',
        status: 'void',
        condition: 'If it launches',
      });
      const detail = await s.anon.get(`/api/claims/${(byStatement.get('Chips sell out') as any).id}`);
      expect(detail.body.resolutions[0]).toMatchObject({
        reviewer: 'importer',
        evidence: ['https://e.com/a'],
        note: 'sold out',
      });
      expect((await s.anon.get(`/api/sources/${fresh}`)).status).toBe(200);
    });

    it('refuses a file with unknown or missing columns before writing anything', async () => {
      const before = await s.counts();
      await expect(
        importClaimsCsv(s.ctx, csvOf('kind,statment,windowEnd\nBULL,x,2026-01-01\n'), { dryRun: false, actor: 'i' }),
      ).rejects.toThrow(/unknown column\(s\) statment/);
      await expect(
        importClaimsCsv(s.ctx, csvOf('kind,statement\nBULL,x\n'), { dryRun: false, actor: 'i' }),
      ).rejects.toThrow(CsvFileError);
      await expect(importClaimsCsv(s.ctx, csvOf(''), { dryRun: false, actor: 'i' })).rejects.toThrow(/empty/);
      expect(await s.counts()).toEqual(before);
    });

    it('re-imports its own CSV export', async () => {
      const editor = await s.as('editor');
      const src = await makeSource(editor);
      const tag = uniqueHandle('i');
      const text = [
        'kind,statement,sources,tags,windowEnd,outcome,evidence',
        `BULL,Round trip one,${src.handle},${tag},2026-01-31,false,https://e.com/x`,
        `BEAR,Round trip two,${src.handle},${tag},2026-12-31,,`,
      ].join('\r\n');
      expect((await importClaimsCsv(s.ctx, csvOf(text), { dryRun: false, actor: 'i' })).rejected).toEqual([]);
      const exported = await (await fetch(`${s.baseUrl}/api/export/claims.csv?tag=${tag}`)).text();
      const other = await startTestServer(dialect);
      try {
        const again = await importClaimsCsv(other.ctx, csvOf(exported), { dryRun: false, actor: 'i' });
        expect(again).toMatchObject({ rows: 2, written: 2, resolved: 1, rejected: [], newSources: [src.handle] });
        const items = (await other.anon.get(`/api/claims?tag=${tag}`)).body.items;
        expect(items.map((c: any) => [c.statement, c.status, c.outcome]).sort()).toEqual([
          ['Round trip one', 'resolved', 'false'],
          ['Round trip two', 'open', null],
        ]);
      } finally {
        await other.close();
      }
    });

    it('the CLI prints the report and exits 1 when rows were rejected, 0 when all were good', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'tr-csv-'));
      const bad = join(dir, 'bad.csv');
      const good = join(dir, 'good.csv');
      const tag = uniqueHandle('i');
      writeFileSync(
        bad,
        `kind,statement,sources,tags,windowEnd\nBULL,CLI good,cli_src,${tag},2026-01-01\nNOPE,CLI bad,cli_src,${tag},2026-01-01\n`,
      );
      writeFileSync(good, `kind,statement,sources,tags,windowEnd\nBEAR,CLI fine,cli_src,${tag},2026-02-01\n`);
      const env = { ...process.env, DATABASE_URL: s.db.url, TRACK_RECORD_DEMO: 'off' };
      // Async, not spawnSync: the test server lives in this process and must keep answering.
      const cli = (...args: string[]) =>
        new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
          const p = spawn(process.execPath, [...nodeArgs('src/cli/main.ts'), 'import-csv', ...args], { env });
          let stdout = '';
          let stderr = '';
          p.stdout.on('data', (d) => (stdout += d));
          p.stderr.on('data', (d) => (stderr += d));
          p.on('close', (status) => resolve({ status, stdout, stderr }));
        });
      const dry = await cli(bad, '--dry-run');
      expect(dry.status, dry.stderr).toBe(1);
      expect(dry.stdout).toContain('dry run: 2 rows read; would write 1 claims');
      expect(dry.stdout).toContain('line 3: kind:');
      expect((await s.anon.get(`/api/claims?tag=${tag}`)).body.items).toHaveLength(0);
      const run = await cli(bad);
      expect(run.status).toBe(1);
      expect(run.stdout).toContain('wrote 1 claims');
      const ok = await cli(good);
      expect(ok.status, ok.stdout + ok.stderr).toBe(0);
      expect((await s.anon.get(`/api/claims?tag=${tag}`)).body.items.map((c: any) => c.statement).sort()).toEqual([
        'CLI fine',
        'CLI good',
      ]);
    });
  });
}
