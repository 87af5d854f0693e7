import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// CONVENTIONS 3.7: src/scoring imports nothing outside itself and reads no clock.
const dir = join(import.meta.dirname, '../../../src/scoring');
const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));

describe('src/scoring stays pure', () => {
  it.each(files)('%s imports only ./*.js siblings and never reads the clock', (file) => {
    const source = readFileSync(join(dir, file), 'utf8');
    const specifiers = [...source.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
    for (const spec of specifiers) expect(spec).toMatch(/^\.\/[a-z-]+\.js$/);
    expect(source).not.toMatch(/Date\.now\s*\(/);
    expect(source).not.toMatch(/new\s+Date\s*\(\s*\)/);
    expect(source.split('\n').length).toBeLessThanOrEqual(200);
  });
});
