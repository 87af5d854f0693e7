/**
 * Canonical JSON (DESIGN.md "The ledger"): object keys sorted, no whitespace, `undefined`
 * members dropped. The same value always gives the same text, so the text can be hashed.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('cannot hash a non-finite number');
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const entries = Object.keys(value)
    .sort()
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(',')}}`;
}

function keysSorted(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (Array.isArray(value)) return value.every(keysSorted);
  const keys = Object.keys(value);
  for (let i = 1; i < keys.length; i++) if (!(keys[i - 1]! < keys[i]!)) return false;
  return keys.every((k) => keysSorted((value as Record<string, unknown>)[k]));
}

/**
 * Whether `text` is the canonical JSON of `parsed` (its JSON.parse). Equivalent to
 * `canonicalJson(parsed) === text`, several times faster on the import and verify hot paths:
 * JSON.stringify keeps the text's key order, so sorted keys at every level plus an identical
 * round trip (no whitespace, no duplicate keys, canonical numbers and escapes) is canonical.
 */
export function isCanonicalJson(text: string, parsed: unknown): boolean {
  return keysSorted(parsed) && JSON.stringify(parsed) === text;
}
