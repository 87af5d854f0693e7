/**
 * Splits a pasted issue into sections and items (TIME-WINDOWS.md, "What counts as a claim"): prose paragraphs,
 * bullets (hard-wrapped lines joined), Tradecraft blocks (one per label) and Desk Notes. Works on offsets into
 * the original text (CRLF included) so every claim can point back at its span.
 */
import { dashTitled } from './bullets.js';
import { classifyLine, forumByline, gluedTail, inlineHeading, linkLine } from './labels.js';
import {
  footnoteRefs,
  headerKey,
  isChatHeader,
  isFootnoteDefinition,
  isPageMark,
  runningHeaders,
  soundCueLine,
  speakerTurn,
  stampedLine,
} from './turns.js';
import { quotedAt } from './quoted.js';
import type { ClaimKind } from '../types.js';
import { MONTHS } from '../time/vocab.js';
import { WEEKDAYS } from '../time/weekdays.js';

/** A span `[s, e)` of the original text. */
export interface Segment {
  s: number;
  e: number;
}

/** A paragraph, a bullet or a Tradecraft block, as segments of the original text (one per physical line). */
export interface Item {
  kind: 'para' | 'bullet' | 'block';
  label?: Exclude<ClaimKind, 'CLAIM'>;
  segs: Segment[];
}

/** A section: its name as printed (canonical for the house sections) and its items. */
export interface Section {
  name: string;
  items: Item[];
  /** Set when the section's name comes from no heading: the text above an issue's first heading. */
  unheaded?: boolean;
}

/** The name given to text before the first heading: the lede. */
export const LEDE_SECTION = 'The Signal';
const DESK_NOTES = 'Desk Notes';

function* lines(text: string): Generator<[number, number]> {
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || c === '\r') {
      yield [start, i];
      if (c === '\r' && text[i + 1] === '\n') i++;
      start = i + 1;
    }
  }
  if (start < text.length) yield [start, text.length];
}

function trimmed(text: string, s: number, e: number): Segment {
  let a = s;
  let b = e;
  while (a < b && /\s/.test(text[a] as string)) a++;
  while (b > a && /\s/.test(text[b - 1] as string)) b--;
  return { s: a, e: b };
}

/**
 * A line of at most four words with no stop inside a section ("Last updated 21 June" in a web page's paste): no
 * sentence runs on from it, so the line after it may head or open what follows, as after a stop.
 */
function stubLine(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= 32 && t.split(/\s+/).length <= 4 && !/[,;:–—-]$/.test(t) && /^[A-Z]/.test(t);
}

/**
 * Whether the line after the one ending at `e` opens with a lower-case word that continues a sentence (a byline's
 * "by …" or "via …" under a title does not).
 */
function runsOnBelow(text: string, e: number): boolean {
  const next = text.indexOf('\n', e);
  if (next < 0) return false;
  const m = /^[ \t]*([a-z]+)[ ,]/.exec(text.slice(next + 1, next + 40));
  return m !== null && m[1] !== 'by' && m[1] !== 'via';
}

/**
 * Whether the line at `s` is quoted ("> …") and the item's last line is not, or the other way round, where the
 * earlier line ended its sentence or the paste is a forum thread: a markdown quote's unquoted next line that runs on
 * ("> The Fed will cut rates" then "in March, …") continues it.
 */
function quoteChanges(text: string, item: Item, s: number, forum: () => boolean): boolean {
  const last = item.segs[item.segs.length - 1] as { s: number; e: number };
  if (quotedAt(text, last.s) === quotedAt(text, s)) return false;
  return '.!?:"”'.includes(text[last.e - 1] ?? '') || forum();
}

/** Whether some line of `text` is a forum post's byline (read once, when a quote meets an unquoted line). */
function forumPaste(text: string): () => boolean {
  let seen: boolean | undefined;
  return () => (seen ??= text.includes('u/') && text.split('\n').some((line) => forumByline(line.trim())));
}

