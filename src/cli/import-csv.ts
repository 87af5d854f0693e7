import { createReadStream, existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CLAIM_CSV_COLUMNS, CSV_REQUIRED_COLUMNS } from '../shared/api/imports.js';
import { systemClock } from '../server/clock.js';
import { loadConfig } from '../server/config.js';
import { createContext, type AppContext } from '../server/context.js';
import type { Command } from './command.js';
import { withDb } from './database.js';
import { CsvFileError, importClaimsCsv } from '../server/transfer/csv-import.js';

export const IMPORT_CSV_USAGE = `usage: track-record import-csv FILE [--dry-run] [--actor NAME]

  Columns (header line, any order, case-insensitive): ${CLAIM_CSV_COLUMNS.join(', ')}
  Required: ${CSV_REQUIRED_COLUMNS.join(', ')}. Lists (sources, tags) are separated by ; or ,
  a source is handle or handle:role (made, cited, disputed); evidence URLs by ; or spaces.
  id, status, resolvedAt, publicationId and createdAt (written by the export) are ignored.`;

/** A one-line text bar, redrawn in place. */
function progressBar(done: number, total: number, rows: number): string {
  const width = 30;
  const ratio = total > 0 ? Math.min(1, done / total) : 1;
  const filled = Math.round(ratio * width);
  return `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.round(ratio * 100)).padStart(3)}%  ${rows} rows`;
}

/** Exit code: 0 all rows good, 1 some rows rejected (or the file unreadable), 2 usage. */
export async function runImportCsv(ctx: AppContext, args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { 'dry-run': { type: 'boolean', default: false }, actor: { type: 'string', default: 'import' } },
  });
  const file = positionals[0];
  if (!file || !existsSync(file)) {
    console.error(IMPORT_CSV_USAGE);
    return 2;
  }
  const total = statSync(file).size;
  const tty = process.stderr.isTTY === true;
  let lastDraw = 0;
  try {
    const report = await importClaimsCsv(ctx, createReadStream(file), {
      dryRun: values['dry-run'] ?? false,
      actor: values.actor ?? 'import',
      onProgress: ({ bytes, rows }) => {
        const now = performance.now();
        if (tty && (now - lastDraw > 100 || bytes >= total)) {
          lastDraw = now;
          process.stderr.write(progressBar(bytes, total, rows));
        }
      },
    });
    if (tty) process.stderr.write(`${progressBar(total, total, report.rows)}\n`);
    const verb = report.dryRun ? 'would write' : 'wrote';
    console.log(
      `${report.dryRun ? 'dry run: ' : ''}${report.rows} rows read; ${verb} ${report.written} claims (${report.resolved} with a resolution); ` +
        `${report.rejected.length} rejected${report.newSources.length ? `; ${report.dryRun ? 'would create' : 'created'} sources: ${report.newSources.map((h) => `@${h}`).join(', ')}` : ''}`,
    );
    for (const r of report.rejected) console.log(`line ${r.line}: ${r.reason}`);
    return report.rejected.length ? 1 : 0;
  } catch (err) {
    if (tty) process.stderr.write('\n');
    if (err instanceof CsvFileError) {
      console.error(`import-csv: ${err.message}`);
      return 1;
    }
    throw err;
  }
}

export const importCsvCommand: Command = {
  run: (args) =>
    withDb((h) => runImportCsv(createContext({ db: h.db, clock: systemClock, config: loadConfig() }), args)),
};
