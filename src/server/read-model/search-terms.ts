/** Start and end of a match in highlighted text: control characters no stored text contains. */
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

const MAX_TERMS = 8;
// Built from a string: a regex literal with control characters trips no-control-regex.
const MARKS = new RegExp(`([${MARK_START}${MARK_END}])`);

/**
 * The words of what the reader typed: letters and digits only, so no query syntax of either
 * engine reaches the database. Every word must match; the last is a prefix (typing as you go),
 * and so is every other, which lets "bindu" find @bindureddy.
 */
export function searchTerms(q: string): string[] {
  return (q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_TERMS);
}

/** FTS5 MATCH: each word quoted (no operators) and a prefix. */
export function fts5Query(terms: string[]): string {
  return terms.map((t) => `"${t}"*`).join(' ');
}

/** to_tsquery: each word a prefix, all required. */
export function tsQuery(terms: string[]): string {
  return terms.map((t) => `${t}:*`).join(' & ');
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
