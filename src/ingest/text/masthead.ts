/**
 * The title, dateline and masthead lines, and the headers of a pasted e-mail, which are never claims
 * (TIME-WINDOWS.md, "More on claims"): above the first house section, an item made only of short lines without a
 * full stop is masthead; mail headers ("Subject: …", "On … wrote:") are dropped wherever they stand.
 */
import { canonicalSection } from './labels.js';
import type { Item, Section } from './sections.js';

const MAIL_HEADER = /^(?:from|to|cc|bcc|date|sent|subject|reply-to)\s*:\s*\S/i;
const MAIL_QUOTE = /^on\s.{4,200}\swrote:?$/i;
const MAIL_DIVIDER = /^(?:-{2,}\s*(?:forwarded message|original message)\s*-{2,}|begin forwarded message:?)$/i;

/** A line of a mail's headers: "Subject: …", "On Sun, Mar 8, 2026 at 9:14 PM Sam wrote:", a forward divider. */
export function isMailHeader(line: string): boolean {
  const t = line.trim();
  return MAIL_HEADER.test(t) || MAIL_QUOTE.test(t) || MAIL_DIVIDER.test(t);
}

const WORD = /[\p{L}\p{N}]/u;

/** A title, dateline, tagline or sign-off line: at most 12 words (separators such as "—", "·", "|" are none) and no sentence-final punctuation. */
function isShortLine(line: string): boolean {
  const t = line.replace(/["'”’)\]*_]+$/, '').trimEnd();
  // The last character first: a sentence's full stop settles it without counting the words.
  return !'.!?'.includes(t.slice(-1)) && t.split(' ').filter((x) => WORD.test(x)).length <= 12;
}

/**
 * "ETF FLOWS // the crypto fund brief // Sep 8, 2026" as a bullet, "> Labour, contracts … · June 15, 2026" in a
 * quoted issue: a short line with no sentence in it, dated by a written date, is a dateline wherever it stands.
 */
export function isDatelineLine(text: string, phrase: string): boolean {
  // The cheap tests first: most claims' phrases hold no digit, and most claims are sentences.
  if (!/[0-9]/.test(phrase) || /[.!?]\s/.test(text) || !isShortLine(text)) return false;
  // The date stands alone or after a separator ("… // Sep 8, 2026", "Monday, June 15"), not as a clause's own phrase
  // ("The ECB cuts … on December 7, 2026").
  const at = text.lastIndexOf(phrase);
  return at >= 0 && /(?:^|[—–\-·|/,:•])\s*$/.test(text.slice(0, at));
}

/** The item without its mail-header lines (null when nothing else is left). */
export function withoutMailHeaders(source: string, item: Item): Item | null {
  const segs = item.segs.filter((g) => !isMailHeader(source.slice(g.s, g.e)));
  if (segs.length === item.segs.length) return item;
  return segs.length > 0 ? { ...item, segs } : null;
}

/**
 * The opening item without its first line when that line is a title set directly above the text
 * ("Weekly Memo — our call for Monday, March 2, 2026" then "Brent climbs …"): a short line with no sentence in
 * it, followed by a line that starts with a capital or a digit.
 */
export function withoutTitleLine(source: string, item: Item): Item {
  const [first, next] = item.segs;
  if (item.kind !== 'para' || !first || !next) return item;
  const line = source.slice(first.s, first.e);
  const start = source[next.s] ?? '';
  if (!isShortLine(line) || /[.!?]\s/.test(line) || !/[\p{Lu}\p{N}]/u.test(start)) return item;
  return { ...item, segs: item.segs.slice(1) };
}

/** Whether every line of a paragraph is a masthead line (title, dateline, tagline, signature). */
export function isMastheadItem(source: string, item: Item, untitled = false): boolean {
  if (item.kind !== 'para') return false;
  if (item.segs.every((g) => isShortLine(source.slice(g.s, g.e)))) return true;
  // A greeting or note on the issue itself under no heading ("Quick one this week.", "Short issue today!"): one line
  // of at most four words, full stop or not, is no statement about the world.
  const [only] = item.segs;
  if (!untitled || item.segs.length !== 1 || !only) return false;
  return (
    source
      .slice(only.s, only.e)
      .split(' ')
      .filter((x) => WORD.test(x)).length <= 4
  );
}

/**
 * How many sections from the top are front matter: those above the first house section when the issue opens
 * with a title heading, or above a second "The Signal" (the first then holds the masthead). 0 when none.
 */
export function frontMatterEnd(sections: readonly Section[]): number {
  const first = sections[0];
  if (!first) return 0;
  const opensWithTitle = canonicalSection(first.name) === null;
  for (let i = 1; i < sections.length; i++) {
    const name = (sections[i] as Section).name;
    if (opensWithTitle ? canonicalSection(name) !== null : name === first.name) return i;
  }
  return 0;
}
