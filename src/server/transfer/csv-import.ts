import type { Readable } from 'node:stream';
import { parse as parseCsv } from 'csv-parse';
import { ZodError } from 'zod';
import { ClaimCreate, ResolutionCreate } from '../../shared/api/claims.js';
import {
  CLAIM_CSV_COLUMNS,
  ClaimCsvRow,
  CSV_EXPORT_ONLY_COLUMNS,
  CSV_REQUIRED_COLUMNS,
  type CsvImportReport,
} from '../../shared/api/imports.js';
import { appendClaim, resolveClaim } from '../claims/service.js';
import { today } from '../clock.js';
import type { AppContext } from '../context.js';
import { writeLedger } from '../ledger/append.js';
import { findSourceByHandle } from '../sources/queries.js';
import { appendSource } from '../sources/service.js';
import { unneutraliseCell } from './csv.js';

export interface CsvImportOptions {
  dryRun: boolean;
  /** Who the ledger records as the author of the imported claims and resolutions. */
  actor: string;
  batchSize?: number;
  onProgress?(p: { bytes: number; rows: number }): void;
}

interface GoodRow {
  line: number;
  claim: ClaimCreate;
  resolution: ResolutionCreate | null;
}

/** Thrown for a file that cannot be read as a claims CSV at all (no row was written). */
export class CsvFileError extends Error {}

const describe = (err: unknown) =>
  err instanceof ZodError
    ? err.issues.map((i) => `${i.path.join('.') || 'row'}: ${i.message}`).join('; ')
    : err instanceof Error
      ? err.message
      : String(err);

/** Header names are matched case-insensitively; unknown names are an error (typos lose data). */
function readHeader(cells: string[]): Map<string, number> {
  const known = new Map<string, string>(CLAIM_CSV_COLUMNS.map((c) => [c.toLowerCase(), c]));
  const index = new Map<string, number>();
  const unknown: string[] = [];
  const twice = new Set<string>();
  cells.forEach((cell, i) => {
    const name = known.get(cell.trim().toLowerCase());
    if (name && index.has(name)) twice.add(name);
    if (name) index.set(name, i);
    else if (cell.trim()) unknown.push(cell.trim());
  });
  // Which of two same-named columns holds the data cannot be guessed: the file is refused.
  if (twice.size) throw new CsvFileError(`line 1: column(s) named more than once: ${[...twice].join(', ')}`);
  if (unknown.length)
    throw new CsvFileError(`line 1: unknown column(s) ${unknown.join(', ')}; known: ${CLAIM_CSV_COLUMNS.join(', ')}`);
  const missing = CSV_REQUIRED_COLUMNS.filter((c) => !index.has(c));
  if (missing.length) throw new CsvFileError(`line 1: missing required column(s) ${missing.join(', ')}`);
  return index;
}

/** Validates one record with the CSV row schema, then with the API's own claim and resolution rules. */
function validateRow(
  cells: string[],
  header: Map<string, number>,
  width: number,
): { claim: ClaimCreate; resolution: ResolutionCreate | null } {
  if (cells.length !== width) throw new Error(`expected ${width} fields, found ${cells.length}`);
  // Own properties only: a header named "__proto__" or "constructor" is a column like any other.
  const raw = Object.fromEntries(
    [...header]
      .filter(([name]) => !(CSV_EXPORT_ONLY_COLUMNS as readonly string[]).includes(name))
      .map(([name, i]) => [name, unneutraliseCell(cells[i] ?? '')]),
  );
  const row = ClaimCsvRow.parse(raw);
  const claim = ClaimCreate.parse(row.claim);
  let resolution: ResolutionCreate | null = null;
  if (row.resolution) {
    resolution = ResolutionCreate.parse({
      ...row.resolution,
      credit: row.resolution.credit ?? undefined,
      voidReason: row.resolution.voidReason ?? undefined,
    });
    if (resolution.voidReason === 'condition_not_met' && claim.kind !== 'WATCH' && !claim.condition)
      throw new Error('voidReason: "condition_not_met" is for WATCH and conditional claims');
  }
  return { claim, resolution };
}

