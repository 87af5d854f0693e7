/**
 * Draft claims of an issue (TIME-WINDOWS.md, "What counts as a claim"): every Tradecraft block, one per block,
 * as the desk's call; elsewhere each sentence that has a window and asserts an outcome; Desk Notes by their
 * leading handle, linked to the claim they restate.
 */
import {
  attributionSpans,
  handlesIn,
  leadingHandle,
  trailingAttribution,
  type AttributionSpan,
} from './attribution.js';
import { chatShaped, speakerHandle, speakerTurn, stampEnd } from './turns.js';
import { isClaimSentence, isListingSection, listsScheduledDate, needsAntecedent, titleEnd } from './claim-rules.js';
import { RestateIndex } from './restate.js';
import { isQuotedItem, quotesAreLetters } from './quoted.js';
import { frontMatterEnd, isDatelineLine, isMastheadItem, withoutMailHeaders, withoutTitleLine } from './masthead.js';
import { canonicalSection, forumByline } from './labels.js';
import { buildMapped, parseSections, type Item, type Mapped, type Section } from './sections.js';
import { splitSentences } from './sentences.js';
import type { Calendars, ClaimSpan, DraftClaim, Window, WindowRule } from '../types.js';
import { analyzeWindow, itemContext, type WindowAnalysis } from '../time/windows.js';
import { tokenize, type Token } from '../time/tokens.js';
import { isoOf } from '../time/dates.js';
import { ASSERTING_HEDGES, BELIEVING } from '../time/modal-words.js';

interface Options {
  calendars?: Calendars;
}

const DESK_NOTES = 'Desk Notes';

function spanOf(m: Mapped, a: number, b: number): { start: number; end: number } {
  return { start: m.offsets[a] ?? 0, end: (m.offsets[b - 1] ?? 0) + 1 };
}

function trimRange(text: string, a: number, b: number): [number, number] {
  let s = a;
  let e = b;
  while (s < e && ' ,;:—–-'.includes(text[s] as string)) s++;
  while (e > s && text[e - 1] === ' ') e--;
  return [s, e];
}

const TRIGGER_END = /\s[—–]\s|\s--\s|[.:]\s/;

/** A WATCH block's trigger (its first clause) may be dated by a name ("Q3 2026 delivery rates"): counted when
 * nothing else dates the trigger (TIME-WINDOWS.md: "A WATCH window is the hull of its trigger date and its
 * dated consequences"). */
function watchAnalysis(text: string, pub: number, calendars: Calendars | undefined): WindowAnalysis {
  const whole = analyzeWindow(text, pub, { calendars });
  const cut = TRIGGER_END.exec(text);
  const trigger = cut ? text.slice(0, cut.index) : text;
  if (analyzeWindow(trigger, pub, { calendars }).window) return whole;
  const named = analyzeWindow(trigger, pub, { calendars, watchTrigger: true });
  if (!named.window) return whole;
  if (!whole.window) return named;
  const w: Window = {
    start: named.window.start < whole.window.start ? named.window.start : whole.window.start,
    end: named.window.end > whole.window.end ? named.window.end : whole.window.end,
    phrase: `${named.window.phrase}; ${whole.window.phrase}`,
    isDefault: false,
  };
  return {
    window: w,
    conditionalOnly: false,
    rule: { kind: 'phrase', detail: `${named.rule.detail}; ${whole.rule.detail}` },
  };
}

