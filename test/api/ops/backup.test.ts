import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSource } from '../../../src/server/sources/service.js';
import { trackRecord, trackRecordInProcess as inProcess } from '../../support/cli.js';
import { EVIDENCE, makeClaim } from '../../support/factories.js';
import { createScratchPostgres } from '../../support/postgres.js';
import { startTestServer, type TestServer } from '../../support/server.js';

/** Writes a little of everything: sources, claims, a resolution. */
async function fillLedger(ts: TestServer) {
  const editor = await ts.as('editor');
  const reviewer = await ts.as('reviewer');
  const claim = await makeClaim(editor);
  await makeClaim(editor);
  const res = await reviewer.post(`/api/claims/${claim.id}/resolutions`, { outcome: 'false', evidence: EVIDENCE });
  expect(res.status).toBe(201);
}

const countOf = (file: string, table: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
};

describe('sqlite: backup --verify and restore', () => {
  let ts: TestServer;
  let dir: string;
  beforeAll(async () => {
    ts = await startTestServer('sqlite');
    await fillLedger(ts);
    dir = mkdtempSync(join(tmpdir(), 'tr-backup-'));
  });
  afterAll(async () => {
    await ts.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('backs up a live database, verifies the copy, and restores it into a new file that verifies', async () => {
    const copy = join(dir, 'copy.sqlite');
    const backup = trackRecord(['backup', copy, '--verify'], { DATABASE_URL: ts.db.url });
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stdout).toMatch(/the copy verifies: \d+ events, head \d+ [0-9a-f]{64}/);
    const fresh = join(dir, 'fresh', 'track-record.sqlite');
    const restored = await inProcess(['restore', copy], { DATABASE_URL: fresh });
    expect(restored.code, restored.stderr).toBe(0);
    expect((await inProcess(['verify'], { DATABASE_URL: fresh })).code).toBe(0);
    for (const table of ['events', 'claims', 'resolutions', 'sources'])
      expect(countOf(fresh, table)).toBe(countOf(ts.db.url, table));
  });

  it('refuses a copy that does not verify, or is no database, and changes nothing', async () => {
    const bad = join(dir, 'tampered.sqlite');
    await ts.db.sqlite!.backup(bad);
    const raw = new Database(bad);
    raw.prepare("update claims set statement = 'rewritten behind the ledger'").run();
    raw.close();
    const target = join(dir, 'target.sqlite');
    const refused = await inProcess(['restore', bad], { DATABASE_URL: target });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('the copy does not verify');
    const notDb = join(dir, 'notes.txt');
    writeFileSync(notDb, 'not a database at all, just some text that is long enough to look like a file');
    const refusedToo = await inProcess(['restore', notDb], { DATABASE_URL: target });
    expect(refusedToo.code).toBe(1);
    expect(refusedToo.stderr).toContain('is not a Track Record database');
    expect(existsSync(target)).toBe(false);
  });

  it('will not overwrite a database that holds data unless forced, nor one another process has open', async () => {
    const copy = join(dir, 'before-more.sqlite');
    await ts.db.sqlite!.backup(copy);
    await createSource(ts.ctx, 'editor1', {
      handle: 'after_the_backup',
      displayName: 'After',
      kind: 'person',
      aliases: [],
    });
    const live = ts.db.url;
    const eventsNow = countOf(live, 'events');

    const unforced = await inProcess(['restore', copy], { DATABASE_URL: live });
    expect(unforced.code).toBe(1);
    expect(unforced.stderr).toContain('--force');
    // Run as its own process, so that the open file is held by another process, as a running server would hold it.
    const inUse = trackRecord(['restore', copy, '--force'], { DATABASE_URL: live });
    expect(inUse.code).toBe(1);
    expect(inUse.stderr).toContain('another process');
    expect(countOf(live, 'events')).toBe(eventsNow);

    await ts.db.close();
    const forced = await inProcess(['restore', copy, '--force'], { DATABASE_URL: live });
    expect(forced.code, forced.stderr).toBe(0);
    expect(countOf(live, 'events')).toBe(countOf(copy, 'events'));
    expect(countOf(live, 'events')).toBeLessThan(eventsNow);
    ts.db.close = () => Promise.resolve();
  });
});

describe.runIf(process.env.TEST_DATABASE_URL)('postgres: pg_dump and pg_restore', () => {
  it('a dump restored into a new database verifies', async () => {
    const ts = await startTestServer('postgres');
    const target = await createScratchPostgres(process.env.TEST_DATABASE_URL!, 'tr_restore');
    const dir = mkdtempSync(join(tmpdir(), 'tr-pgdump-'));
    try {
      await fillLedger(ts);
      const dump = join(dir, 'track-record.dump');
      execFileSync('pg_dump', ['--format=custom', `--file=${dump}`, ts.db.url]);
      execFileSync('pg_restore', ['--no-owner', `--dbname=${target.url}`, dump]);
      const verified = await inProcess(['verify'], { DATABASE_URL: target.url });
      expect(verified.code, verified.stderr).toBe(0);
      const head = (await ts.counts()).headSeq;
      expect(verified.stdout).toContain(`head ${head} `);
    } finally {
      await ts.close();
      await target.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
