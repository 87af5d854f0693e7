import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateEvents } from '../../bench/ledger-bench.js';
import { startServe, trackRecord, trackRecordInProcess as inProcess } from '../support/cli.js';

describe('sqlite: the track-record command and the demo ledger', () => {
  let dir: string;
  let db: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tr-cli-'));
    db = join(dir, 'live.sqlite');
    // A first start on a new database seeds the demo ledger through the ledger service.
    const server = await startServe({
      DATABASE_URL: db,
      TRACK_RECORD_DEMO: 'on',
      TRACK_RECORD_ADMIN_PASSWORD: 'a very long admin password',
    });
    try {
      // The start-up lines are flushed once the server listens, so they may reach the pipe just after it answers.
      await vi.waitFor(
        () => {
          expect(server.output()).toContain('Seeded the demo ledger');
          expect(server.output()).toContain('Created the admin user');
        },
        { timeout: 10_000 },
      );
      const board = await (await fetch(`${server.baseUrl}/api/leaderboard?minResolved=1`)).json();
      expect(board.items.length).toBeGreaterThanOrEqual(8);
      expect(board.items.some((r: any) => r.displayName.includes('(fictional)'))).toBe(true);
      const pubs = await (await fetch(`${server.baseUrl}/api/publications?limit=200`)).json();
      // the demo is made up throughout: no real issue, so no real person, is on its board
      expect(pubs.items.length).toBeGreaterThan(0);
      expect(pubs.items.every((p: any) => p.title.startsWith('[Demo] '))).toBe(true);
      const admin = await fetch(`${server.baseUrl}/api/auth/signin`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password: 'a very long admin password' }),
      });
      expect(admin.status).toBe(200);
    } finally {
      await server.stop();
    }
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('verify passes on the demo ledger, export → import reproduces it, and the copy verifies', async () => {
    const ok = trackRecord(['verify'], { DATABASE_URL: db });
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^ok: \d+ events/);
    const exported = join(dir, 'events.jsonl');
    expect(trackRecord(['export', '--out', exported], { DATABASE_URL: db }).code).toBe(0);
    const lines = readFileSync(exported, 'utf8').trim().split('\n');
    const copy = join(dir, 'copy.sqlite');
    const imported = await inProcess(['import', exported], { DATABASE_URL: copy });
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain(`imported ${lines.length} events`);
    expect((await inProcess(['verify'], { DATABASE_URL: copy })).code).toBe(0);
    // The bulk import drops secondary indexes while it runs; they must all be back.
    const indexes = (file: string) => {
      const raw = new Database(file, { readonly: true });
      const names = (
        raw.prepare("select name from sqlite_master where type = 'index' order by name").all() as { name: string }[]
      ).map((r) => r.name);
      raw.close();
      return names;
    };
    expect(indexes(copy)).toEqual(indexes(db));
    const again = await inProcess(['import', exported], { DATABASE_URL: copy });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('empty database');
  });

  it('import refuses a file whose events were edited, naming the event', async () => {
    const exported = join(dir, 'events2.jsonl');
    expect((await inProcess(['export', '--out', exported], { DATABASE_URL: db })).code).toBe(0);
    const lines = readFileSync(exported, 'utf8').trim().split('\n');
    const e = JSON.parse(lines[4]!);
    e.payload = e.payload.replace('"', '" ');
    lines[4] = JSON.stringify(e);
    writeFileSync(exported, `${lines.join('\n')}\n`);
    const r = await inProcess(['import', exported], { DATABASE_URL: join(dir, 'tampered-import.sqlite') });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`event ${e.seq}`);
  });

  it('backup makes an online copy that verifies', async () => {
    const target = join(dir, 'backup.sqlite');
    const r = await inProcess(['backup', target], { DATABASE_URL: db });
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(target)).toBe(true);
    expect((await inProcess(['verify'], { DATABASE_URL: target })).code).toBe(0);
  });

  it('verify exits 1 naming the row when a statement is edited by hand', async () => {
    const target = join(dir, 'tampered.sqlite');
    expect((await inProcess(['backup', target], { DATABASE_URL: db })).code).toBe(0);
    const raw = new Database(target);
    const claim = raw.prepare('select id from claims limit 1').get() as { id: string };
    raw.prepare('update claims set statement = ? where id = ?').run('rewritten', claim.id);
    raw.close();
    const r = trackRecord(['verify'], { DATABASE_URL: target });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`claims row id=${claim.id}: statement`);
  });

  it('import fits what it holds to the heap: 60,000 events import into an 80 MB heap, and verify', async () => {
    // Without fitting its batches to the heap, the import of 60,000 events runs out of an 80 MB heap (it
    // needs about 110 MB). An SQLite file is written on a thread of its own, so that thread's batches
    // are held to the small heap too.
    const exported = join(dir, 'bench-events.jsonl');
    writeFileSync(
      exported,
      generateEvents(60_000)
        .map((e) => `${JSON.stringify(e)}\n`)
        .join(''),
    );
    const copy = join(dir, 'small-heap.sqlite');
    const imported = trackRecord(['import', exported], {
      DATABASE_URL: copy,
      NODE_OPTIONS: '--max-old-space-size=80',
    });
    expect(imported.stderr).not.toMatch(/out of memory/);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain('imported 60000 events');
    const verified = await inProcess(['verify'], { DATABASE_URL: copy });
    expect(verified.code, verified.stderr).toBe(0);
    expect(verified.stdout).toMatch(/^ok: 60000 events/);
  }, 120_000);

  it('verify that cannot finish exits 2, not 1: it has no verdict on the ledger', () => {
    const notADatabase = join(dir, 'not-a-database.sqlite');
    writeFileSync(
      notADatabase,
      'this is a text file, not an SQLite database, long enough to have a header page of its own.\n'.repeat(50),
    );
    const r = trackRecord(['verify'], { DATABASE_URL: notADatabase });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^verify could not finish: .*not a database/);
    expect(r.stderr).not.toContain('TAMPERED');
  });

  it('unknown commands and missing arguments exit 2 with usage', async () => {
    expect(trackRecord(['frobnicate']).code).toBe(2);
    expect((await inProcess(['import'])).code).toBe(2);
    expect((await inProcess(['extract', 'nope.txt', '--published', '2026-02-30'])).code).toBe(2);
  });
});
