import { claimStatus } from '../claims/present.js';
import { csvLine } from './csv.js';
import type { ExportedClaim } from './queries.js';

/** `alice;bob:cited` — the form import-csv reads back. */
const sourceSpecs = (c: ExportedClaim) =>
  c.sources.map((s) => (s.role === 'made' ? s.handle : `${s.handle}:${s.role}`)).join(';');

/** One CSV line in CLAIM_CSV_COLUMNS order, written directly (the export's hot loop). */
export function claimCsvLine(c: ExportedClaim, today: string): string {
  const r = c.resolution;
  return csvLine([
    c.id,
    c.kind,
    c.statement,
    sourceSpecs(c),
    c.tags.join(';'),
    c.publishedOn,
    c.windowStart,
    c.windowEnd,
    c.windowStated === 1 ? 'true' : 'false',
    c.probability,
    c.quote,
    c.condition,
    c.criteria,
    c.timePhrase,
    claimStatus(c, today),
    c.outcome,
    c.credit,
    r?.voidReason ?? null,
    r ? r.evidence.join(' ') : null,
    r?.note ?? null,
    c.resolvedAt,
    c.publicationId,
    c.createdAt,
  ]);
}

/** One JSON line: the same facts, typed (arrays stay arrays, booleans booleans). */
export function claimJsonLine(c: ExportedClaim, today: string): string {
  return `${JSON.stringify({
    id: c.id,
    kind: c.kind,
    statement: c.statement,
    sources: c.sources,
    tags: c.tags,
    publicationId: c.publicationId,
    publishedOn: c.publishedOn,
    windowStart: c.windowStart,
    windowEnd: c.windowEnd,
    windowStated: c.windowStated === 1,
    probability: c.probability,
    quote: c.quote,
    condition: c.condition,
    criteria: c.criteria,
    timePhrase: c.timePhrase,
    status: claimStatus(c, today),
    outcome: c.outcome,
    credit: c.credit,
    voidReason: c.resolution?.voidReason ?? null,
    evidence: c.resolution?.evidence ?? [],
    note: c.resolution?.note ?? null,
    resolvedAt: c.resolvedAt,
    createdAt: c.createdAt,
  })}\n`;
}
