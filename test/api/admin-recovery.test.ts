import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrapAdmin, createUser } from '../../src/server/auth/service.js';
import { systemClock } from '../../src/server/clock.js';
import { testConfig } from '../../src/server/config.js';
import { createContext } from '../../src/server/context.js';
import { openDatabase } from '../../src/server/db/connect.js';
import { trackRecord, trackRecordInProcess as inProcess } from '../support/cli.js';
import { openMigratedSqlite } from '../support/db.js';
import { testDialects } from '../support/dialects.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';

for (const dialect of testDialects()) {
  describe(`${dialect}: start-up counts only enabled admins`, () => {
    let s: TestServer;
    beforeAll(async () => {
      s = await startTestServer(dialect, {
        config: { adminUsername: 'admin', adminPassword: 'a fresh chief passphrase' },
      });
      await createUser(s.ctx, { username: 'admin', displayName: 'Admin', role: 'admin', password: PASSWORD });
      // As a last admin disabled by hand (the API refuses it) would leave it.
      await s.db.db.updateTable('users').set({ disabled: 1 }).where('username', '=', 'admin').execute();
    });
    afterAll(async () => s.close());

    it('a disabled admin does not count: without a password a setup link, with one the admin is restored', async () => {
      const link = await bootstrapAdmin({ ...s.ctx, config: { ...s.ctx.config, adminPassword: null } });
      expect(link.setupToken).toMatch(/^[A-Za-z0-9_-]{20,}$/);
      const restored = await bootstrapAdmin(s.ctx);
      expect(restored).toEqual({ created: false, restored: true, setupToken: null });
      expect(
        (await s.anon.post('/api/auth/signin', { username: 'admin', password: 'a fresh chief passphrase' })).status,
      ).toBe(200);
      expect(await bootstrapAdmin(s.ctx)).toEqual({ created: false, restored: false, setupToken: null });
      // The link printed while there was no enabled admin no longer makes one.
      const setup = await s.anon.post('/api/auth/setup', {
        token: link.setupToken,
        username: 'another',
        password: PASSWORD,
      });
      expect(setup.status).toBe(409);
    });
  });
}

describe('sqlite: track-record users reset-admin', () => {
  let dir: string;
  let file: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tr-reset-'));
    file = join(dir, 'db.sqlite');
    const h = await openMigratedSqlite(file);
    const ctx = createContext({ db: h.db, clock: systemClock, config: testConfig() });
    await createUser(ctx, { username: 'boss', displayName: 'Boss', role: 'admin', password: PASSWORD });
    await h.db.updateTable('users').set({ disabled: 1 }).execute();
    await h.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints a setup link when no admin is enabled, and sets a password from TRACK_RECORD_ADMIN_PASSWORD', async () => {
    const link = trackRecord(['users', 'reset-admin'], {
      DATABASE_URL: file,
      TRACK_RECORD_PUBLIC_URL: 'https://tr.test',
    });
    expect(link.code, link.stderr).toBe(0);
    expect(link.stdout).toMatch(/https:\/\/tr\.test\/setup\?token=[A-Za-z0-9_-]{20,}/);
    const reset = await inProcess(['users', 'reset-admin', '--username', 'boss'], {
      DATABASE_URL: file,
      TRACK_RECORD_ADMIN_PASSWORD: 'a recovered admin passphrase',
    });
    expect(reset.code, reset.stderr).toBe(0);
    const h = openDatabase(file);
    const boss = await h.db.selectFrom('users').selectAll().where('username', '=', 'boss').executeTakeFirstOrThrow();
    await h.close();
    expect({ role: boss.role, disabled: boss.disabled }).toEqual({ role: 'admin', disabled: 0 });
    // Now an admin is enabled: a link would be useless, so it is refused with the way to go.
    const again = await inProcess(['users', 'reset-admin'], { DATABASE_URL: file });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/TRACK_RECORD_ADMIN_PASSWORD/);
    expect((await inProcess(['users', 'reset-admin'], { DATABASE_URL: join(dir, 'missing.sqlite') })).code).toBe(2);
  }, 180_000);
});