/** Parses `text` into sections (TIME-WINDOWS.md; the formats listed in the ingest issue). */
export function parseSections(text: string): Section[] {
  const sections: Section[] = [{ name: LEDE_SECTION, items: [], unheaded: true }];
  const refs = footnoteRefs(text);
  const forum = forumPaste(text);
  let current: Item | null = null;
  let afterBreak = true;
  let opened = false;
  const section = (): Section => sections[sections.length - 1] as Section;
  const close = (): void => {
    if (current && current.segs.length > 0) section().items.push(current);
    current = null;
  };
  const headers = runningHeaders(text);
  // The paragraph a page break cut in mid-sentence, which the next page's first lower-case line continues.
  let broken: Item | null = null;
  // The caption turn being read and its speaker: a turn cut by the next time stamp continues under the same speaker.
  let turnItem: Item | null = null;
  let turnSpeaker = '';
  const handle = (s: number, e: number): void => {
    const line = text.slice(s, e);
    // A page's running footer between two lines of one paragraph leaves the paragraph whole, and so does a page
    // break between two paragraphs' lines when the first did not end its sentence ("… to growth" / "by 2028. …").
    if (isPageMark(line)) {
      const last = current ?? section().items[section().items.length - 1];
      const seg = last?.segs[last.segs.length - 1];
      if (last && last.kind === 'para' && seg && !'.!?:"”)'.includes(text[seg.e - 1] ?? '')) broken = last;
      return;
    }
    // A feed's "Read more" link leaves the paragraph whole too, so an attribution line below it ("(via @oil)") still
    // closes the item.
    if (linkLine(line.trim())) return;
    // The document's running header at each page's top is no text.
    if (headers.size > 0 && headers.has(headerKey(line))) return;
    // "[00:00] [Music]": a caption line with only a sound cue ends the turn above, as a blank line does.
    if (soundCueLine(line)) {
      close();
      afterBreak = true;
      return;
    }
    if (isFootnoteDefinition(line, refs, s)) {
      close();
      afterBreak = true;
      return;
    }
    // "Priya Nair  9:14 AM" over a message: a chat export's header ends the message above, as a blank line does.
    if (isChatHeader(line)) {
      close();
      afterBreak = true;
      return;
    }
    let kind = classifyLine(line, s, afterBreak);
    // "The Federal Reserve" over "will cut rates twice by": a title-like line whose next line runs on in lower case
    // is a hard-wrapped sentence's start, so it heads nothing.
    // "[00:52] DANA: and Kentucky 2?" is a short turn, not a title: a time-stamped line heads nothing.
    if (kind.type === 'heading' && ((afterBreak && runsOnBelow(text, e)) || stampedLine(line))) {
      const plain = classifyLine(line, s, false);
      if (plain.type === 'text') kind = plain;
    }
    if (kind.type !== 'blank' && !(kind.type === 'text' && current === null)) broken = null;
    const ended = afterBreak;
    afterBreak = kind.type !== 'text' && kind.type !== 'bullet' && kind.type !== 'label';
    switch (kind.type) {
      case 'blank':
        if (!(current && current.kind === 'block' && current.segs.length === 0)) close();
        afterBreak = true;
        return;
      case 'heading':
        close();
        opened = true;
        if (sections.length === 1 && section().items.length === 0) sections[0] = { name: kind.name, items: [] };
        else sections.push({ name: kind.name, items: [] });
        return;
      case 'callout':
        close();
        return;
      case 'label': {
        close();
        current = { kind: 'block', label: kind.kind, segs: [] };
        const seg = trimmed(text, kind.bodyStart, e);
        if (seg.e > seg.s) current.segs.push(seg);
        afterBreak = false;
        return;
      }
      case 'bullet':
        close();
        current = { kind: 'bullet', segs: [trimmed(text, kind.bodyStart, e)] };
        break;
      case 'text': {
        const seg = trimmed(text, kind.bodyStart, e);
        const note = text[seg.s] === '@' && section().name === DESK_NOTES;
        // "… percentage points to growth" then "by 2028. Risks …" on the next page: the cut paragraph goes on.
        if (broken && current === null && /^[a-z]/.test(text[seg.s] ?? '') && section().items.at(-1) === broken) {
          section().items.pop();
          current = broken;
          current.segs.push(seg);
          broken = null;
          break;
        }
        broken = null;
        // A time-stamped line opens an item of its own, a chat's turn or a timeline's entry alike …
        const spoken = speakerTurn(text.slice(seg.s, seg.e), true);
        const turn = spoken !== null;
        // … except where an automatic caption cut a sentence: the same ALL-CAPS speaker's next stamped line, opening
        // in lower case after a line that did not end its sentence, goes on with it ("… pass 20 gigawatts" / "[01:40]
        // LENA: by the end of next year."). A chat's messages, under names as written, stay one each.
        const caption = spoken !== null && spoken.name === spoken.name.toUpperCase();
        if (spoken && caption && current !== null && current === turnItem && spoken.name === turnSpeaker) {
          const prev = current.segs[current.segs.length - 1] as Segment;
          const body = seg.s + spoken.body;
          if (!'.!?"”)'.includes(text[prev.e - 1] ?? '') && /^[a-z]/.test(text[body] ?? '')) {
            current.segs.push({ s: body, e: seg.e });
            break;
          }
        }
        // Lines of titled items without markers ("Ohio -- sales hit $1bn." then "Pennsylvania -- …"): after a line
        // that ended its sentence, a line that opens with a title and a dash is an item of its own.
        const titled = ended && current !== null && current.kind !== 'block' && dashTitled(text.slice(seg.s, seg.e), 0);
        // A reply that answers a quoted line right under it ("> the rate drops on Nov 1" then "Nah. …"): the quote and
        // the answer are two paragraphs, as the mark says whose words each is.
        const requote = current !== null && current.segs.length > 0 && quoteChanges(text, current, seg.s, forum);
        if (current && !note && !turn && !titled && !requote) current.segs.push(seg);
        else {
          close();
          current = { kind: note || titled ? 'bullet' : 'para', segs: [seg] };
          turnItem = spoken ? current : null;
          turnSpeaker = spoken?.name ?? '';
        }
        break;
      }
    }
    const last = text.slice(Math.max(s, e - 4), e).trimEnd();
    const end = last[last.length - 1];
    afterBreak = (end !== undefined && '.!?"”)'.includes(end)) || stubLine(line);
  };
  for (const [s, e] of lines(text)) {
    // "-- " alone on a line is the mail signature delimiter (RFC 3676): what follows is the sender's footer.
    if (/^-- ?$/.test(text.slice(s, e))) break;
    // Only before any section has opened (right after the masthead): inside a section, "Tradecraft: the desk's view is
    // simple." is a sentence of it, not a switch to another section.
    const inline = opened ? -1 : inlineHeading(text.slice(s, e));
    if (inline > 0) {
      handle(s, s + inline);
      handle(s + inline, e);
      continue;
    }
    const tail = gluedTail(text.slice(s, e));
    if (tail >= 0) {
      handle(s, s + tail);
      handle(s + tail, e);
      continue;
    }
    handle(s, e);
  }
  close();
  return sections.filter((sec, i) => i > 0 || sec.items.length > 0 || sections.length === 1);
}

