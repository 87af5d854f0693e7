/**
 * Quoted lines ("> …") inside an issue. A pasted reply quotes the whole issue, and then the quoted text is the
 * issue; an issue that quotes a few lines of its own (a reader's letter in a mailbag, a reply it answers) gives
 * someone else's words, which are not the desk's calls nor a cited source's (TIME-WINDOWS.md, "What counts as a
 * claim": sources are the @handles cited, the rest is the desk's).
 */
import type { Item } from './sections.js';

/** Whether the line holding offset `s` starts with a quote mark (after spaces). */
export function quotedAt(source: string, s: number): boolean {
  let k = s;
  while (k > 0 && source[k - 1] !== '\n' && source[k - 1] !== '\r') k--;
  while (source[k] === ' ' || source[k] === '\t') k++;
  return source[k] === '>';
}

/** Whether fewer than half the non-blank lines are quoted: its quoted lines are then letters, not the issue. */
export function quotesAreLetters(source: string): boolean {
  let quoted = 0;
  let lines = 0;
  let start = true;
  let blank = true;
  let isQuote = false;
  for (let i = 0; i <= source.length; i++) {
    const c = source[i];
    if (c === undefined || c === '\n') {
      if (!blank) {
        lines++;
        if (isQuote) quoted++;
      }
      start = true;
      blank = true;
      isQuote = false;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') continue;
    if (start && c === '>') isQuote = true;
    else if (isQuote && c !== '>') blank = false;
    else if (!isQuote) blank = false;
    start = false;
  }
  return quoted > 0 && quoted * 2 < lines;
}

/** Whether every line of an item is quoted. */
export function isQuotedItem(source: string, item: Item): boolean {
  return item.segs.length > 0 && item.segs.every((g) => quotedAt(source, g.s));
}
