import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Migrator } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/server/clock.js';
import { testConfig } from '../../src/server/config.js';
import { createContext } from '../../src/server/context.js';
import { seedDemoIfEmpty } from '../../src/server/demo/seed.js';
import { trackRecord, trackRecordInProcess as inProcess } from '../support/cli.js';
import { openMigratedSqlite } from '../support/db.js';
import { migrations } from '../../src/server/db/migrations/index.js';

/** A migrated SQLite file, with the demo ledger when `seed`. */
async function makeDatabase(path: string, seed: boolean) {
  const h = await openMigratedSqlite(path);
  if (seed) await seedDemoIfEmpty(createContext({ db: h.db, clock: systemClock, config: testConfig() }));
  await h.close();
}

describe('sqlite: migrate', () => {
  it('says which migration it applied, then that the schema is up to date', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tr-climigrate-'));
    try {
      const file = join(dir, 'old.sqlite');
      const h = await openMigratedSqlite(file);
      const names = Object.keys(migrations).sort();
      const migrator = new Migrator({ db: h.db, provider: { getMigrations: () => Promise.resolve(migrations) } });
      expect((await migrator.migrateDown()).error).toBeUndefined();
      await h.close();
      const first = await inProcess(['migrate'], { DATABASE_URL: file });
      expect(first.code, first.stderr).toBe(0);
      expect(first.stdout.trim()).toBe(`applied: ${names.at(-1)}`);
      const again = await inProcess(['migrate'], { DATABASE_URL: file });
      expect(again.stdout.trim()).toBe('the schema is up to date');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('sqlite: verify, export and backup never create a database; verify --expect-head', () => {
  let dir: string;
  let live: string;
  let head: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tr-clidb-'));
    live = join(dir, 'live.sqlite');
    await makeDatabase(live, true);
    const r = await inProcess(['verify'], { DATABASE_URL: live });
    expect(r.code, r.stderr).toBe(0);
    const m = /head (\d+) ([0-9a-f]{64})/.exec(r.stdout)!;
    head = `${m[1]}:${m[2]}`;
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a missing database file exits 2 and is not created, for verify, export and backup', async () => {
    const missing = join(dir, 'nowhere', 'track-record.sqlite');
    for (const args of [['verify'], ['export'], ['backup', join(dir, 'copy.sqlite')]]) {
      // export's refusal is thrown to the entry point: that one runs as a real process, to its exit code.
      const r =
        args[0] === 'export'
          ? trackRecord(args, { DATABASE_URL: missing })
          : await inProcess(args, { DATABASE_URL: missing });
      expect(r.code, `${args[0]}: ${r.stderr}`).toBe(2);
      expect(r.stderr).toMatch(/no database at/);
      expect(existsSync(missing)).toBe(false);
      expect(existsSync(join(dir, 'nowhere'))).toBe(false);
    }
  }, 120_000);

  it('a file that is not a Track Record database exits 2 and is left as it was', async () => {
    const empty = join(dir, 'empty.sqlite');
    writeFileSync(empty, '');
    const text = join(dir, 'text.sqlite');
    writeFileSync(text, 'hello\n'.repeat(200));
    const foreign = join(dir, 'foreign.sqlite');
    const raw = new Database(foreign);
    raw.exec('create table t (x)');
    raw.close();
    for (const [file, command] of [
      [empty, 'verify'],
      [text, 'export'],
      [foreign, 'verify'],
    ] as const) {
      const before = readFileSync(file);
      const r = await inProcess([command], { DATABASE_URL: file });
      expect(r.code, `${file} ${command}: ${r.stderr}`).toBe(2);
      expect(r.stderr).toMatch(/not a (Track Record )?database/);
      expect(readFileSync(file).equals(before)).toBe(true);
    }
  }, 120_000);

  it('verify --expect-head passes while the chain holds the saved event, and exits 1 when it was cut off', async () => {
    expect((await inProcess(['verify', '--expect-head', head], { DATABASE_URL: live })).code).toBe(0);
    // An older copy is a consistent, shorter ledger: verify alone passes, the saved head catches it.
    const older = join(dir, 'older.sqlite');
    await makeDatabase(older, false);
    expect((await inProcess(['verify'], { DATABASE_URL: older })).code).toBe(0);
    const cut = await inProcess(['verify', '--expect-head', head], { DATABASE_URL: older });
    expect(cut.code).toBe(1);
    expect(cut.stderr).toMatch(/^TAMPERED: the chain has no event \d+/);
    const [seq] = head.split(':');
    const other = await inProcess(['verify', '--expect-head', `${seq}:${'0'.repeat(64)}`], { DATABASE_URL: live });
    expect(other.code).toBe(1);
    expect(other.stderr).toMatch(/the chain was rewritten/);
    expect((await inProcess(['verify', '--expect-head', 'nonsense'], { DATABASE_URL: live })).code).toBe(2);
  }, 180_000);

  it('an edited head hash is named as such, not as a chain that ends where the head is', async () => {
    const target = join(dir, 'head-edited.sqlite');
    expect((await inProcess(['backup', target], { DATABASE_URL: live })).code).toBe(0);
    const raw = new Database(target);
    raw.prepare('update ledger_head set hash = ? where id = 1').run('f'.repeat(64));
    raw.close();
    const r = await inProcess(['verify'], { DATABASE_URL: target });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/the head was edited outside the ledger/);
    expect(r.stderr).not.toMatch(/head is at event (\d+) but the chain ends at event \1\b/);
  }, 120_000);
});
