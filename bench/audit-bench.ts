/**
 * Issue 24: `track-record audit` of 1,000,000 events from a local server (goal: under 60 s), and the
 * ledger page's in-browser verification of 100,000 events in Chromium (goal: under 10 s).
 *
 * The ledger is generated and imported here into an SQLite file, then served by `track-record
 * serve` in a child process (as an auditor meets a local instance: its own process, over HTTP). The
 * audit runs in this process; the browser is Debian's Chromium, timed from the click on "Verify the
 * whole ledger" to ✓. Each figure is the median of `repeats` runs against the same server.
 *
 * Keys: audit<size>S and browserVerify<size>S (sizes as 1m, 100k, …), e.g. results.audit.audit1mS
 * and results.audit.browserVerify100kS. A run at another size than the goal's also reports
 * audit1mSLinear / browserVerify100kSLinear: the median scaled linearly to the goal's size (an
 * extrapolation, said so in the key). auditPhases says where an audit's time went, per phase:
 * wall seconds / this process's CPU seconds / the server's CPU seconds (auditCpuS and
 * auditServerCpuS: the whole audit's CPU time; on a loaded machine these say more than the wall time).
 *
 * Small run: node --import tsx -e "import('./bench/audit-bench.ts').then(m=>m.benchAudit({events:20000,browserEvents:5000})).then(r=>console.log(r))"
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PhaseTimes } from '../src/cli/audit/phases.js';
import { runAudit } from '../src/cli/audit/run.js';
import { openDatabase } from '../src/server/db/connect.js';
import { migrateToLatest } from '../src/server/ledger/migrate.js';
import { importEvents } from '../src/server/replay/import.js';
import { ensureWebBuilt, launchBrowser, startServer } from '../test/e2e/support.js';
import { generateEvents } from './ledger-bench.js';

const AUDIT_GOAL_EVENTS = 1_000_000;
const BROWSER_GOAL_EVENTS = 100_000;

/** A ledger of `events` generated events in an SQLite file, served by `track-record serve` in a child process. */
export async function serveLedger(events: number) {
  const dir = mkdtempSync(join(tmpdir(), 'tr-bench-audit-'));
  const file = join(dir, 'bench.sqlite');
  const handle = openDatabase(file);
  try {
    await migrateToLatest(handle.db);
    await importEvents(handle, generateEvents(events));
  } finally {
    await handle.close();
  }
  const server = await startServer({ databaseUrl: file });
  // The server signs a checkpoint of the head as it starts; the audit checks it is on the chain.
  for (let tries = 0; tries < 100; tries++) {
    const res = await fetch(`${server.baseUrl}/api/ledger/checkpoints/latest`);
    if (res.ok) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url: server.baseUrl,
    pid: server.pid,
    async close() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** 1000000 → "1m", 100000 → "100k", 20000 → "20k", 1500 → "1500". */
export function sizeLabel(n: number): string {
  if (n % 1_000_000 === 0) return `${n / 1_000_000}m`;
  if (n % 1_000 === 0) return `${n / 1_000}k`;
  return String(n);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** CPU seconds process `pid` has used (user + system, from /proc; Linux's clock ticks are 1/100 s). */
function processCpuS(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8')
    .replace(/^.*\) /s, '')
    .split(' ');
  // After the command name: state is field 3, utime field 14 and stime field 15 of stat(5).
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * An audit's phases as "name wall/cpu/server" seconds: the wall time, this process's CPU time and
 * the server's CPU time spent in each phase; parts inside a phase (walk, waits) have no server figure.
 */
function describePhases(phases: PhaseTimes, server: Map<string, number>): string {
  return [...phases.spent]
    .map(([name, s]) => {
      const srv = server.get(name);
      return `${name} ${round(s.wallMs / 1000)}/${round(s.cpuMs / 1000)}${srv === undefined ? '' : `/${round(srv)}`}`;
    })
    .join(', ');
}

export async function benchAudit(
  options: { events?: number; browserEvents?: number; repeats?: number; browser?: boolean; audit?: boolean } = {},
): Promise<Record<string, number | string>> {
  const events = options.events ?? AUDIT_GOAL_EVENTS;
  const browserEvents = options.browserEvents ?? BROWSER_GOAL_EVENTS;
  const repeats = options.repeats ?? 3;
  const out: Record<string, number | string> = {};

  if (options.audit !== false) {
    const live = await serveLedger(events);
    try {
      const runs: number[] = [];
      const phaseRuns: string[] = [];
      for (let i = 0; i < repeats; i++) {
        const serverCpu = new Map<string, number>();
        let last: { phase: string; cpu: number } | null = null;
        const phases = new PhaseTimes((phase) => {
          const cpu = processCpuS(live.pid);
          if (last) serverCpu.set(last.phase, (serverCpu.get(last.phase) ?? 0) + cpu - last.cpu);
          last = phase === null ? null : { phase, cpu };
        });
        const cpuBefore = process.cpuUsage();
        const serverBefore = processCpuS(live.pid);
        const started = performance.now();
        const r = await runAudit({
          url: live.url,
          stateFile: null,
          given: [],
          progress: { show: () => {}, done: () => {} },
          phases,
        });
        runs.push((performance.now() - started) / 1000);
        const cpu = process.cpuUsage(cpuBefore);
        out.auditCpuS = round((cpu.user + cpu.system) / 1e6);
        out.auditServerCpuS = round(processCpuS(live.pid) - serverBefore);
        phaseRuns.push(describePhases(phases, serverCpu));
        if (r.head.seq !== events) throw new Error(`the audit checked ${r.head.seq} events, not ${events}`);
        out.auditSourcesCompared = r.sources;
      }
      const key = `audit${sizeLabel(events)}S`;
      out[key] = round(median(runs));
      out[`${key}Runs`] = runs.map(round).join(' ');
      out.auditPhases = phaseRuns.join(' | ');
      if (events !== AUDIT_GOAL_EVENTS) out.audit1mSLinear = round((median(runs) * AUDIT_GOAL_EVENTS) / events);
    } finally {
      await live.close();
    }
  }

  if (options.browser !== false) {
    ensureWebBuilt();
    const web = await serveLedger(browserEvents);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const runs: number[] = [];
      for (let i = 0; i < repeats; i++) {
        await page.goto(`${web.url}/ledger`);
        const button = page.getByRole('button', { name: 'Verify the whole ledger' });
        await button.waitFor();
        const started = performance.now();
        await button.click();
        await page.locator('.verify-ok, .verify-bad').waitFor({ timeout: 600_000 });
        runs.push((performance.now() - started) / 1000);
        const bad = page.locator('.verify-bad');
        if (await bad.count()) throw new Error(`the browser found a bad event: ${await bad.textContent()}`);
        const ok = (await page.locator('.verify-ok').textContent()) ?? '';
        if (!ok.includes(`✓ ${browserEvents} events verified`)) throw new Error(`unexpected verdict: ${ok}`);
      }
      const key = `browserVerify${sizeLabel(browserEvents)}S`;
      out[key] = round(median(runs));
      out[`${key}Runs`] = runs.map(round).join(' ');
      if (browserEvents !== BROWSER_GOAL_EVENTS)
        out.browserVerify100kSLinear = round((median(runs) * BROWSER_GOAL_EVENTS) / browserEvents);
    } finally {
      await browser.close();
      await web.close();
    }
  }
  return out;
}