// The listing verbs of time/clause-words.ts LISTING, as a quick test before a block is read again as a call.
// A weekday, which a plain present reads as a schedule: "BEAR: … keep totals under in all three games on Sunday".
const LISTING_VERB =
  /\b(expires?|opens|kicks|matures?|begins|starts|ends|closes|shuts|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;

function blockClaim(source: string, item: Item, section: string, pub: number, options: Options): ClaimSpan | null {
  const m = buildMapped(source, item.segs);
  if (m.text.length === 0) return null;
  let analysis =
    item.label === 'WATCH'
      ? watchAnalysis(m.text, pub, options.calendars)
      : analyzeWindow(m.text, pub, { calendars: options.calendars });
  // A BULL or BEAR block is a call by its label: a date its listing verb sets ("BEAR: A shutdown begins on October
  // 1") or a day its plain present names bounds it rather than making it a calendar entry.
  // Read again only when a listing verb is there to be read so (most undated blocks have none).
  if (!analysis.window && (item.label === 'BULL' || item.label === 'BEAR') && LISTING_VERB.test(m.text))
    analysis = analyzeWindow(m.text, pub, { calendars: options.calendars, call: true });
  const claim: DraftClaim = {
    kind: item.label ?? 'CLAIM',
    text: m.text,
    sources: [],
    window: analysis.window,
    section,
    windowRule: analysis.rule,
  };
  return { claim, ...spanOf(m, 0, m.text.length) };
}

function itemClaims(
  source: string,
  m: Mapped,
  item: Item,
  section: string,
  pub: number,
  options: Options,
  rows: RowCache,
  labelEnd = 0,
  chat = false,
): Array<ClaimSpan & { headline: boolean }> {
  const out: Array<ClaimSpan & { headline: boolean }> = [];
  const desk = section === DESK_NOTES;
  const table = item.kind === 'bullet' && isTableRow(source, item);
  if (table && scheduledRow(source, item, rows)) return out;
  const lead = leadingHandle(m.text);
  let from = 0;
  if (desk && lead) from = titleEnd(m.text) || lead.length;
  else if (item.kind === 'bullet') from = titleEnd(m.text);
  else from = labelEnd || answerLabelEnd(m.text, chat);
  const cut = trailingAttribution(m.text);
  const body = m.text.slice(0, cut);
  const itemSources = desk && lead ? [lead] : handlesIn(m.text);
  // A bullet that closes two statements with attributions of their own ("… by 2026 (via @a). … by 2029 (via
  // @b).") cites each for its own statement.
  const attributions = !desk && item.kind === 'bullet' ? attributionSpans(m.text) : [];
  const perSentence = attributions.length >= 2;
  const trailing = perSentence ? handlesIn(m.text.slice(cut)) : [];
  const toks = tokenize(body);
  const context = itemContext(toks, options.calendars);
  // A time-stamped speaker's turn may be an automatic caption, whose sentences open in lower case.
  const caption = !desk && stampEnd(m.text) > 0 && speakerTurn(m.text, chat) !== null;
  const ranges = splitSentences(body.slice(from), desk ? ';' : '', caption).map(([a, b]) =>
    trimRange(body, a + from, b + from),
  );
  let t0 = 0;
  let previous: Token[] = [];
  for (let r = 0; r < ranges.length; r++) {
    const [a0, b] = ranges[r] as [number, number];
    // "… from here? A: Down, but not yet.": the answer's speaker label opens the sentence, not the claim.
    const a = body.startsWith('A: ', a0) ? a0 + 3 : a0;
    const sentence = body.slice(a, b);
    while (t0 < toks.length && (toks[t0] as Token).s < a) t0++;
    let t1 = t0;
    while (t1 < toks.length && (toks[t1] as Token).e <= b) t1++;
    if (sentence.length === 0) continue;
    const own = toks.slice(t0, t1);
    const before = previous;
    previous = own;
    t0 = t1;
    let analysis = analyzeWindow(body, pub, { calendars: options.calendars, context }, own);
    // A Desk Note may restate a call in headline style ("Downtown deal closed in Q2"): read its bare participle
    // as the call only when nothing else dates it, and keep it only as a restatement (collectClaims). A table's
    // cells are headline style too ("| Jail expansion | Bid phase | Approved in Q1 2027 |"): a status cell's
    // participle does not make the call cell past.
    const headline = (desk || table) && !analysis.window;
    if (headline) analysis = analyzeWindow(body, pub, { calendars: options.calendars, context, headline }, own);
    // "Reyes wants 5,000 permits by 2030. That target will be missed …": an undated sentence that points back
    // takes its date from the antecedent it needs (TIME-WINDOWS.md: "plus the previous sentence …").
    const pointsBack = !analysis.window && !desk && r > 0 && refersBack(own);
    if (pointsBack) analysis = analyzeWindow(body, pub, { calendars: options.calendars, context }, [...before, ...own]);
    if (!analysis.window || analysis.conditionalOnly || !isClaimSentence(sentence, own)) continue;
    let start = a;
    if (r > 0 && (pointsBack || needsAntecedent(sentence))) start = (ranges[r - 1] as [number, number])[0];
    let end = b;
    // A claim that carries its antecedent ("… says @hilltechdesk. It does not pass …") cites what the antecedent cites.
    const cited = body.slice(start, b);
    let sources = item.kind === 'para' && !desk ? paragraphSources(body, cited, m.text.slice(cut)) : itemSources;
    const closing = perSentence ? ownAttribution(attributions, a, b) : null;
    if (perSentence && !closing && r === ranges.length - 1 && trailing.length > 0) sources = trailing;
    if (closing) {
      sources = closing.handles;
      end = closing.start;
      while (end > start && body[end - 1] === ' ') end--;
    }
    const text = body.slice(start, end);
    const rule: WindowRule = analysis.rule;
    out.push({
      claim: { kind: 'CLAIM', text, sources, window: analysis.window, section, windowRule: rule },
      ...spanOf(m, start, end),
      headline: headline && desk,
    });
  }
  return out;
}

const ANCHORED =
  /\b(?:by|before|within|until|through|this|next|today|tonight|tomorrow)\b|\d{4}|['’]\d\d\b|\b[1-4][QH]\d\d\b/i;

/** A time phrase that names its period relative to the issue or by its year, so it cannot mean the last one. */
function anchoredPhrase(phrase: string): boolean {
  return ANCHORED.test(phrase);
}

/** An item read from a markdown table row: its first segment follows the row's opening "|". */
function isTableRow(source: string, item: Item): boolean {
  let k = (item.segs[0]?.s ?? 0) - 1;
  while (k >= 0 && (source[k] === ' ' || source[k] === '\t')) k--;
  return k >= 0 && source[k] === '|';
}

// The last table row read in one issue: the next row of the same table finds its header here, not by walking up
// again. One per call of collectClaims, so no state is shared between issues.
interface RowCache {
  end: number;
  top: number;
}

/** A table row that lists a set date under its header's column of dates (see {@link listsScheduledDate}). */
function scheduledRow(source: string, item: Item, lastRow: RowCache): boolean {
  const at = item.segs[0]?.s ?? 0;
  const rowStart = source.lastIndexOf('\n', at - 1) + 1;
  const rowEnd = source.indexOf('\n', at);
  let top = rowStart;
  // The table's first line is its header: the first of the lines above the row that open with "|".
  if (lastRow.end === rowStart - 1) top = lastRow.top;
  else
    for (let n = 0; top > 0 && n < 200; n++) {
      const prev = source.lastIndexOf('\n', top - 2) + 1;
      if (
        !source
          .slice(prev, top - 1)
          .trimStart()
          .startsWith('|')
      )
        break;
      top = prev;
    }
  lastRow.end = rowEnd;
  lastRow.top = top;
  const header = source.slice(top, source.indexOf('\n', top) < 0 ? undefined : source.indexOf('\n', top));
  if (top === rowStart || /^[|:\s-]+$/.test(header)) return false;
  return listsScheduledDate(header, source.slice(rowStart, rowEnd < 0 ? undefined : rowEnd));
}

const BACK_SUBJECTS = new Set(['it', 'they', 'this', 'that', 'these', 'those']);
const BACK_OBJECTS = new Set(['it', 'them']);

const LOOKS_AHEAD = new Set<string>([...ASSERTING_HEDGES, ...BELIEVING]);

/**
 * "That target will be missed", "Expect it to approve one closure": a forecast whose subject or early object
 * points back ("This isn't a supply-chain problem anymore" states the present and takes no date from before).
 */
function refersBack(own: readonly Token[]): boolean {
  const back =
    BACK_SUBJECTS.has(own[0]?.t ?? '') || BACK_OBJECTS.has(own[1]?.t ?? '') || BACK_OBJECTS.has(own[2]?.t ?? '');
  return back && own.some((tok) => LOOKS_AHEAD.has(tok.t) || tok.t.endsWith("'ll"));
}

/** The first attribution parenthesis inside the sentence `[a, b)`, or null; spans and sentences both run in text order. */
function ownAttribution(spans: readonly AttributionSpan[], a: number, b: number): AttributionSpan | null {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as AttributionSpan).start < a) lo = mid + 1;
    else hi = mid;
  }
  const span = spans[lo];
  return span && span.end <= b ? span : null;
}

