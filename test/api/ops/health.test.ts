import { renameSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../support/dialects.js';
import { startTestServer, type TestServer } from '../../support/server.js';

const readyz = async (ts: TestServer) => {
  const res = await fetch(`${ts.baseUrl}/readyz`);
  return { status: res.status, body: (await res.json()) as { status: string; reason?: string; headSeq?: number } };
};

for (const dialect of testDialects())
  describe(`${dialect}: /healthz and /readyz`, () => {
    let ts: TestServer;
    beforeAll(async () => {
      ts = await startTestServer(dialect);
    });
    afterAll(() => ts.close());

    it('healthz says the process is up; readyz reports the ledger head', async () => {
      const health = await fetch(`${ts.baseUrl}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: 'ok' });
      expect(health.headers.get('cache-control')).toBe('no-store');
      const editor = await ts.as('editor');
      await editor.post('/api/sources', { handle: `ready_${dialect}`, displayName: 'Ready' });
      expect(await readyz(ts)).toEqual({
        status: 200,
        body: { status: 'ready', headSeq: (await ts.counts()).headSeq },
      });
    });

    it('readyz is 503 while a migration this code knows is missing, and 200 once it is back', async () => {
      const name = '2026_11_25_0002_review';
      const row = await ts.db.db
        .selectFrom('kysely_migration' as never)
        .selectAll()
        .where('name' as never, '=', name as never)
        .executeTakeFirstOrThrow();
      await ts.db.db
        .deleteFrom('kysely_migration' as never)
        .where('name' as never, '=', name as never)
        .execute();
      const down = await readyz(ts);
      expect(down.status).toBe(503);
      expect(down.body.reason).toContain(name);
      await ts.db.db
        .insertInto('kysely_migration' as never)
        .values(row)
        .execute();
      expect((await readyz(ts)).status).toBe(200);
    });

    if (dialect === 'sqlite')
      it('readyz is 503 while the database file cannot be read at its path, and 200 once it can', async () => {
        const file = ts.db.url;
        renameSync(file, `${file}.away`);
        try {
          const down = await readyz(ts);
          expect(down.status).toBe(503);
          expect(down.body).toMatchObject({ status: 'unavailable' });
          expect(down.body.reason).toMatch(/^database: /);
          expect((await fetch(`${ts.baseUrl}/healthz`)).status).toBe(200);
        } finally {
          renameSync(`${file}.away`, file);
        }
        expect((await readyz(ts)).status).toBe(200);
      });
  });
