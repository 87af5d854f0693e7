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
    ...overrides,
  };
}
