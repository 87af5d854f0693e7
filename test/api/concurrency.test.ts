import { afterEach, describe, expect, it } from 'vitest';
import { verifyLedger } from '../../src/server/replay/verify/verify.js';
import { runScript } from '../support/child.js';
import { createTestDb, type TestDb } from '../support/db.js';
import { testDialects } from '../support/dialects.js';
import { startTestServer } from '../support/server.js';

/** Runs the writer process; `acked` holds the handles it acknowledged. */
function runWriter(location: string, prefix: string, count: number, onLine?: (line: string) => void) {
  const run = runScript('test/support/writer.ts', [location, prefix, String(count)], onLine);
  return { ...run, acked: run.lines };
}

describe('sqlite: two processes appending to one file', () => {
  let db: TestDb;
  afterEach(async () => db?.destroy());

  it('leave one valid chain with every event', async () => {
    db = await createTestDb('sqlite');
    const a = runWriter(db.url, 'proc_a', 150);
    const b = runWriter(db.url, 'proc_b', 150);
    const [ra, rb] = await Promise.all([a.done, b.done]);
    expect(ra.code, a.stderr()).toBe(0);
    expect(rb.code, b.stderr()).toBe(0);
    const result = await verifyLedger(db.db);
    expect(result.problem).toBeNull();
    expect(result.events).toBe(300);
    const handles = (await db.db.selectFrom('sources').select('handle').execute()).map((r) => r.handle).sort();
    expect(handles).toEqual([...a.acked, ...b.acked].sort());
  });

  it('a SIGKILL in the middle of a stream of writes loses no acknowledged write and verify passes', async () => {
    db = await createTestDb('sqlite');
    const w = runWriter(db.url, 'killed', 100000, (line) => {
      if (line === 'killed_200') w.child.kill('SIGKILL');
    });
    const exit = await w.done;
    expect(exit.signal).toBe('SIGKILL');
    // The killed process's WAL is picked up by the next connection, as after a crash.
    const result = await verifyLedger(db.db);
    expect(result.problem).toBeNull();
    const stored = new Set((await db.db.selectFrom('sources').select('handle').execute()).map((r) => r.handle));
    expect(w.acked.length).toBeGreaterThanOrEqual(200);
    for (const h of w.acked) expect(stored.has(h), h).toBe(true);
  });
});

for (const dialect of testDialects().filter((d) => d === 'postgres'))
  describe(`${dialect}: many concurrent requests`, () => {
    it('never fork or break the chain', async () => {
      const s = await startTestServer(dialect);
      try {
        const editor = await s.as('editor');
        const results = await Promise.all(
          Array.from({ length: 60 }, (_, i) =>
            editor.post('/api/sources', { handle: `conc_${i}`, displayName: `C ${i}` }),
          ),
        );
        expect(results.every((r) => r.status === 201)).toBe(true);
        const writers = Array.from({ length: 2 }, (_, k) => runWriter(s.db.url, `pgproc_${k}`, 40));
        const exits = await Promise.all(writers.map((w) => w.done));
        exits.forEach((e, k) => expect(e.code, writers[k]!.stderr()).toBe(0));
        const result = await verifyLedger(s.db.db);
        expect(result.problem).toBeNull();
        expect(result.events).toBe(60 + 80);
      } finally {
        await s.close();
      }
    });
  });
