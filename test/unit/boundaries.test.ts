import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.ts') ? [path] : [];
  });
}

// DESIGN.md: scoring and ingest are pure — no server, database, framework, node:* or clock.
const FORBIDDEN_IMPORT =
  /from\s+['"](\.\.\/(?:\.\.\/)?(?:server|web|cli|shared)|kysely|express|better-sqlite3|pg|node:[a-z_]+|fs|path|crypto)['"/]/;
const CLOCK = /Date\.now\(|new Date\(\s*\)/;

for (const folder of ['src/scoring', 'src/ingest'])
  describe(`${folder} stays pure`, () => {
    for (const file of filesUnder(folder))
      it(`${file} imports nothing of the server, database or clock`, () => {
        const text = readFileSync(file, 'utf8');
        expect(text).not.toMatch(FORBIDDEN_IMPORT);
        expect(text).not.toMatch(CLOCK);
      });
  });

describe('src/shared is safe for the browser', () => {
  for (const file of filesUnder('src/shared'))
    it(`${file} imports only zod and its siblings`, () => {
      const imports = [...readFileSync(file, 'utf8').matchAll(/from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]!);
      for (const spec of imports)
        expect(spec === 'zod' || spec.startsWith('./') || spec.startsWith('../'), spec).toBe(true);
      expect(imports.some((s) => s.includes('server'))).toBe(false);
    });
});
