import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createApp } from '../../src/server/app.js';
import { createUser } from '../../src/server/auth/service.js';
import { fixedClock } from '../../src/server/clock.js';
import { testConfig, type Config } from '../../src/server/config.js';
import { createContext, type AppContext } from '../../src/server/context.js';
import type { Logger } from '../../src/server/log/logger.js';
import type { Signer } from '../../src/server/checkpoints/signer.js';
import { createTestDb, type KeptDb, type TestDb } from './db.js';

export type Role = 'admin' | 'editor' | 'reviewer';

export interface Client {
  role: Role | null;
  request(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: any; headers: Headers }>;
  get(path: string): Promise<{ status: number; body: any; headers: Headers }>;
  post(path: string, body?: unknown): Promise<{ status: number; body: any; headers: Headers }>;
  patch(path: string, body?: unknown): Promise<{ status: number; body: any; headers: Headers }>;
  del(path: string): Promise<{ status: number; body: any; headers: Headers }>;
}

export interface TestServer {
  baseUrl: string;
  db: TestDb;
  ctx: AppContext;
  clock: ReturnType<typeof fixedClock>;
  anon: Client;
  as(role: Role): Promise<Client>;
  /** A session-cookie client (with its CSRF token), signed in through the real endpoint. */
  signIn(username: string, password: string): Promise<Client & { csrfToken: string; cookie: string }>;
  counts(): Promise<Record<string, number>>;
  close(): Promise<void>;
  /**
   * Closes the server and keeps its database, to start servers on copies of it (startTestServer's
   * `from`): a state seeded once over HTTP, and each test its own copy.
   */
  keep(): Promise<ServerSnapshot>;
}

/** A test server's database kept after it closed, with the users it signed in (TestServer.keep). */
export interface ServerSnapshot {
  db: KeptDb;
  /** The username of each role `as` signed in: a server on a copy signs that user in again. */
  users: ReadonlyMap<Role, string>;
  drop(): Promise<void>;
}

export const PASSWORD = 'correct horse battery staple';

function client(baseUrl: string, role: Role | null, auth: Record<string, string>): Client {
  const request = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(baseUrl + path, {
      method,
      headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...auth, ...headers },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      /* not JSON */
    }
    return { status: res.status, body: parsed as any, headers: res.headers };
  };
  return {
    role,
    request,
    get: (p) => request('GET', p),
    post: (p, b = {}) => request('POST', p, b),
    patch: (p, b = {}) => request('PATCH', p, b),
    del: (p) => request('DELETE', p),
  };
}

/**
 * A real HTTP server on port 0 over a fresh database (with `from`, a copy of a kept one), with a
 * clock that moves only when told.
 */
export async function startTestServer(
  dialect: 'sqlite' | 'postgres',
  options: {
    now?: string;
    config?: Partial<Config>;
    logger?: Logger;
    signer?: Signer;
    webRoot?: string;
    from?: ServerSnapshot;
  } = {},
): Promise<TestServer> {
  const db = await createTestDb(dialect, options.from?.db);
  const clock = fixedClock(options.now ?? '2026-03-01T12:00:00.000Z');
  const ctx = createContext({
    db: db.db,
    clock,
    config: testConfig(options.config),
    logger: options.logger,
    pool: db.pool,
    signer: options.signer,
  });
  const app = createApp({ ...ctx, webRoot: options.webRoot ?? null });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const stopListening = async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections?.();
  };
  const clients = new Map<Role, Client>();
  const usernames = new Map<Role, string>(options.from?.users);
  let users = usernames.size;
  const ts: TestServer = {
    baseUrl,
    db,
    ctx,
    clock,
    anon: client(baseUrl, null, {}),
    async as(role) {
      const existing = clients.get(role);
      if (existing) return existing;
      let username = usernames.get(role);
      if (!username) {
        users += 1;
        username = `${role}${users}`;
        await createUser(ctx, { username, displayName: role, role, password: PASSWORD });
        usernames.set(role, username);
      }
      const c = await ts.signIn(username, PASSWORD);
      clients.set(role, c);
      return c;
    },
    async signIn(username, password) {
      const res = await fetch(`${baseUrl}/api/auth/signin`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password }),
      });
      if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
      const body = (await res.json()) as { csrfToken: string; user: { role: Role } };
      const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
      return {
        ...client(baseUrl, body.user.role, { cookie, 'x-csrf-token': body.csrfToken }),
        csrfToken: body.csrfToken,
        cookie,
      };
    },
    async counts() {
      const out: Record<string, number> = {};
      for (const t of [
        'events',
        'sources',
        'source_aliases',
        'publications',
        'claims',
        'claim_sources',
        'claim_tags',
        'resolutions',
      ] as const) {
        const r = await db.db
          .selectFrom(t)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow();
        out[t] = Number(r.n);
      }
      const head = await db.db.selectFrom('ledger_head').selectAll().executeTakeFirstOrThrow();
      out.headSeq = Number(head.seq);
      return out;
    },
    async close() {
      await stopListening();
      await db.destroy();
    },
    async keep() {
      await stopListening();
      const kept = await db.keep();
      return { db: kept, users: new Map(usernames), drop: () => kept.drop() };
    },
  };
  return ts;
}
