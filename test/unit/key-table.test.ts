import { describe, expect, it } from 'vitest';
import { hashOf, KeyTable } from '../../src/server/replay/key-table.js';
import { mulberry32 } from '../../src/server/prng.js';

/** Runs the same random operations on a KeyTable and a Map and checks they always agree. */
function agreeWithMap(
  operations: number,
  keySpace: number,
  seed: number,
  keyOf: (n: number) => string,
  smallKeys?: number,
): void {
  const random = mulberry32(seed);
  const table = new KeyTable<number>(smallKeys);
  const map = new Map<string, number>();
  for (let i = 0; i < operations; i++) {
    const key = keyOf(Math.floor(random() * keySpace));
    const r = random();
    if (r < 0.5) {
      expect(table.set(key, i)).toBe(!map.has(key));
      map.set(key, i);
    } else if (r < 0.7) {
      expect(table.delete(key)).toBe(map.delete(key));
    } else {
      expect(table.get(key)).toBe(map.get(key));
      expect(table.has(key)).toBe(map.has(key));
    }
    expect(table.size).toBe(map.size);
  }
  expect([...table.values()]).toEqual([...map.values()]);
  for (let n = 0; n < keySpace; n++) expect(table.get(keyOf(n))).toBe(map.get(keyOf(n)));
}

describe('KeyTable', () => {
  it('agrees with a Map through random sets, deletes and lookups, growing and compacting', () => {
    const uuidish = (n: number) => `0190c3a2-${n.toString(16).padStart(4, '0')}-7abc-8def-${n}`;
    // Indexed from the start, moved from a Map part way, and a Map throughout.
    agreeWithMap(20_000, 3_000, 1, uuidish, 0);
    agreeWithMap(20_000, 3_000, 3, uuidish, 500);
    agreeWithMap(20_000, 3_000, 4, uuidish);
    agreeWithMap(20_000, 50, 2, (n) => `k${n}`, 0);
    agreeWithMap(20_000, 50, 5, (n) => `k${n}`, 1);
  });

  it('keeps working when every key has the same hash bucket run (long probe runs, deletes inside them)', () => {
    // Keys chosen to share their home slot in a small table: probes and backward shifts wrap around.
    const home = (k: string) => hashOf(k) & 15;
    const keys: string[] = [];
    for (let n = 0; keys.length < 7; n++) if (home(`c${n}`) === 3) keys.push(`c${n}`);
    const table = new KeyTable<string>(0); // indexed from the start, in 16 slots: the keys' home is slot 3
    for (const k of keys) table.set(k, k.toUpperCase());
    table.delete(keys[1]!);
    table.delete(keys[4]!);
    for (const [i, k] of keys.entries()) expect(table.get(k)).toBe(i === 1 || i === 4 ? undefined : k.toUpperCase());
    expect([...table.values()]).toEqual(keys.filter((_, i) => i !== 1 && i !== 4).map((k) => k.toUpperCase()));
  });

  it('keeps a key its place in the order when its value is replaced, and a key set again after a delete goes last', () => {
    const table = new KeyTable<number | null>(2);
    table.set('a', 1);
    table.set('b', 2);
    table.set('c', 3);
    expect(table.set('a', null)).toBe(false);
    table.delete('b');
    expect(table.set('b', 4)).toBe(true);
    expect([...table.values()]).toEqual([null, 3, 4]);
    expect(table.get('a')).toBeNull();
    expect(table.has('zz')).toBe(false);
  });

  it('tells strings apart that differ only in the characters a hash of part of them would skip', () => {
    const table = new KeyTable<number>(0);
    const keys = Array.from(
      { length: 2_000 },
      (_, i) => `${String(i).padStart(6, '0')}-same-long-suffix-for-every-key`,
    );
    keys.forEach((k, i) => table.set(k, i));
    keys.forEach((k, i) => expect(table.get(k)).toBe(i));
    expect(new Set(keys.map(hashOf)).size).toBeGreaterThan(1_990);
  });
});
