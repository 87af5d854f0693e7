import { z } from 'zod';
import { Handle, IsoDate } from './common.js';
import { ClaimKind, Outcome, SourceRole, VoidReason } from './claims.js';

/**
 * Columns of the claims CSV, in export order. `track-record import-csv` reads the same file
 * format (header names case-insensitive, any order), so an export can be edited and re-imported
 * elsewhere; the export-only columns are ignored on import.
 */
export const CLAIM_CSV_COLUMNS = [
  'id',
  'kind',
  'statement',
  'sources',
  'tags',
  'publishedOn',
  'windowStart',
  'windowEnd',
  'windowStated',
  'probability',
  'quote',
  'condition',
  'criteria',
  'timePhrase',
  'status',
  'outcome',
  'credit',
  'voidReason',
  'evidence',
  'note',
  'resolvedAt',
  'publicationId',
  'createdAt',
] as const;
export type ClaimCsvColumn = (typeof CLAIM_CSV_COLUMNS)[number];

/** Columns the import requires. */
export const CSV_REQUIRED_COLUMNS = ['kind', 'statement', 'windowEnd'] as const;
/** Columns the export writes that describe stored state; the import ignores them. */
export const CSV_EXPORT_ONLY_COLUMNS = ['id', 'status', 'resolvedAt', 'publicationId', 'createdAt'] as const;

const blank = (v: unknown) =>
  typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim() : v;
const optionalText = z.preprocess(blank, z.string().optional());
const list = (s: string | undefined) =>
  s
    ? s
        .split(/[;,]/)
        .map((x) => x.trim())
        .filter(Boolean)
    : [];

/** `alice`, `@alice` or `alice:cited`. */
export const CsvSourceSpec = z
  .string()
  .transform((spec) => {
    const [handle = '', role = 'made'] = spec.split(':');
    return { handle, role: role.trim().toLowerCase() };
  })
  .pipe(z.object({ handle: Handle, role: SourceRole }));

/** 0.7, .7 or 70% */
const Probability = z.preprocess(
  (v) => {
    const s = blank(v);
    if (typeof s !== 'string') return s;
    const m = /^(\d+(?:\.\d+)?)\s*%$/.exec(s);
    return m ? Number(m[1]) / 100 : Number(s);
  },
  z.number({ error: 'expected a number like 0.7 or 70%' }).min(0).max(1).optional(),
);

const YesNo = z.preprocess(
  (v) => {
    const s = blank(v);
    if (typeof s !== 'string') return s;
    const l = s.toLowerCase();
    return ['true', 'yes', 'y', '1'].includes(l) ? true : ['false', 'no', 'n', '0'].includes(l) ? false : s;
  },
  z.boolean({ error: 'expected yes/no or true/false' }).optional(),
);

/**
 * One row of the claims CSV (strings as read), turned into a claim and, when `outcome` is set, its
 * resolution. Lists (sources, tags) are separated by `;` or `,`; evidence URLs by `;` or spaces.
 * The results still go through ClaimCreate and ResolutionCreate, the API's own rules.
 */
export const ClaimCsvRow = z
  .object({
    kind: z.preprocess((v) => (typeof blank(v) === 'string' ? String(blank(v)).toUpperCase() : undefined), ClaimKind),
    statement: z.preprocess(blank, z.string({ error: 'statement is empty' })),
    sources: optionalText.pipe(z.string().optional().transform(list)).pipe(z.array(CsvSourceSpec)),
    tags: optionalText.transform(list),
    publishedOn: z.preprocess(blank, IsoDate.optional()),
    windowStart: z.preprocess(blank, IsoDate.optional()),
    windowEnd: z.preprocess(blank, IsoDate),
    windowStated: YesNo,
    probability: Probability,
    quote: optionalText,
    condition: optionalText,
    criteria: optionalText,
    timePhrase: optionalText,
    outcome: z.preprocess(
      (v) => (typeof blank(v) === 'string' ? String(blank(v)).toLowerCase() : undefined),
      Outcome.optional(),
    ),
    credit: z.preprocess((v) => (blank(v) === undefined ? undefined : Number(blank(v))), z.number().optional()),
    voidReason: z.preprocess(
      (v) => (typeof blank(v) === 'string' ? String(blank(v)).toLowerCase().replace(/[ -]/g, '_') : undefined),
      VoidReason.optional(),
    ),
    evidence: optionalText.transform((s) => (s ? s.split(/[;\s]+/).filter(Boolean) : [])),
    note: optionalText,
  })
  .superRefine((row, ctx) => {
    const handles = row.sources.map((s) => s.handle);
    const twice = handles.find((h, i) => handles.indexOf(h) !== i);
    if (twice) ctx.addIssue({ code: 'custom', path: ['sources'], message: `source @${twice} is listed twice` });
    if (!row.outcome && (row.credit !== undefined || row.voidReason || row.evidence.length || row.note))
      ctx.addIssue({
        code: 'custom',
        path: ['outcome'],
        message: 'credit, voidReason, evidence and note need an outcome',
      });
    // The export writes the credit every outcome implies (true 1, false 0); only partial takes a chosen one.
    const implied = row.outcome === 'true' ? 1 : row.outcome === 'false' ? 0 : undefined;
    if (row.credit !== undefined && row.outcome !== 'partial' && row.credit !== implied)
      ctx.addIssue({ code: 'custom', path: ['credit'], message: 'credit is only for partial outcomes' });
  })
  .transform((row) => ({
    claim: {
      kind: row.kind,
      statement: row.statement,
      quote: row.quote ?? null,
      condition: row.condition ?? null,
      criteria: row.criteria ?? null,
      timePhrase: row.timePhrase ?? null,
      // A window never starts before the call was published (TIME-WINDOWS.md rule 1).
      windowStart: row.windowStart ?? row.publishedOn ?? null,
      windowEnd: row.windowEnd,
      windowStated: row.windowStated ?? true,
      probability: row.probability ?? null,
      tags: row.tags,
      sources: row.sources,
    },
    resolution: row.outcome
      ? {
          outcome: row.outcome,
          credit: row.outcome === 'partial' ? (row.credit ?? null) : null,
          voidReason: row.voidReason ?? null,
          evidence: row.evidence,
          note: row.note ?? '',
        }
      : null,
  }));
export type ClaimCsvRow = z.output<typeof ClaimCsvRow>;

/** What `track-record import-csv` reports. */
export interface CsvImportReport {
  dryRun: boolean;
  rows: number;
  written: number;
  resolved: number;
  newSources: string[];
  rejected: { line: number; reason: string }[];
}
