import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../../src/server/config.js';
import { createLogger } from '../../../src/server/log/logger.js';
import { startTestServer, type TestServer } from '../../support/server.js';

const CLIENT = '203.0.113.7';

/** A sign-in that fails, sent as a proxy on this machine would forward it. */
async function failedSignInVia(ts: TestServer) {
  const res = await fetch(`${ts.baseUrl}/api/auth/signin`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': CLIENT },
    body: JSON.stringify({ username: 'nobody', password: 'not the password' }),
  });
  expect(res.status).toBe(401);
  const keys = await ts.db.db.selectFrom('signin_limits').select('key').execute();
  return keys.map((k) => k.key).filter((k) => k.startsWith('ip:'));
}

describe.each([
  ['loopback (the default)', 'loopback', CLIENT],
  ['off', false, '127.0.0.1'],
] as const)('sqlite: TRACK_RECORD_TRUST_PROXY %s', (_name, trustProxy, seen) => {
  let ts: TestServer;
  const lines: string[] = [];
  beforeAll(async () => {
    const logger = createLogger({ logLevel: 'info' }, { destination: { write: (s: string) => lines.push(s) } });
    ts = await startTestServer('sqlite', { logger, config: { trustProxy: trustProxy as Config['trustProxy'] } });
  });
  afterAll(() => ts.close());

  it(`rate limits and the log see ${seen}`, async () => {
    expect(await failedSignInVia(ts)).toEqual([`ip:${seen}`]);
    expect(lines.map((l) => (JSON.parse(l) as { ip: string }).ip)).toEqual([seen]);
  });
});
