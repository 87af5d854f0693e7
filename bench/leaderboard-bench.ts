// Leaderboard at scale (issue 5): 5,000 sources and 1,000,000 claims. Data is bulk-inserted
// straight into the tables (bench setup only), with each source's totals folded by src/scoring
// exactly as the ledger maintains them.
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  addCall,
  emptyTotals,
  leaderboard,
  type Kind,
  type ResolvedCall,
  type ScoreTotals,
} from '../src/scoring/index.js';
import { createApp } from '../src/server/app.js';
import { fixedClock } from '../src/server/clock.js';
import { testConfig } from '../src/server/config.js';
import { createContext } from '../src/server/context.js';
import { resolveClaim } from '../src/server/claims/service.js';
import { openDatabase } from '../src/server/db/connect.js';
import { migrateToLatest } from '../src/server/db/migrate.js';
import { mulberry32 } from '../src/server/prng.js';
import { benchRequestLog } from './request-log.js';
import { median } from './support.js';

export async function populate(location: string, sources = 5000, claims = 1_000_000) {
  const handle = openDatabase(location);
  await migrateToLatest(handle.db);
  const db = handle.sqlite!;
  db.pragma('synchronous = OFF');
  const rand = mulberry32(42);
  const kinds: Kind[] = ['BULL', 'BEAR', 'WATCH', 'CLAIM'];
  const at = '2026-01-01T00:00:00.000Z';
  const insSource = db.prepare(
    'insert into sources (id, handle, displayName, kind, url, createdAt, updatedAt) values (?, ?, ?, ?, null, ?, ?)',
  );
  const insStats = db.prepare('insert into source_stats (sourceId, totals, nOpen, nResolved) values (?, ?, ?, ?)');
  const insClaim =
    db.prepare(`insert into claims (id, publicationId, kind, statement, publishedStatement, quote, condition, criteria, timePhrase,
    windowStart, windowEnd, windowStated, probability, spanStart, spanEnd, createdAt, createdBy, amendedAt, resolutionId, outcome, credit, resolvedAt)
    values (?, null, ?, ?, ?, null, null, null, null, null, ?, 1, ?, null, null, ?, 'bench', null, ?, ?, ?, ?)`);
  const insLink = db.prepare("insert into claim_sources (claimId, sourceId, role) values (?, ?, 'made')");
  const totals: ScoreTotals[] = Array.from({ length: sources }, () => emptyTotals());
  const open = new Array<number>(sources).fill(0);
  const resolvedN = new Array<number>(sources).fill(0);
  db.transaction(() => {
    for (let s = 0; s < sources; s++) insSource.run(`s${s}`, `source_${s}`, `Source ${s}`, 'person', at, at);
    for (let i = 0; i < claims; i++) {
      const s = Math.floor(rand() * sources);
      const kind = kinds[Math.floor(rand() * 4)]!;
      const p = rand() < 0.3 ? Math.round(rand() * 100) / 100 : null;
      const day = 1 + Math.floor(rand() * 700);
      const end = new Date(Date.UTC(2025, 0, day)).toISOString().slice(0, 10);
      const resolved = end < '2026-10-01' && rand() < 0.85;
      const outcome = resolved ? (rand() < 0.05 ? 'void' : rand() < 0.6 ? 'true' : 'false') : null;
      const credit = outcome === 'true' ? 1 : outcome === 'false' ? 0 : null;
      const id = `c${String(i).padStart(8, '0')}`;
      insClaim.run(
        id,
        kind,
        `Bench claim ${i}`,
        `Bench claim ${i}`,
        end,
        p,
        at,
        resolved ? `r${i}` : null,
        outcome,
        credit,
        resolved ? `${end}T12:00:00.000Z` : null,
      );
      insLink.run(id, `s${s}`);
      if (resolved) {
        const call: ResolvedCall = { kind, probability: p, outcome: credit, resolvedOn: end };
        totals[s] = addCall(totals[s]!, call);
        resolvedN[s]! += 1;
      } else open[s]! += 1;
    }
    for (let s = 0; s < sources; s++) insStats.run(`s${s}`, JSON.stringify(totals[s]), open[s], resolvedN[s]);
  })();
  db.pragma('synchronous = FULL');
  return handle;
}

