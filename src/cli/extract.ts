import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { extractClaims } from '../ingest/index.js';
import { IsoDate } from '../shared/api/common.js';
import type { Command } from './command.js';
import { usageLine } from './commands.js';

/** `track-record extract FILE --published YYYY-MM-DD [--json]`: the drafts, without the server. */
export function runExtract(args: string[], readFile: (path: string, enc: 'utf8') => string): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { published: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  const file = positionals[0];
  const published = IsoDate.safeParse(values.published);
  if (!file || !published.success) {
    console.error(usageLine('extract'));
    return 2;
  }
  let text: string;
  try {
    text = readFile(file, 'utf8');
  } catch {
    console.error(`cannot read ${file}`);
    return 2;
  }
  const drafts = extractClaims(text, { published: published.data });
  if (values.json) {
    console.log(JSON.stringify(drafts, null, 2));
    return 0;
  }
  const rows = drafts.map((d, i) => [
    String(i),
    d.kind,
    d.window ? `${d.window.start}…${d.window.end}${d.window.isDefault ? '*' : ''}` : '(none: editor picks)',
    d.sources.join(' ') || '(desk)',
    d.section,
    (d.restates !== undefined ? `[restates #${d.restates}] ` : '') +
      (d.text.length > 90 ? `${d.text.slice(0, 87)}…` : d.text),
  ]);
  const header = ['#', 'kind', 'window', 'sources', 'section', 'text'];
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]) =>
    cells.map((cell, c) => (c === cells.length - 1 ? cell : cell.padEnd(widths[c]!))).join('  ');
  console.log(line(header));
  for (const r of rows) console.log(line(r));
  console.log(
    `\n${drafts.length} claims proposed${drafts.some((d) => d.window?.isDefault) ? ' (* = near-term default window)' : ''}`,
  );
  return 0;
}

export const extractCommand: Command = {
  run: (args) => runExtract(args, readFileSync),
};