/** A line that heads a reply or a forward: "On … wrote:", "From:", "-----Original Message-----", "Begin forwarded message". */
const REPLY_MARK =
  /^[>\s]*(?:On\s.*\swrote:|From:\s|-+\s*(?:Original Message|Forwarded message)\s*-+|Begin forwarded message)/im;

/**
 * A quoted paragraph outside the house sections (a mailbag's letter), or above the issue's first heading under a
 * reply's or a forward's mark (a reply quoted in a forward; a desk's TL;DR or pull-quote in a blockquote has none);
 * Tradecraft blocks in a blockquote stay the desk's.
 */
function isLetter(source: string, item: Item, section: Section): boolean {
  if (item.kind === 'block' || !isQuotedItem(source, item)) return false;
  if (canonicalSection(section.name) === null) return true;
  if (section.unheaded !== true) return false;
  const first = item.segs[0] as { s: number; e: number };
  const lineEnd = source.indexOf('\n', first.e);
  // A forum post's byline right above the quote heads a reply as "On … wrote:" does.
  return REPLY_MARK.test(source.slice(0, lineEnd < 0 ? source.length : lineEnd)) || bylineAbove(source, first.s);
}

/** Whether the nearest non-blank line above offset `s` is a forum post's byline. */
function bylineAbove(source: string, s: number): boolean {
  let e = source.lastIndexOf('\n', s - 1);
  while (e > 0) {
    const b = source.lastIndexOf('\n', e - 1);
    const line = source.slice(b + 1, e).trim();
    if (line.length > 0) return forumByline(line.replace(/^>+\s*/, ''));
    e = b;
  }
  return false;
}