async function throughput(url: string, seconds: number, concurrency = 16) {
  let count = 0;
  const until = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < until) {
        const res = await fetch(url);
        await res.arrayBuffer();
        count += 1;
      }
    }),
  );
  return count / seconds;
}

export async function benchLeaderboard(): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'tr-bench-lb-'));
  const started = performance.now();
  const handle = await populate(join(dir, 'bench.sqlite'));
  const out: Record<string, number> = {
    'setup seconds (5,000 sources, 1,000,000 claims)': (performance.now() - started) / 1000,
  };
  const clock = fixedClock('2026-11-25T12:00:00.000Z');
  const ctx = createContext({ db: handle.db, clock, config: testConfig() });
  const app = createApp({ ...ctx, webRoot: null });
  const page = await (async () => {
    const t0 = performance.now();
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const first = await fetch(`${base}/api/leaderboard?limit=50`);
    const body = await first.text();
    out['leaderboard first (uncached) request ms'] = performance.now() - t0;
    return { server, base, body };
  })();
  app.get('/bare', (_req, res) => res.type('json').send(page.body));
  // Warm both, then measure, alternating, three rounds each.
  await throughput(`${page.base}/bare`, 1);
  await throughput(`${page.base}/api/leaderboard?limit=50`, 1);
  const lb: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < 3; i++) {
    bare.push(await throughput(`${page.base}/bare`, 2));
    lb.push(await throughput(`${page.base}/api/leaderboard?limit=50`, 2));
  }
  out['leaderboard endpoint req/s (median)'] = median(lb);
  out['bare JSON route req/s (median)'] = median(bare);
  out['leaderboard / bare ratio (goal ≥ 0.5)'] = median(lb) / median(bare);
  Object.assign(out, await benchRequestLog(handle, clock, dir, throughput));

  // Full recompute of every scorecard from the claims, as verify does.
  const recompute: number[] = [];
  const computeOnly: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    // Rows as arrays, streamed: no object per row on the way in.
    const rows = handle
      .sqlite!.prepare(
        `select cs.sourceId, c.kind, c.probability, c.outcome, c.credit, c.resolvedAt from claims c join claim_sources cs on cs.claimId = c.id where c.resolutionId is not null and cs.role = 'made'`,
      )
      .raw(true)
      .iterate() as IterableIterator<[string, Kind, number | null, string, number | null, string]>;
    const bySource = new Map<string, ResolvedCall[]>();
    for (const [sourceId, kind, probability, outcome, credit, resolvedAt] of rows) {
      const call: ResolvedCall = {
        kind,
        probability,
        outcome: outcome === 'void' ? null : credit,
        resolvedOn: resolvedAt.slice(0, 10),
      };
      const list = bySource.get(sourceId);
      if (list) list.push(call);
      else bySource.set(sourceId, [call]);
    }
    const t1 = performance.now();
    leaderboard(
      [...bySource].map(([handle, calls]) => ({ handle, calls })),
      { priorMean: 'pooled' },
    );
    const t2 = performance.now();
    recompute.push((t2 - t0) / 1000);
    computeOnly.push((t2 - t1) / 1000);
  }
  out['full recompute of all scorecards incl. reading claims, s (median)'] = median(recompute);
  out['full recompute, scoring only, s (median)'] = median(computeOnly);

  // Cost per resolution through the ledger, stats upkeep included.
  const due = handle
    .sqlite!.prepare("select id from claims where resolutionId is null and windowEnd < '2026-11-25' limit 200")
    .all() as { id: string }[];
  const costs: number[] = [];
  for (const { id } of due) {
    const t0 = performance.now();
    await resolveClaim(ctx, 'bench', id, {
      outcome: 'true',
      evidence: ['https://example.com/e'],
      note: '',
      early: false,
      credit: null,
      voidReason: null,
      supersedes: null,
      reason: null,
    });
    costs.push(performance.now() - t0);
  }
  out['resolution incl. stats upkeep ms (median of 200)'] = median(costs);
  page.server.close();
  await handle.close();
  rmSync(dir, { recursive: true, force: true });
  return out;
}
