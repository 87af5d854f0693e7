import { describe, expect, it } from 'vitest';
import { canonicalJson, isCanonicalJson } from '../../src/shared/ledger-format/canonical-json.js';

const values: unknown[] = [
  null,
  0,
  -1.5,
  1e21,
  'a"b\\c\n',
  true,
  [],
  {},
  [1, 'x', null],
  { b: 1, a: 2 },
  { a: { d: [1, { z: 0, y: 1 }], c: null }, b: 'é' },
  { id: 'x', tags: ['b', 'a'], n: 0.1 },
];

describe('canonical JSON (DESIGN.md "The ledger")', () => {
  it('sorts keys at every level and drops whitespace and undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: [3, { f: 1, e: undefined }] } })).toBe(
      '{"a":{"c":[3,{"f":1}],"d":2},"b":1}',
    );
  });

  it.each(values.map((v) => [JSON.stringify(v), v]))('isCanonicalJson agrees with canonicalJson for %s', (_, value) => {
    const canonical = canonicalJson(value);
    expect(isCanonicalJson(canonical, JSON.parse(canonical))).toBe(true);
    for (const variant of [JSON.stringify(value, null, 1), JSON.stringify(value)])
      expect(isCanonicalJson(variant, JSON.parse(variant))).toBe(variant === canonical);
  });

  it('rejects duplicate keys, unsorted keys and non-canonical numbers or escapes', () => {
    for (const text of ['{"a":1,"a":2}', '{"b":1,"a":2}', '{"a":1.0}', '{"a":"\\u0041"}', '{"a": 1}', '[1 ,2]'])
      expect(isCanonicalJson(text, JSON.parse(text)), text).toBe(false);
  });
});

/** Random JSON values with the awkward parts: escapes, controls, non-BMP text, surrogates, numbers. */
function randomValue(random: () => number, depth = 0): unknown {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const r = random();
  if (depth > 3 || r < 0.35) {
    const s = random();
    if (s < 0.15) return pick([null, true, false]);
    if (s < 0.45)
      return pick([
        0,
        -0,
        1,
        -1,
        0.1,
        1e21,
        1e-7,
        123456789012,
        5e-324,
        -2.5e-10,
        0.30000000000000004,
        Math.round(random() * 1e6) / 100,
      ]);
    return randomString(random);
  }
  if (r < 0.6) return Array.from({ length: Math.floor(random() * 4) }, () => randomValue(random, depth + 1));
  const out: Record<string, unknown> = {};
  for (let i = Math.floor(random() * 5); i > 0; i--) out[randomString(random)] = randomValue(random, depth + 1);
  return out;
}

function randomString(random: () => number): string {
  const parts = [
    'a',
    'b',
    'Z',
    '_',
    'id',
    'é',
    '"',
    '\\',
    '/',
    '\n',
    '\t',
    '\b',
    '\u0001',
    '\u001f',
    '\u007f',
    '\u2028',
    '😀',
    '\ud800',
    '\udc00',
    '10',
    '9',
    ' ',
    '-',
  ];
  let s = '';
  for (let i = Math.floor(random() * 5); i > 0; i--) s += parts[Math.floor(random() * parts.length)]!;
  return s;
}

/** Texts near a canonical one: whitespace, other escapes and number spellings, swapped keys. */
function variants(text: string): string[] {
  const out = [
    text.replace(':', ': '),
    text.replace(',', ' ,'),
    `${text}\n`,
    text.replace(/"a/, '"\\u0061'),
    text.replace(/é/, '\\u00e9'),
  ];
  out.push(
    text.replace(/\\n/, '\\u000a'),
    text.replace(/\\u001f/, '\\u001F'),
    text.replace(/\//, '\\/'),
    text.replace(/😀/, '\\ud83d\\ude00'),
  );
  out.push(
    text.replace(/(\d)(?=[,\]}])/, '$1.0'),
    text.replace(/1e\+21/, '1e21'),
    text.replace(/:0([,}])/, ':-0$1'),
    text.replace(/0\.1\b/, '0.10'),
  );
  const swapped = text.replace(/\{("[^"\\]*":[^,{}[\]]+),("[^"\\]*":[^,{}[\]]+)/, '{$2,$1');
  out.push(swapped);
  return out.filter((t) => t !== text);
}

describe('isCanonicalJson decides exactly canonicalJson(JSON.parse(text)) === text', () => {
  it('on canonical texts of random values and on texts near them', async () => {
    const { mulberry32 } = await import('../../src/server/prng.js');
    const random = mulberry32(7);
    let checked = 0;
    // Disagreements are gathered and compared once: an expect per text costs more than the check itself.
    const wrong: string[] = [];
    for (let n = 0; n < 4000; n++) {
      const canonical = canonicalJson(randomValue(random));
      for (const text of [canonical, ...variants(canonical)]) {
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch {
          continue;
        }
        if (isCanonicalJson(text, parsed) !== (canonicalJson(parsed) === text)) wrong.push(text);
        checked += 1;
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(10_000);
    // Plain CPU work of a couple of seconds, which a machine busy with other runs stretches past the default.
  }, 30_000);

  it('orders keys as Array.prototype.sort does (integer-like keys as strings)', () => {
    const text = canonicalJson({ 9: 'x', 10: 'y', a: 1 });
    expect(text).toBe('{"10":"y","9":"x","a":1}');
    expect(isCanonicalJson(text, JSON.parse(text))).toBe(true);
  });
});
