import fc from 'fast-check';

// Requests derived from the OpenAPI document: a JSON Schema becomes an arbitrary of values that
// pass it (mostly), and hostile values stand in for any part of them.

type Schema = Record<string, any>;

/** Real handles and ids of the fuzzed database, so that valid requests reach the services. */
export interface Pools {
  handles: string[];
  ids: string[];
}

const DATES = ['2025-02-28', '2026-01-15', '2026-03-01', '2026-06-30', '2026-12-31', '2027-09-30'];
const URLS = ['https://example.com/a', 'http://news.example/x?y=1', 'https://e.example/evidence#p'];

/** Code units one at a time, lone surrogates and controls included. */
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '\ud800',
    'a\udc00b',
    'x\ud83d',
    '\u0000',
    'x\u0000y',
    '\u0007bell',
    '\u0085next',
    'bare\rCR',
    '\u202Egpj.exe',
    'https://example.com/\u2066x\u2069',
    "' OR 1=1 --",
    "'; DROP TABLE claims; --",
    '" OR ""="',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '=HYPERLINK("http://evil")',
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    '',
    ' ',
    '\t',
    '2026-02-30',
    '9999-99-99',
    '0000-00-00',
    '2026-1-1',
    '-1',
    '1e309',
    'NaN',
    'null',
    '../../etc/passwd',
    '%00',
    '\uFEFFbom',
    'e\u0301',
    '😀',
    '\u{10FFFF}',
    '\u{E0001}',
    'eyJzZXEiOi0xfQ',
    'AAAA',
    '@',
    '@AllIn',
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: anyCodeUnit, maxLength: 20 }),
  fc.constantFrom(41, 201, 2_001, 5_001, 100_000).map((n) => 'x'.repeat(n)),
);

/** Nested arrays or objects this deep. */
const deep = fc.tuple(fc.integer({ min: 50, max: 3_000 }), fc.boolean()).map(([n, arrays]) => {
  let v: unknown = 'leaf';
  for (let i = 0; i < n; i++) v = arrays ? [v] : { a: v };
  return v;
});

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: hostileString, weight: 4 },
  fc.constantFrom(null, true, false, 0, -1, 1.5, 1e308, -1e308, 2 ** 53, [], {}, [[[]]], ['a'], { x: 1 }),
  fc.jsonValue({ maxDepth: 3 }),
  deep,
);

