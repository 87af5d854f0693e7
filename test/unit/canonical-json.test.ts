import { describe, expect, it } from 'vitest';
import { canonicalJson, isCanonicalJson } from '../../src/server/ledger/canonical-json.js';

const values: unknown[] = [
  null, 0, -1.5, 1e21, 'a"b\\c\n', true, [], {}, [1, 'x', null],
  { b: 1, a: 2 }, { a: { d: [1, { z: 0, y: 1 }], c: null }, b: 'é' }, { id: 'x', tags: ['b', 'a'], n: 0.1 },
];

describe('canonical JSON (DESIGN.md "The ledger")', () => {
  it('sorts keys at every level and drops whitespace and undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: [3, { f: 1, e: undefined }] } })).toBe('{"a":{"c":[3,{"f":1}],"d":2},"b":1}');
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
