import { MONTHS } from '../time/vocab.js';
import { DAY_WORDS, WEEKDAYS } from '../time/weekdays.js';

/**
 * Lines of a pasted issue that are layout, not prose, and the speaker turns of a transcript: a running page
 * header or footer ("MARINE RISK WEEKLY · 16 November 2026 · Page 1 of 2") and a markdown footnote definition
 * ("[^1]: USDA NASS, July 10.") are never claims; a transcript turn ("[03:25] NAIR: …") is an item of its own.
 */

/** "Page 2", "Page 1 of 2", "p. 3/4" in a short line with no full stop at its end: a PDF's running header or footer. */
const PAGE_MARK = /(?:^|[\s·|•–—-])(?:page|p\.)\s*\d+(?:\s*(?:of|\/)\s*\d+)?\s*$/i;

/** Whether a line is a page's running header or footer, which repeats the masthead and says nothing. */
export function isPageMark(line: string): boolean {
  const t = line.trim();
  return t.length <= 120 && PAGE_MARK.test(t);
}

/**
 * "Priya Nair  9:14 AM", "Tom Reyes 21:05": a chat export's message header, a name of one to three capitalised words
 * and a clock time alone on a line, which says who wrote the message below and when, and nothing else.
 */
const CHAT_HEADER = /^\s*[A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){0,2}\s+\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?\s*$/;

/** Whether a line is a chat export's message header (it ends the message before it). */
export function isChatHeader(line: string): boolean {
  if (line.length > 60 || !CHAT_HEADER.test(line)) return false;
  // "Tuesday 9:30 AM", "March 4 9:30": a day or a month with its hour is an agenda's line, not a sender's name.
  const words = line.toLowerCase().match(/[a-z]+/g) ?? [];
  return !words.some((x) => MONTHS.has(x) || WEEKDAYS.has(x) || DAY_WORDS.has(x));
}

/**
 * The running headers of a PDF paste: lines with no stop at their end, repeated word for word, in a text that has a
 * page mark. They repeat the document's title at each page's top and say nothing; empty when no page mark stands.
 */
export function runningHeaders(text: string): ReadonlySet<string> {
  const out = new Set<string>();
  if (!/\b(?:page|p\.)\s*\d/i.test(text)) return out;
  const lines = text.split('\n');
  if (!lines.some(isPageMark)) return out;
  const seen = new Set<string>();
  for (const line of lines) {
    const key = headerKey(line);
    if (key.length < 8 || key.length > 120 || /[.!?:;,]$/.test(key) || /^[-*•|#>@[]/.test(key)) continue;
    if (seen.has(key)) out.add(key);
    else seen.add(key);
  }
  return out;
}

/** A line as a running header is compared: trimmed, its runs of spaces one space. */
export function headerKey(line: string): string {
  return line.trim().replace(/\s+/g, ' ');
}

/** "[00:00] [Music]", "[12:04] [Laughter] [Applause]": a caption line that holds only a sound cue says nothing. */
export function soundCueLine(line: string): boolean {
  const t = line.trim();
  const m = STAMP.exec(t);
  return m !== null && /^(?:\s*\[[A-Za-z][A-Za-z ]{0,20}\])+$/.test(t.slice(m[0].length));
}

/** Whether a line opens with a time stamp ("[03:25] …", "(1:02:10) …"): a turn or a timeline's line, never a heading. */
export function stampedLine(line: string): boolean {
  return STAMP.test(line.trimStart());
}

/** The footnote marks of a text: the numbers they refer to, and where the last of them sits. */
export interface FootnoteRefs {
  numbers: ReadonlySet<string>;
  last: number;
}

const NO_REFS: FootnoteRefs = { numbers: new Set(), last: -1 };

/**
 * "[^1]: …", "² The date is Sony's own: …": a footnote's definition, markdown's or one opened by the superscript
 * figure its mark uses in the text, a reference like a "Notes" section's; so is a line at `at` opening with a
 * bracketed number ("[1] Federal Register, 24 March 2026.") when the text refers to that number inside a line and
 * the line comes after the last such mark (`refs`, from `footnoteRefs`): notes follow what they annotate, so a
 * numbered list above a mark, or one that no mark refers to, is left as it is.
 */
export function isFootnoteDefinition(line: string, refs: FootnoteRefs = NO_REFS, at = 0): boolean {
  if (/^\s*(?:\[\^[^\]\s]{1,12}\]:|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}\s+\S)/.test(line)) return true;
  const m = /^\s*\[(\d{1,3})\]\s/.exec(line);
  return m !== null && refs.numbers.has(m[1] as string) && at > refs.last;
}

/**
 * The footnote marks that follow a word or a stop inside a line ("… 17 June.[1] We …"), leaving out marks inside a
 * line that itself opens with a bracketed number (a note that cites another).
 */