function resolve(schema: Schema, doc: Schema): Schema {
  let s = schema;
  for (let i = 0; i < 10 && s && typeof s.$ref === 'string'; i++) {
    const path = s.$ref.replace(/^#\//, '').split('/');
    s = path.reduce<any>((node, key) => node?.[key], doc);
  }
  return s ?? {};
}

function stringFor(s: Schema, name: string, pools: Pools): fc.Arbitrary<string> {
  if (/handle|alias|desk|^source$/i.test(name) && pools.handles.length) return fc.constantFrom(...pools.handles);
  if (/^(id|publicationId|publication|supersedes)$/.test(name) && pools.ids.length)
    return fc.constantFrom(...pools.ids);
  if (s.format === 'uri' || /url|evidence/i.test(name)) return fc.constantFrom(...URLS);
  if (typeof s.pattern === 'string') {
    if (s.pattern.includes('\\d{4}-\\d{2}-\\d{2}') && s.pattern.length < 30) return fc.constantFrom(...DATES);
    try {
      return fc.stringMatching(new RegExp(s.pattern)).filter((x) => x.length <= 60);
    } catch {
      // a pattern JavaScript does not read: plain text
    }
  }
  const min = s.minLength ?? 0;
  return fc.string({ unit: 'grapheme', minLength: min, maxLength: Math.max(min, Math.min(s.maxLength ?? 40, 40)) });
}

/** Values that (mostly) pass `schema`, field names guiding the few that need real data. */
export function valueFor(schema: Schema, doc: Schema, pools: Pools, name = '', depth = 0): fc.Arbitrary<unknown> {
  const s = resolve(schema, doc);
  if (depth > 6) return fc.constant(null);
  // Fields whose valid values depend on others: the choice that is always valid.
  if (name === 'windowStart') return fc.constant('2025-01-01');
  if (name === 'spanStart' || name === 'spanEnd') return fc.constant(null);
  const options = (s.anyOf ?? s.oneOf) as Schema[] | undefined;
  if (options) return fc.oneof(...options.map((o) => valueFor(o, doc, pools, name, depth + 1)));
  if (Array.isArray(s.enum)) return fc.constantFrom(...(s.enum as unknown[]));
  if ('const' in s) return fc.constant(s.const);
  const type = Array.isArray(s.type) ? fc.constantFrom(...(s.type as string[])) : null;
  if (type) return type.chain((t) => valueFor({ ...s, type: t }, doc, pools, name, depth + 1));
  switch (s.type) {
    case 'object': {
      const props = (s.properties ?? {}) as Record<string, Schema>;
      const arbs = Object.fromEntries(
        Object.entries(props).map(([k, v]) => [k, valueFor(v, doc, pools, k, depth + 1)]),
      );
      return fc.record(arbs, { requiredKeys: (s.required ?? []) as string[] });
    }
    case 'array': {
      const min = s.minItems ?? 0;
      return fc.array(valueFor(s.items ?? {}, doc, pools, name, depth + 1), {
        minLength: min,
        maxLength: Math.max(min, Math.min(s.maxItems ?? 3, 3)),
      });
    }
    case 'string':
      return stringFor(s, name, pools);
    case 'integer':
      return fc.integer({ min: Math.max(s.minimum ?? -10, -1e6), max: Math.min(s.maximum ?? 1_000, 1e6) });
    case 'number':
      return fc.double({ min: s.minimum ?? -10, max: s.maximum ?? 1_000, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/**
 * A body as raw JSON text: valid for the schema, or that with one part made hostile (a field
 * replaced, dropped or added, a `__proto__` key), or not the right thing at all.
 */
export function bodyFor(schema: Schema, doc: Schema, pools: Pools): fc.Arbitrary<{ text: string; type: string }> {
  const json = 'application/json';
  const valid = valueFor(schema, doc, pools);
  const asText = (v: unknown) => ({ text: JSON.stringify(v) ?? 'null', type: json });
  // One text anywhere in a valid body (a claim's statement inside a publication, say) made hostile.
  const leaf = fc.tuple(valid, hostileString, fc.nat()).map(([v, bad, pick]) => {
    const paths: (string | number)[][] = [];
    const walk = (x: unknown, path: (string | number)[]) => {
      if (typeof x === 'string') paths.push(path);
      else if (Array.isArray(x)) x.forEach((y, i) => walk(y, [...path, i]));
      else if (x && typeof x === 'object') for (const [k, y] of Object.entries(x)) walk(y, [...path, k]);
    };
    walk(v, []);
    const path = paths[pick % Math.max(paths.length, 1)];
    if (!path || path.length === 0) return asText(bad);
    const copy = structuredClone(v) as Record<string | number, unknown>;
    let node = copy;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
    node[path[path.length - 1]!] = bad;
    return asText(copy);
  });
  const mutated = fc
    .tuple(valid, hostileValue, fc.nat(), fc.constantFrom('replace', 'drop', 'add', 'proto'))
    .map(([v, bad, pick, how]) => {
      if (!v || typeof v !== 'object' || Array.isArray(v)) return asText(bad);
      const o = { ...(v as Record<string, unknown>) };
      const keys = Object.keys(o);
      const key = keys.length ? keys[pick % keys.length]! : 'extra';
      if (how === 'replace') o[key] = bad;
      else if (how === 'drop') delete o[key];
      else if (how === 'add') o[`unknown_${pick % 3}`] = bad;
      else {
        const rest = JSON.stringify(o);
        return {
          text: `{"__proto__":${JSON.stringify(bad) ?? 'null'}${rest === '{}' ? '' : `,${rest.slice(1, -1)}`}}`,
          type: json,
        };
      }
      return asText(o);
    });
  const raw = fc.constantFrom(
    { text: '', type: json },
    { text: '{', type: json },
    { text: 'null', type: json },
    { text: '"text"', type: json },
    { text: '{"a":1,"a":2}', type: json },
    { text: 'kind=BULL', type: 'application/x-www-form-urlencoded' },
    { text: '{"statement":"x"}', type: 'text/plain' },
    { text: '\u0000\u0001', type: json },
  );
  return fc.oneof(
    { arbitrary: valid.map(asText), weight: 3 },
    { arbitrary: leaf, weight: 3 },
    { arbitrary: mutated, weight: 3 },
    raw,
  );
}

/** A query string: each parameter valid, hostile or left out, sometimes a parameter given twice or unknown. */
export function queryFor(params: Schema[], doc: Schema, pools: Pools): fc.Arbitrary<string> {
  if (params.length === 0) return fc.constant('');
  const one = (p: Schema) =>
    fc.option(
      fc.oneof(
        { arbitrary: valueFor(p.schema ?? {}, doc, pools, p.name).map((v) => String(v)), weight: 3 },
        // Node answers a request line over 16 KB itself (431, before the app): kept shorter.
        hostileString.filter((x) => x.length <= 5_000),
        fc.jsonValue({ maxDepth: 2 }).map((v) => Buffer.from(JSON.stringify(v) ?? '').toString('base64url')),
      ),
      { nil: undefined },
    );
  return fc
    .tuple(
      fc.tuple(...params.map(one)),
      fc.constantFrom('', '&q=a&q=b', '&limit=1&limit=2', '&__proto__=x', '&cursor=%E0%A4%A', '&unknown=1', '&%=1'),
    )
    .map(([values, extra]) => {
      const q = new URLSearchParams();
      params.forEach((p, i) => {
        const v = values[i];
        if (v !== undefined) q.append(p.name as string, v);
      });
      const s = q.toString() + extra;
      return s ? `?${s.replace(/^&/, '')}` : '';
    });
}