/**
 * The window end of each phrase of a claim whose window is the hull of several, for Desk Notes to match: read
 * once, and only when a note asks.
 */
function phraseEnds(claim: DraftClaim, pub: number, options: Options): (() => readonly string[]) | undefined {
  const phrase = claim.window?.phrase ?? '';
  if (!phrase.includes('; ')) return undefined;
  let ends: string[] | undefined;
  return () => {
    if (ends) return ends;
    ends = [];
    for (const p of phrase.split('; ')) {
      const end = analyzeWindow(p, pub, { calendars: options.calendars }).window?.end;
      if (end) ends.push(end);
    }
    return ends;
  };
}

function isPublicationDay(claim: DraftClaim, pub: number): boolean {
  const day = isoOf(pub);
  return claim.window !== null && claim.window.start === day && claim.window.end === day;
}

/** "A: India is expected to …", "[03:25] NAIR: …", "ARCATA — …": a speaker label or a dateline is no part of a claim. */
function answerLabelEnd(text: string, chat: boolean): number {
  if (/^[AQ]: /.test(text)) return 3;
  // "ARCATA — Cal Poly's dorm tower opens …": a roundup's ALL-CAPS dateline is the paragraph's title, as a bullet's is.
  const dateline = /^[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3} [—–] (?=[A-Z0-9"“])/.exec(text);
  if (dateline) return dateline[0].length;
  // Outside a chat, a time stamp before a topic ("[08:30] Payrolls: …") is the line's time, and the topic stays.
  return speakerTurn(text, chat)?.body ?? stampEnd(text);
}

/** An interview's answer item: "A: …", or a question and its answer in one paragraph ("Q: …? A: …"). */
const ANSWER = /^(Q: [^?]*\? )?A: /;

const INTERVIEW_CUE = /\b(spoke|speak|talked|talk|sat down|interview|interviewed|asked|conversation)\b/i;

/**
 * "This week we spoke with Lena Marsh … (@lenamarsh_ag)." followed by "Q: …" / "A: …" paragraphs: the one handle of
 * the interview's introduction is the source of every answer below it in the section (the interviewee's calls).
 */
function interviewee(text: string): string | null {
  const handles = handlesIn(text);
  return handles.length === 1 && INTERVIEW_CUE.test(text) ? (handles[0] as string) : null;
}

const GUEST_CUE = /\b(questions|roundtable|panel|guests)\b/i;
const GUEST_NAME = /[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)+/;

/**
 * "We put three questions to Ana Ruiz, a former strategist (@anaruiz_f1); Tom Becker, who writes Grid Money
 * (@gridmoney); …": a roundtable's introduction names each guest before the handle cited for them. Returns each
 * guest's full, first and last name (lower-case) with their handle, or null for fewer than two guests.
 */
function guestsOf(text: string): Map<string, string> | null {
  if (!INTERVIEW_CUE.test(text) && !GUEST_CUE.test(text)) return null;
  const guests = new Map<string, string>();
  let from = 0;
  let count = 0;
  for (let i = text.indexOf('@'); i >= 0 && count < 20; i = text.indexOf('@', i + 1)) {
    const handle = handlesIn(text.slice(i, i + 64))[0];
    if (!handle) continue;
    const seg = text.slice(from, i);
    const cut = Math.max(seg.lastIndexOf(';'), seg.lastIndexOf(':'), seg.lastIndexOf('. '));
    const name = GUEST_NAME.exec(seg.slice(cut + 1))?.[0];
    from = i + handle.length;
    if (!name) continue;
    count++;
    const parts = name.toLowerCase().split(' ');
    for (const key of [parts.join(' '), parts[0] as string, parts[parts.length - 1] as string])
      if (!guests.has(key)) guests.set(key, handle);
  }
  return count >= 2 ? guests : null;
}

/** "**Ruiz:** It goes up.", "Becker: Ferrari.": a guest's speaker label opening an answer, with its end. */
function guestLabel(text: string, guests: ReadonlyMap<string, string>): { handle: string; end: number } | null {
  const m = /^\*{0,2}([A-Z][A-Za-z'’-]*(?: [A-Z][A-Za-z'’-]*){0,2})(?::\*{0,2}|\*{0,2}:) /.exec(text);
  const handle = m && guests.get((m[1] as string).toLowerCase());
  return m && handle ? { handle, end: m[0].length } : null;
}

/** How many items after a roundtable's introduction are read for a guest's answer. */
const ANSWER_LOOKAHEAD = 60;

/** Whether one of the next items (before Desk Notes) opens with the name of one of the guests. */
function answeredBelow(
  source: string,
  sections: readonly Section[],
  index: number,
  at: number,
  guests: ReadonlyMap<string, string>,
): boolean {
  let seen = 0;
  for (let s = index, k = at + 1; s < sections.length; s++, k = 0) {
    const section = sections[s] as Section;
    // Headings count too, so a paste of empty sections stays linear.
    if (section.name === DESK_NOTES || ++seen > ANSWER_LOOKAHEAD) return false;
    for (; k < section.items.length; k++) {
      if (++seen > ANSWER_LOOKAHEAD) return false;
      if (guestLabel(buildMapped(source, (section.items[k] as Item).segs).text, guests)) return true;
    }
  }
  return false;
}

function paragraphSources(_body: string, sentence: string, trailing: string): string[] {
  const own = handlesIn(sentence);
  for (const h of handlesIn(trailing)) if (!own.includes(h)) own.push(h);
  return own;
}

function headedAbove(source: string, item: Item, name: string): boolean {
  const at = item.segs[0]?.s ?? 0;
  return source.slice(0, at).toLowerCase().includes(name.toLowerCase());
}

/**
 * All draft claims of an issue with the spans they came from (offsets into the original text). `pub` is the
 * publication day number (see dates.ts). The title, dateline and masthead lines are never claims.
 */
export function collectClaims(source: string, pub: number, options: Options = {}): ClaimSpan[] {
  const out: ClaimSpan[] = [];
  const rows: RowCache = { end: -2, top: -1 };
  // The text of the item each claim came from, for Desk Notes to compare names with (restate.ts).
  const earlier = new RestateIndex(DESK_NOTES);
  const sections = parseSections(source);
  const chat = chatShaped(source);
  const front = frontMatterEnd(sections);
  const letters = quotesAreLetters(source);
  let first = true;
  // A roundtable's guests, named in its introduction, speak under their names in the sections that follow.
  let guests: Map<string, string> | null = null;
  // The issue's text outside transcript turns, where a podcast digest introduces its guests with their handles: the
  // show notes above the first house section, and the turns' own section. Another section's text is no introduction
  // ("Goldman's Sarah Chen … (via @gs_macro)" in What's Moving gives no handle to a SARAH turn below).
  let notes = '';
  // The text above the first heading is named as the lede but heads nothing: show notes may stand there too.
  const firstHouse = sections.findIndex((s) => canonicalSection(s.name) !== null && !s.unheaded);
  sections.forEach((section, index) => {
    if (isListingSection(section.name)) return;
    // The lede's leading title and dateline lines are masthead too when no heading sets them apart.
    let top = index === 0 && sections.length > 1;
    let speaker: string | null = null;
    const showNotes = index < firstHouse;
    let intro = notes;
    for (const [at, whole] of section.items.entries()) {
      const bare = withoutMailHeaders(source, whole);
      if (!bare || (letters && isLetter(source, bare, section))) continue;
      const item = first ? withoutTitleLine(source, bare) : bare;
      first = false;
      const masthead = index < front || top;
      // Under no heading of its own: the section's name stands nowhere above the item (the implicit lede section).
      const untitled = masthead && !headedAbove(source, item, section.name);
      if (masthead && isMastheadItem(source, item, untitled)) continue;
      top = false;
      if (item.kind === 'block') {
        const c = blockClaim(source, item, section.name, pub, options);
        if (c) {
          out.push(c);
          earlier.add({ claim: c.claim, context: c.claim.text });
        }
        continue;
      }
      const m = buildMapped(source, item.segs);
      if (section.name !== DESK_NOTES) speaker = interviewee(m.text) ?? speaker;
      const answer = speaker !== null && ANSWER.test(m.text);
      const turn = section.name === DESK_NOTES ? null : speakerTurn(m.text, chat);
      if (!turn && intro.length < 4000) {
        intro += ` ${m.text}`;
        if (showNotes) notes = intro;
      }
      // "[03:25] NAIR: …" after "Our guests were Priya Nair, … (@priyanair_semi)": the turn's calls are the guest's, as
      // are those of a turn whose speaker carries the handle ("[09:02] Dev (@devonthegrid): …").
      const turnSource = turn ? (turn.handle ?? speakerHandle(intro, turn.name)) : null;
      // The introduction that presents a roundtable's guests describes the issue; the calls are in the answers.
      const found = section.name !== DESK_NOTES && item.kind !== 'bullet' ? guestsOf(m.text) : null;
      const cast = found && answeredBelow(source, sections, index, at, found) ? found : null;
      if (cast) {
        guests = cast;
        continue;
      }
      const guest = guests && section.name !== DESK_NOTES ? guestLabel(m.text, guests) : null;
      for (const { headline, ...c } of itemClaims(
        source,
        m,
        item,
        section.name,
        pub,
        options,
        rows,
        guest?.end,
        chat,
      )) {
        if (answer && c.claim.sources.length === 0) c.claim.sources = [speaker as string];
        if (turnSource && c.claim.sources.length === 0) c.claim.sources = [turnSource];
        if (guest && c.claim.sources.length === 0) c.claim.sources = [guest.handle];
        // Above the first house section, a sentence dated only by the issue's own day is its dateline.
        // Elsewhere, a short line dated only by that day is one too (a bullet brief's or a quoted issue's dateline).
        const dateline = section.name !== DESK_NOTES && isDatelineLine(c.claim.text, c.claim.window?.phrase ?? '');
        if ((index < front || dateline) && isPublicationDay(c.claim, pub)) continue;
        if (section.name === DESK_NOTES) {
          const restated = earlier.find(c.claim);
          if (restated >= 0) c.claim.restates = restated;
          // A headline participle alone may state the past when its period is a bare name ("Gamma deal closed in
          // Q3" may mean the last Q3); dated relative to the issue or with its year ("deal agreed this week",
          // "approved by March", "in Q3 2027") it can only be the call.
          else if (headline && !anchoredPhrase(c.claim.window?.phrase ?? '')) continue;
        }
        out.push(c);
        earlier.add({ claim: c.claim, context: m.text, phraseEnds: phraseEnds(c.claim, pub, options) });
      }
    }
  });
  return out;
}