/** A string built from segments with whitespace collapsed and `**` / `__` removed, plus each character's original offset. */
export interface Mapped {
  text: string;
  offsets: number[];
}

/**
 * A hard-wrapped paste may break a word with a hyphen at the end of a line ("by Novem-" / "ber 30"). Only a month or
 * a weekday is joined again: a compound broken at its own hyphen ("long-" / "term") keeps its hyphen and space.
 */
function brokenDateWord(source: string, offsets: readonly number[], at: number): boolean {
  // The characters are read from the source through their offsets: reading the text being built would make V8
  // flatten it at every line, which is quadratic in the item.
  const last = offsets.length - 1;
  if (last < 0 || source.charCodeAt(offsets[last] as number) !== 45) return false;
  let head = '';
  for (let k = last - 1; k >= 0 && last - k < 16; k--) {
    const ch = source[offsets[k] as number] as string;
    if (!/[A-Za-z]/.test(ch)) break;
    head = ch + head;
  }
  if (head.length < 2) return false;
  const tail = /^[a-z]+/.exec(source.slice(at, at + 12));
  if (!tail) return false;
  const word = `${head}${tail[0]}`.toLowerCase();
  return word.length >= 4 && (MONTHS.has(word) || WEEKDAYS.has(word));
}

/** Joins an item's segments with single spaces (hard-wrapped lines), keeping the original offset of every character. */
export function buildMapped(source: string, segs: readonly Segment[]): Mapped {
  let text = '';
  // One offset per character of `text`, so its length is the text's.
  const offsets: number[] = [];
  let pendingSpace = -1;
  for (const seg of segs) {
    // "by Novem-" then "ber 30": a month or weekday broken at the line's end is one word again.
    if (brokenDateWord(source, offsets, seg.s)) {
      text = text.slice(0, -1);
      offsets.pop();
    } else if (offsets.length > 0 && pendingSpace < 0) pendingSpace = seg.s;
    // Characters kept as they stand are copied a run at a time, not appended one by one.
    let run = -1;
    for (let i = seg.s; i < seg.e; i++) {
      const ch = source[i] as string;
      const markup = (ch === '*' && source[i + 1] === '*') || (ch === '_' && source[i + 1] === '_');
      if (markup || ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n' || ch === '\u00a0') {
        if (run >= 0) text += source.slice(run, i);
        run = -1;
        if (markup) i++;
        else if (offsets.length > 0 && pendingSpace < 0) pendingSpace = i;
        continue;
      }
      if (pendingSpace >= 0) {
        text += ' ';
        offsets.push(pendingSpace);
        pendingSpace = -1;
      }
      if (run < 0) run = i;
      offsets.push(i);
    }
    if (run >= 0) text += source.slice(run, seg.e);
  }
  return { text, offsets };
}
