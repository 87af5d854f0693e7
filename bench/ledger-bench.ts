/**
 * Benchmark of the ledger's bulk paths (issue: events per second through the ledger service in a
 * bulk import of 1,000,000 events, on SQLite and PostgreSQL; the same event rows inserted by a raw
 * better-sqlite3 prepared statement in one transaction, and the ratio — goal: the import within
 * 3× of the raw insert; verify of 1,000,000 events — goal: under 30 s on SQLite).
 *
 * Also measured, as a reference: the floor — the SQLite work alone of writing the rows the import
 * wrote (ledger-floor.ts).
 *
 * Every timed section starts after a full garbage collection (collectGarbage, support.ts).
 *
 * Deterministic data: ~5,000 source.created, claim.created with 1–2 sources and 0–2 tags,
 * resolution.recorded for ~40% of the claims, each with a correct seq/prevHash/hash.
 * Run: node --expose-gc --import tsx -e "import('./bench/ledger-bench.ts').then(m=>m.benchLedger()).then(r=>console.log(r))"
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createScratchPostgres } from '../test/support/postgres.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type SqliteDatabase from 'better-sqlite3';
import { openDatabase } from '../src/server/db/connect.js';
import { migrateToLatest } from '../src/server/ledger/migrate.js';
import { canonicalJson } from '../src/server/ledger/canonical-json.js';
import type { RecordedEvent } from '../src/server/ledger/events.js';
import { eventHash, GENESIS_HASH } from '../src/server/ledger/hash.js';
import { importEvents } from '../src/server/replay/index.js';
import { verifyLedger } from '../src/server/replay/index.js';
import { mulberry32 } from '../src/server/prng.js';
import { collectGarbage, median } from './support.js';
import { execFileSync } from 'node:child_process';

const SOURCES = 5_000;
const KINDS = ['BULL', 'BEAR', 'WATCH', 'CLAIM'] as const;
const TAGS = Array.from({ length: 40 }, (_, i) => `topic-${i}`);

const hex = (random: () => number, n: number) => {
  let s = '';
  for (let i = 0; i < n; i++) s += Math.floor(random() * 16).toString(16);
  return s;
};

/** UUIDv7-shaped ids like src/server/ids.ts (time-ordered), but deterministic. */
function idMaker(random: () => number) {
  let counter = 0;
  return (ms: number) => {
    counter = (counter + 1) & 0xfff;
    const h = ms.toString(16).padStart(12, '0') + '7' + counter.toString(16).padStart(3, '0') + hex(random, 16);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
  };
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A valid ledger of `count` events. */
export function generateEvents(count: number): RecordedEvent[] {
  const random = mulberry32(20261125);
  const newId = idMaker(random);
  const events: RecordedEvent[] = [];
  let prevHash = GENESIS_HASH;
  let ms = Date.parse('2024-01-01T00:00:00.000Z');
  const sources: string[] = [];
  const open: string[] = []; // claims not yet resolved
  const nSources = Math.min(SOURCES, Math.max(1, Math.floor(count / 200)));
  const push = (type: string, entity: string, entityId: string, payload: unknown, actor: string) => {
    const seq = events.length + 1;
    const text = canonicalJson(payload);
    const at = new Date(ms).toISOString();
    const hash = eventHash(prevHash, seq, type, text);
    events.push({ seq, at, actor, type, entity, entityId, payload: text, prevHash, hash });
    prevHash = hash;
  };
  while (events.length < count) {
    ms += 1000 + Math.floor(random() * 59_000);
    const seq = events.length + 1;
    if (sources.length < nSources && (seq <= nSources / 2 || random() < 0.02)) {
      const id = newId(ms);
      const n = sources.length;
      sources.push(id);
      push(
        'source.created',
        'source',
        id,
        {
          id,
          handle: `source_${n}`,
          displayName: `Source ${n}`,
          kind: random() < 0.7 ? 'person' : 'outlet',
          url: random() < 0.5 ? `https://example.com/s/${n}` : null,
          aliases: random() < 0.1 ? [`alias_${n}`] : [],
        },
        'editor1',
      );
      continue;
    }
    // Resolve ~40% of the claims: after the first few, 2 resolutions for every 5 claims.
    if (open.length > 50 && random() < 0.4 / 1.4) {
      // Mostly recent claims, sometimes old ones.
      const back =
        random() < 0.8 ? Math.floor(random() * Math.min(open.length, 2000)) : Math.floor(random() * open.length);
      const i = open.length - 1 - back;
      const claimId = open[i]!;
      open[i] = open[open.length - 1]!;
      open.pop();
      const r = random();
      const outcome = r < 0.08 ? 'void' : r < 0.15 ? 'partial' : random() < 0.55 ? 'true' : 'false';
      const id = newId(ms);
      push(
        'resolution.recorded',
        'claim',
        claimId,
        {
          id,
          claimId,
          outcome,
          credit: outcome === 'partial' ? [0.25, 0.5, 0.75][Math.floor(random() * 3)]! : null,
          voidReason: outcome === 'void' ? 'ambiguous' : null,
          evidence: [`https://example.com/evidence/${seq}`],
          note: 'Checked against the published figures.',
          early: false,
          reviewer: 'reviewer1',
          supersedes: null,
          reason: null,
          needsConfirmation: false,
        },
        'reviewer1',
      );
      continue;
    }
    const id = newId(ms);
    const first = sources[Math.floor(sources.length * random() ** 2)]!;
    const claimSources = [{ sourceId: first, role: 'made' }];
    if (random() < 0.5) {
      const second = sources[Math.floor(random() * sources.length)]!;
      if (second !== first) claimSources.push({ sourceId: second, role: random() < 0.5 ? 'made' : 'cited' });
    }
    const nTags = Math.floor(random() * 3);
    const tags = [...new Set(Array.from({ length: nTags }, () => TAGS[Math.floor(random() * TAGS.length)]!))];
    const kind = KINDS[Math.floor(random() * KINDS.length)]!;
    const start = ms + 86_400_000 * Math.floor(random() * 30);
    push(
      'claim.created',
      'claim',
      id,
      {
        id,
        publicationId: null,
        kind,
        statement: `Claim ${seq}: the indicator will ${random() < 0.5 ? 'rise above' : 'fall below'} ${Math.floor(random() * 1000)} by the end of the window.`,
        quote: random() < 0.3 ? `"We expect it to move by ${Math.floor(random() * 50)}%."` : null,
        condition: null,
        criteria: random() < 0.2 ? 'As reported by the official statistics office.' : null,
        timePhrase: random() < 0.5 ? 'by the end of the quarter' : null,
        windowStart: random() < 0.5 ? day(start) : null,
        windowEnd: day(start + 86_400_000 * (30 + Math.floor(random() * 300))),
        windowStated: random() < 0.6,
        probability: random() < 0.3 ? Math.round(random() * 100) / 100 : null,
        tags,
        sources: claimSources,
        spanStart: null,
        spanEnd: null,
      },
      'editor1',
    );
    open.push(id);
  }
  return events;
}

async function freshSqlite() {
  const dir = mkdtempSync(join(tmpdir(), 'tr-bench-'));
  const handle = openDatabase(join(dir, 'bench.sqlite'));
  await migrateToLatest(handle.db);
  return {
    handle,
    dispose: async () => {
      await handle.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The baseline: the same event rows through one prepared INSERT in one transaction. */
async function rawInsert(events: RecordedEvent[]): Promise<number> {
  const { handle, dispose } = await freshSqlite();
  try {
    const sqlite = handle.sqlite as SqliteDatabase.Database;
    const insert = sqlite.prepare(
      'INSERT INTO events (seq, at, actor, type, entity, "entityId", payload, "prevHash", hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    collectGarbage();
    const started = performance.now();
    sqlite
      .transaction(() => {
        for (const e of events)
          insert.run(e.seq, e.at, e.actor, e.type, e.entity, e.entityId, e.payload, e.prevHash, e.hash);
      })
      .immediate();
    return (performance.now() - started) / 1000;
  } finally {
    await dispose();
  }
}

export async function benchLedger(options: { events?: number } = {}): Promise<Record<string, number | string>> {
  const count = options.events ?? 1_000_000;
  const out: Record<string, number> = { events: count };
  // Each run as well as the medians: one machine's speed drifts and stalls, and a stall shows here.
  const runs = (xs: number[]) => xs.map((x) => x.toFixed(2)).join(' ');
  let t = performance.now();
  const events = generateEvents(count);
  out.generate_s = (performance.now() - t) / 1000;
  const types: Record<string, number> = {};
  for (const e of events) types[e.type] = (types[e.type] ?? 0) + 1;
  for (const [type, n] of Object.entries(types)) out[`n_${type}`] = n;

  // Raw insert and import through the ledger, three of each, taken in turns (raw, import, raw,
  // import, …) so that a machine that speeds up or slows down mid-run weighs on both alike. Each
  // import goes into a fresh file; the last one is verified three times.
  const rawRuns: number[] = [];
  const importRuns: number[] = [];
  const verifyRuns: number[] = [];
  for (let i = 0; i < 3; i++) {
    rawRuns.push(await rawInsert(events));
    const sqlite = await freshSqlite();
    try {
      collectGarbage();
      t = performance.now();
      await importEvents(sqlite.handle, events);
      importRuns.push((performance.now() - t) / 1000);
      if (i < 2) continue;
      for (let j = 0; j < 3; j++) {
        collectGarbage();
        t = performance.now();
        const v = await verifyLedger(sqlite.handle);
        verifyRuns.push((performance.now() - t) / 1000);
        if (!v.ok) throw new Error(`verify failed on the imported database: ${v.problem}`);
      }
      // What SQLite alone spends on the rows this import wrote (ledger-floor.ts), in its own process.
      const floor = JSON.parse(
        execFileSync(
          process.execPath,
          [
            '--import',
            'tsx',
            join(import.meta.dirname, 'ledger-floor.ts'),
            sqlite.handle.location,
            String(Math.ceil(count / 50_000)),
          ],
          { encoding: 'utf8' },
        ),
      ) as { writes: number; indexes: number };
      out.sqlite_floor_writes_s_once = floor.writes;
      out.sqlite_floor_indexes_s_once = floor.indexes;
      out.sqlite_floor_vs_raw_ratio = (floor.writes + floor.indexes) / median(rawRuns);
    } finally {
      await sqlite.dispose();
    }
  }
  out.raw_insert_s_median_of_3 = median(rawRuns);
  out.raw_insert_rows_per_s = count / out.raw_insert_s_median_of_3;
  out.sqlite_import_s_median_of_3 = median(importRuns);
  out.sqlite_import_events_per_s = count / out.sqlite_import_s_median_of_3;
  out.sqlite_import_vs_raw_ratio = out.sqlite_import_s_median_of_3 / out.raw_insert_s_median_of_3;
  out.sqlite_import_vs_raw_ratio_median_of_pairs = median(importRuns.map((s, i) => s / rawRuns[i]!));
  out.sqlite_verify_s_median_of_3 = median(verifyRuns);
  const each = {
    raw_insert_s_runs: runs(rawRuns),
    sqlite_import_s_runs: runs(importRuns),
    sqlite_verify_s_runs: runs(verifyRuns),
  };

  const base = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (base) {
    const scratch = await createScratchPostgres(base, 'tr_bench');
    const handle = openDatabase(scratch.url);
    try {
      await migrateToLatest(handle.db);
      collectGarbage();
      t = performance.now();
      await importEvents(handle, events);
      out.postgres_import_s_once = (performance.now() - t) / 1000;
      out.postgres_import_events_per_s = count / out.postgres_import_s_once;
    } finally {
      await handle.close();
      await scratch.drop();
    }
  }
  return { ...out, ...each };
}
