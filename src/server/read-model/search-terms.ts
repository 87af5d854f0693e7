/** Start and end of a match in highlighted text: control characters no stored text contains. */
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

const MAX_TERMS = 8;
// Built from a string: a regex literal with control characters trips no-control-regex.
const MARKS = new RegExp(`([${MARK_START}${MARK_END}])`);

/**
 * The words of what the reader typed: letters and digits only, so no query syntax of either
 * engine reaches the database. Every word must match (stemmed, as the index is); only the last is
 * a prefix, as it is the one still being typed ("bindu" finds @bindureddy). A prefix costs a scan
 * of every indexed word it starts, so words already finished are matched whole.
 */
export function searchTerms(q: string): string[] {
  return (q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_TERMS);
}

const isLast = (i: number, terms: string[]) => i === terms.length - 1;

/** FTS5 MATCH: each word quoted (no operators), the last a prefix. */
export function fts5Query(terms: string[]): string {
  return terms.map((t, i) => (isLast(i, terms) ? `"${t}"*` : `"${t}"`)).join(' ');
}

/** to_tsquery: every word required, the last a prefix. */
export function tsQuery(terms: string[]): string {
  return terms.map((t, i) => (isLast(i, terms) ? `${t}:*` : t)).join(' & ');
}

/** Splits text marked with MARK_START/MARK_END into runs. */
export function highlightRuns(marked: string): { text: string; hit: boolean }[] {
  const runs: { text: string; hit: boolean }[] = [];
  let hit = false;
  for (const part of marked.split(MARKS)) {
    if (part === MARK_START) hit = true;
    else if (part === MARK_END) hit = false;
    else if (part) {
      const last = runs[runs.length - 1];
      if (last && last.hit === hit) last.text += part;
      else runs.push({ text: part, hit });
    }
  }
  return runs;
}