export function footnoteRefs(text: string): FootnoteRefs {
  const numbers = new Set<string>();
  let last = -1;
  for (const m of text.matchAll(/[^\s[]\[(\d{1,3})\]/g)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    if (/^\s*\[\d{1,3}\]\s/.test(text.slice(lineStart, lineStart + 8))) continue;
    numbers.add(m[1] as string);
    last = m.index;
  }
  return { numbers, last };
}

/** "[03:25] NAIR: ", "(1:02:10) TOM BECKER: ", "HOST: ": a transcript turn's time stamp and ALL-CAPS speaker. */
const TURN =
  /^(?:[[(]\d{1,2}(?::\d{2}){1,2}[\])]\s*)?([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,2})(?:\s+\(@(\w{1,30})\))?:\s+(?=\S)/;
const STAMP = /^[[(]\d{1,2}(?::\d{2}){1,2}[\])]/;
// A chat export's speaker after its time stamp is a name as written ("[09:02] Dev (@devonthegrid): ", "[09:11] Marco: "),
// which only the stamp tells from a sentence that opens with a capitalised word and a colon.
const CHAT_TURN =
  /^[[(]\d{1,2}(?::\d{2}){1,2}[\])]\s*([A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,2})(?:\s+\(@(\w{1,30})\))?:\s+(?=\S)/;

const CHAT_LINE = new RegExp(CHAT_TURN.source, 'gm');

/**
 * Whether the text is a chat export: at least two lines open with a time stamp and a speaker's name as written, and a
 * speaker speaks twice or carries a handle ("[09:02] Dev (@devonthegrid): …"). Topics after stamps ("[08:30] Payrolls:
 * …", "[10:00] ISM Services: …") do not recur, so a timeline keeps them in its claims.
 */
export function chatShaped(text: string): boolean {
  CHAT_LINE.lastIndex = 0;
  const names = new Set<string>();
  let lines = 0;
  let speaker = false;
  for (let m = CHAT_LINE.exec(text); m !== null && !(speaker && lines >= 2); m = CHAT_LINE.exec(text)) {
    lines++;
    const name = m[1] ?? '';
    if (m[2] !== undefined || names.has(name)) speaker = true;
    names.add(name);
  }
  return speaker && lines >= 2;
}

/**
 * The speaker label of a transcript turn at the start of `text`: its name, the handle written beside it ("Dev
 * (@devonthegrid):"), and where the words spoken start, or null. A time-stamped ALL-CAPS name always is a turn, a
 * time-stamped name as written only in a chat export (`chat`, from `chatShaped`); without a stamp only an ALL-CAPS
 * name of two letters or more ("A:" and "Q:" are an interview's labels) in a line that goes on to speak.
 */
export function speakerTurn(text: string, chat: boolean): { name: string; handle: string | null; body: number } | null {
  const m = TURN.exec(text) ?? (chat ? CHAT_TURN.exec(text) : null);
  if (!m || !m[1]) return null;
  if (!STAMP.test(text) && m[1].replace(/[^A-Z]/g, '').length < 2) return null;
  return { name: m[1], handle: m[2] ? `@${m[2].toLowerCase()}` : null, body: m[0].length };
}

/** Where the words after a leading time stamp start ("[08:30] Payrolls: …" outside a chat), or 0. */
export function stampEnd(text: string): number {
  const m = STAMP.exec(text);
  return m ? m[0].length + (/^\s*/.exec(text.slice(m[0].length))?.[0].length ?? 0) : 0;
}

/** Words with which a host introduces a guest ("Dana Okafor talks to Luis Ferrer (@ferrer_media)"). */
const HOST_CUE = /\b(?:talks|speaks|chats|sits down) (?:to|with)\b|\binterviews\b|\bjoined by\b/i;

/**
 * The @handle that an introduction gives a speaker ("Priya Nair, equipment analyst at Tollgate Research
 * (@priyanair_semi)"): the first handle after any word of the speaker's name, with no other handle between, within
 * one sentence; null when the introduction does not name the speaker (the host speaks for the desk).
 */
export function speakerHandle(intro: string, name: string): string | null {
  const words = name
    .toLowerCase()
    .split(/\s+/)
    .filter((x) => x.length >= 2);
  const lower = intro.toLowerCase();
  for (const word of words) {
    const re = new RegExp(`\\b${word.replace(/[.'-]/g, '\\$&')}\\b`, 'g');
    for (let m = re.exec(lower); m; m = re.exec(lower)) {
      const rest = intro.slice(m.index, m.index + 200);
      const at = /@([A-Za-z0-9_]{1,30})/.exec(rest);
      if (!at) continue;
      // A full stop between the name and the handle ends the introduction of that speaker, and a host who "talks
      // to" a guest introduces the guest, whose handle follows.
      const between = rest.slice(0, at.index);
      if (/[.!?]\s/.test(between) || HOST_CUE.test(between)) continue;
      return `@${(at[1] as string).toLowerCase()}`;
    }
  }
  return null;
}
