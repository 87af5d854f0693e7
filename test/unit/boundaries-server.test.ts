import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The allowed import directions between the folders of src/server. A folder may import its own
// files, src/shared, src/scoring, src/ingest and the folders listed here; anything else is a
// back-edge and fails. Files directly in src/server (app.ts, context.ts, main.ts, …) are the
// composition root and may import anything; of them, only the small leaf modules below may be
// imported by folders (context.ts is allowed to the route files that take the app's context).

const LEAF = ['clock', 'ids', 'prng', 'workers', 'config', 'paths'];
const BASE = ['db', 'ledger', 'read-model', 'http', ...LEAF];

const ALLOWED: Record<string, string[]> = {
  db: [],
  ledger: ['db', 'read-model', 'http', 'clock', 'context'],
  'read-model': ['db'],
  replay: ['db', 'ledger', 'read-model', 'workers'],
  http: ['log'],
  log: ['config'],
  openapi: [],
  health: ['db', 'context'],
  metrics: ['db', 'ledger', 'read-model', 'http', 'clock', 'context'],
  auth: [...BASE, 'context'],
  calendars: [...BASE, 'context'],
  sources: [...BASE, 'context'],
  checkpoints: [...BASE, 'context'],
  desk: [...BASE, 'context'],
  tags: [...BASE, 'context'],
  webhooks: [...BASE, 'context', 'checkpoints'],
  // Features that use another feature's service or queries: each edge named.
  claims: [...BASE, 'context', 'sources'],
  leaderboard: [...BASE, 'context', 'sources'],
  review: [...BASE, 'context', 'assignments', 'claims', 'sources'],
  assignments: [...BASE, 'context', 'review', 'sources'],
  digest: [...BASE, 'context', 'review'],
  search: [...BASE, 'context', 'claims'],
  // The first paints draw each reader page from the same queries as its API route.
  site: [...BASE, 'context', 'checkpoints', 'claims', 'leaderboard', 'publications', 'review', 'search', 'sources'],
  transfer: [...BASE, 'context', 'claims', 'sources'],
  feeds: [...BASE, 'context', 'checkpoints', 'review', 'sources', 'transfer'],
  publications: [...BASE, 'context', 'calendars', 'claims', 'desk', 'sources'],
  demo: [...BASE, 'context', 'calendars', 'claims', 'publications', 'sources'],
};

const SERVER = resolve('src/server');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The src/server folder (or leaf module name) a relative import of `file` lands in, or null outside src/server. */
function target(file: string, spec: string): string | null {
  const path = relative(SERVER, resolve(dirname(file), spec));
  if (path.startsWith('..')) return null;
  const [first, ...rest] = path.split('/');
  return rest.length === 0 ? first!.replace(/\.(js|ts)$/, '') : first!;
}

const folders = readdirSync(SERVER).filter((n) => statSync(join(SERVER, n)).isDirectory());

describe('src/server: every folder imports only in the allowed directions', () => {
  it('every folder has its rule', () => {
    expect(folders.filter((f) => !(f in ALLOWED))).toEqual([]);
  });
  it('every rule is of a folder that exists', () => {
    expect(Object.keys(ALLOWED).filter((f) => !folders.includes(f))).toEqual([]);
  });
  for (const folder of folders)
    it(`${folder} imports only ${(ALLOWED[folder] ?? []).join(', ') || 'itself'} of src/server`, () => {
      const wrong: string[] = [];
      for (const file of filesUnder(join(SERVER, folder))) {
        const text = readFileSync(file, 'utf8');
        for (const m of text.matchAll(/(?:from|import)\s*\(?\s*['"](\.[^'"]+)['"]/g)) {
          const to = target(file, m[1]!);
          if (to === null || to === folder) continue;
          if (!(ALLOWED[folder] ?? []).includes(to)) wrong.push(`${relative(SERVER, file)} → ${m[1]}`);
        }
      }
      expect(wrong).toEqual([]);
    });
  it('only the CLI reaches the replay engine, and only through its index.ts', () => {
    const wrong: string[] = [];
    for (const file of filesUnder(resolve('src'))) {
      if (file.startsWith(join(SERVER, 'replay'))) continue;
      for (const m of readFileSync(file, 'utf8').matchAll(/from\s+['"]([^'"]*\/replay\/[^'"]+)['"]/g))
        if (!file.startsWith(resolve('src/cli'))) wrong.push(file);
        else if (!m[1]!.endsWith('/replay/index.js')) wrong.push(`${file} → ${m[1]}`);
    }
    expect(wrong).toEqual([]);
  });
});