/** Writes one batch in one ledger transaction: missing sources first, then the claims. */
async function writeBatch(ctx: AppContext, actor: string, rows: GoodRow[]): Promise<string[]> {
  return writeLedger(ctx, actor, async (tx) => {
    const ids: string[] = [];
    for (const row of rows) {
      for (const s of row.claim.sources) {
        if (!(await findSourceByHandle(tx.trx, s.handle)))
          await appendSource(tx, { handle: s.handle, displayName: `@${s.handle}`, kind: 'person' });
      }
      ids.push(await appendClaim(tx, row.claim, null));
    }
    return ids;
  });
}

/**
 * `track-record import-csv`: every row is validated on its own; good rows are written through the
 * ledger in batches (a batch that fails is retried row by row, so one bad row costs nothing else),
 * bad rows are reported with their line number and reason. Unknown source handles are created.
 */
export async function importClaimsCsv(
  ctx: AppContext,
  input: Readable,
  options: CsvImportOptions,
): Promise<CsvImportReport> {
  const report: CsvImportReport = {
    dryRun: options.dryRun,
    rows: 0,
    written: 0,
    resolved: 0,
    newSources: [],
    rejected: [],
  };
  const batchSize = options.batchSize ?? 200;
  const day = today(ctx.clock);
  const newSources = new Set<string>();
  let batch: GoodRow[] = [];

  const reject = (line: number, reason: string) => report.rejected.push({ line, reason });
  const unknownHandles = async (rows: GoodRow[]) => {
    const out = new Set<string>();
    for (const h of rows.flatMap((r) => r.claim.sources.map((s) => s.handle)))
      if (!newSources.has(h) && !out.has(h) && !(await findSourceByHandle(ctx.db, h))) out.add(h);
    return out;
  };
  const resolve = async (row: GoodRow, claimId: string) => {
    if (!row.resolution) return;
    try {
      // The spreadsheet states the outcome as known, so a window still running is resolved early.
      await resolveClaim(ctx, options.actor, claimId, { ...row.resolution, early: row.claim.windowEnd >= day });
      report.resolved += 1;
    } catch (err) {
      reject(row.line, `the claim was written (${claimId}) but its resolution was refused: ${describe(err)}`);
    }
  };
  const flush = async () => {
    const rows = batch;
    batch = [];
    if (rows.length === 0) return;
    const unknown = await unknownHandles(rows);
    if (options.dryRun) {
      for (const h of unknown) newSources.add(h);
      report.written += rows.length;
      report.resolved += rows.filter((r) => r.resolution).length;
      return;
    }
    let ids: (string | null)[];
    try {
      ids = await writeBatch(ctx, options.actor, rows);
    } catch {
      ids = [];
      for (const row of rows) {
        try {
          ids.push((await writeBatch(ctx, options.actor, [row]))[0]!);
        } catch (err) {
          reject(row.line, describe(err));
          ids.push(null);
        }
      }
    }
    for (const h of unknown) if (await findSourceByHandle(ctx.db, h)) newSources.add(h);
    for (const [i, row] of rows.entries()) {
      const id = ids[i];
      if (!id) continue;
      report.written += 1;
      await resolve(row, id);
    }
  };

  const parser = input.pipe(
    parseCsv({
      info: true,
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      skip_records_with_error: true,
    }),
  );
  parser.on('skip', (err: Error & { lines?: number }) => reject(err.lines ?? 0, `not readable as CSV: ${err.message}`));
  input.on('error', (err) => parser.destroy(err));
  let header: Map<string, number> | null = null;
  let width = 0;
  for await (const { record, info } of parser as AsyncIterable<{
    record: string[];
    info: { lines: number; bytes: number };
  }>) {
    // info.lines is where the record ends; a quoted field may span several lines.
    const line = info.lines - record.reduce((n, cell) => n + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
    if (!header) {
      header = readHeader(record);
      width = record.length;
      continue;
    }
    report.rows += 1;
    try {
      batch.push({ line, ...validateRow(record, header, width) });
    } catch (err) {
      reject(line, describe(err));
    }
    if (batch.length >= batchSize) await flush();
    options.onProgress?.({ bytes: info.bytes, rows: report.rows });
  }
  if (!header) throw new CsvFileError('the file is empty: expected a header line naming the columns');
  await flush();
  report.rejected.sort((a, b) => a.line - b.line);
  report.newSources = [...newSources].sort();
  return report;
}
