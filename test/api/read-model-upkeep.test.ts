import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveClaim } from '../../src/server/claims/service.js';
import { testConfig } from '../../src/server/config.js';
import { createContext } from '../../src/server/context.js';
import { testDialects } from '../support/dialects.js';
import { EVIDENCE, makeSource } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/server.js';

// The read model's statements of one write (read-model/upkeep.ts): on PostgreSQL one statement, each
// table's change a data-modifying CTE of it; on SQLite one statement per table. Either way the
// tables hold what the write's event says (read-model.test.ts compares them with a rebuild).

const UPKEEP_TABLES = ['open_days', 'source_due', 'open_claim_keys', 'source_facet_totals'];

for (const dialect of testDialects()) {
  describe(`${dialect}: the read model's upkeep of a write`, () => {
    let s: TestServer;
    beforeAll(async () => {
      s = await startTestServer(dialect, { now: '2025-12-10T12:00:00.000Z' });
    });
    afterAll(async () => s.close());

    it(dialect === 'postgres' ? 'is one statement' : 'is one statement per table', async () => {
      const editor = await s.as('editor');
      const source = await makeSource(editor);
      const res = await editor.post('/api/claims', {
        kind: 'BULL',
        statement: 'The claim will come true.',
        windowEnd: '2025-12-01',
        sources: [{ handle: source.handle, role: 'made' }],
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      const texts: string[] = [];
      const db = s.db.db.withPlugin({
        transformQuery: ({ node, queryId }) => {
          texts.push(s.db.db.getExecutor().compileQuery(node, queryId).sql);
          return node;
        },
        transformResult: ({ result }) => Promise.resolve(result),
      });
      const ctx = createContext({ db, clock: s.clock, config: testConfig(), pool: s.db.pool });
      await resolveClaim(ctx, 'reviewer', res.body.id as string, {
        outcome: 'true',
        evidence: EVIDENCE,
        note: '',
        early: false,
        credit: null,
        voidReason: null,
        supersedes: null,
        reason: null,
      });
      const upkeep = texts.filter((t) => UPKEEP_TABLES.some((table) => t.includes(table)));
      if (dialect === 'postgres') {
        expect(upkeep).toHaveLength(1);
        for (const table of UPKEEP_TABLES) expect(upkeep[0]).toContain(table);
      } else {
        for (const t of upkeep) expect(UPKEEP_TABLES.filter((table) => t.includes(table))).toHaveLength(1);
        for (const table of UPKEEP_TABLES) expect(upkeep.some((t) => t.includes(table))).toBe(true);
      }
      const keys = await s.db.db.selectFrom('open_claim_keys').selectAll().where('claimId', '=', res.body.id).execute();
      expect(keys).toEqual([]);
      const days = await s.db.db.selectFrom('open_days').select('n').where('windowEnd', '=', '2025-12-01').execute();
      expect(days.map((d) => Number(d.n))).toEqual([0, 0]);
    });
  });
}
