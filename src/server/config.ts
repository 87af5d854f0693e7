import { resolve } from 'node:path';
import { z } from 'zod';

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().optional(),
  TRACK_RECORD_DATA_DIR: z.string().default('data'),
  TRACK_RECORD_ADMIN_PASSWORD: z
    .string()
    .min(12, 'TRACK_RECORD_ADMIN_PASSWORD needs at least 12 characters')
    .optional(),
  TRACK_RECORD_ADMIN_USERNAME: z.string().default('admin'),
  TRACK_RECORD_DEMO: z.enum(['on', 'off', '1', '0', 'true', 'false']).default('on'),
  TRACK_RECORD_REQUIRE_CONFIRMATION: z.enum(['on', 'off', '1', '0', 'true', 'false']).default('off'),
  TRACK_RECORD_PUBLIC_URL: z.string().optional(),
  TRACK_RECORD_SECURE_COOKIES: z.enum(['on', 'off', '1', '0', 'true', 'false']).default('off'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRACK_RECORD_METRICS_TOKEN: z.string().min(16, 'TRACK_RECORD_METRICS_TOKEN needs at least 16 characters').optional(),
  TRACK_RECORD_TRUST_PROXY: z.string().default('loopback'),
  TRACK_RECORD_WEBHOOKS_ALLOW_PRIVATE: z.enum(['on', 'off', '1', '0', 'true', 'false']).default('off'),
  TRACK_RECORD_SHUTDOWN_TIMEOUT: z.coerce.number().int().min(0).max(600_000).default(10_000),
  TRACK_RECORD_SIGNING_KEY: z.string().optional(),
  TRACK_RECORD_NAME: z.string().min(1).default('Track Record'),
});

export interface Config {
  port: number;
  host: string;
  /** A file path for SQLite or a postgres:// URL. */
  database: string;
  dataDir: string;
  adminPassword: string | null;
  adminUsername: string;
  demo: boolean;
  requireConfirmation: boolean;
  publicUrl: string;
  secureCookies: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** /metrics answers only a request bearing this token; null: /metrics is off. */
  metricsToken: string | null;
  /** Express's `trust proxy` setting: which proxies' X-Forwarded-For to believe. */
  trustProxy: boolean | number | string;
  /** How long a shutdown waits for requests in flight before it cuts them off, in ms. */
  shutdownTimeoutMs: number;
  /** Webhooks may target loopback, private and link-local addresses (a receiver on the same host or LAN). */
  webhooksAllowPrivate: boolean;
  /** The checkpoint signing key (PKCS#8 PEM or its base64); null: `signing-key.pem` in the data folder. */
  signingKey: string | null;
  /** The ledger's name, as /.well-known/track-record.json gives it. */
  ledgerName: string;
}

/** `true`/`false`, a hop count, or addresses and names Express understands ("loopback, 10.0.0.0/8"). */
function parseTrustProxy(value: string): boolean | number | string {
  if (['true', 'on'].includes(value)) return true;
  if (['false', 'off', ''].includes(value)) return false;
  return /^\d+$/.test(value) ? Number(value) : value;
}

const on = (v: string) => ['on', '1', 'true'].includes(v);

/** Reads the environment (see README "Settings"); throws a readable error on a bad value. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`bad setting: ${lines.join('; ')}`);
  }
  const e = parsed.data;
  const dataDir = resolve(e.TRACK_RECORD_DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL && e.DATABASE_URL.length > 0 ? e.DATABASE_URL : resolve(dataDir, 'track-record.sqlite'),
    dataDir,
    adminPassword: e.TRACK_RECORD_ADMIN_PASSWORD ?? null,
    adminUsername: e.TRACK_RECORD_ADMIN_USERNAME,
    demo: on(e.TRACK_RECORD_DEMO),
    requireConfirmation: on(e.TRACK_RECORD_REQUIRE_CONFIRMATION),
    publicUrl: e.TRACK_RECORD_PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    secureCookies: on(e.TRACK_RECORD_SECURE_COOKIES),
    logLevel: e.LOG_LEVEL,
    metricsToken: e.TRACK_RECORD_METRICS_TOKEN ?? null,
    trustProxy: parseTrustProxy(e.TRACK_RECORD_TRUST_PROXY.trim()),
    shutdownTimeoutMs: e.TRACK_RECORD_SHUTDOWN_TIMEOUT,
    webhooksAllowPrivate: on(e.TRACK_RECORD_WEBHOOKS_ALLOW_PRIVATE),
    signingKey: e.TRACK_RECORD_SIGNING_KEY ?? null,
    ledgerName: e.TRACK_RECORD_NAME,
  };
}

/** Settings tests and tools pass explicitly. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    port: 0,
    host: '127.0.0.1',
    database: ':memory:',
    dataDir: 'data',
    adminPassword: null,
    adminUsername: 'admin',
    demo: false,
    requireConfirmation: false,
    publicUrl: 'http://localhost',
    secureCookies: false,
    logLevel: 'silent',
    metricsToken: null,
    trustProxy: 'loopback',
    shutdownTimeoutMs: 10_000,
    webhooksAllowPrivate: false,
    signingKey: null,
    ledgerName: 'Track Record',
    ...overrides,
  };
}
