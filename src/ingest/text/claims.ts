/**
 * Draft claims of an issue (TIME-WINDOWS.md, "What counts as a claim"): every Tradecraft block, one per block,
 * as the desk's call; elsewhere each sentence that has a window and asserts an outcome; Desk Notes by their
 * leading handle, linked to the claim they restate.
 */
import { handlesIn, leadingHandle, trailingAttribution } from './attribution.js';
import { isClaimSentence, isListingSection, needsAntecedent, titleEnd } from './claim-rules.js';
import { findRestated } from './restate.js';
import { canonicalSection } from './labels.js';
import { buildMapped, parseSections, type Item, type Mapped } from './sections.js';
import { splitSentences } from './sentences.js';
import type { Calendars, ClaimSpan, DraftClaim, Window, WindowRule } from '../types.js';
import { analyzeWindow, itemContext, type WindowAnalysis } from '../time/windows.js';
import { tokenize, type Token } from '../time/tokens.js';

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

function blockClaim(source: string, item: Item, section: string, pub: number, options: Options): ClaimSpan | null {
  const m = buildMapped(source, item.segs);
  if (m.text.length === 0) return null;
  const analysis =
    item.label === 'WATCH'
      ? watchAnalysis(m.text, pub, options.calendars)
      : analyzeWindow(m.text, pub, { calendars: options.calendars });
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

function itemClaims(source: string, item: Item, section: string, pub: number, options: Options): ClaimSpan[] {
  const m = buildMapped(source, item.segs);
  const out: ClaimSpan[] = [];
  const desk = section === DESK_NOTES;
  const lead = leadingHandle(m.text);
  let from = 0;
  if (desk && lead) from = titleEnd(m.text) || lead.length;
  else if (item.kind === 'bullet') from = titleEnd(m.text);
  const cut = trailingAttribution(m.text);
  const body = m.text.slice(0, cut);
  const itemSources = desk && lead ? [lead] : handlesIn(m.text);
  const toks = tokenize(body);
  const context = itemContext(toks, options.calendars);
  const ranges = splitSentences(body.slice(from), desk ? ';' : '').map(([a, b]) => trimRange(body, a + from, b + from));
  let t0 = 0;
  for (let r = 0; r < ranges.length; r++) {
    const [a, b] = ranges[r] as [number, number];
    const sentence = body.slice(a, b);
    while (t0 < toks.length && (toks[t0] as Token).s < a) t0++;
    let t1 = t0;
    while (t1 < toks.length && (toks[t1] as Token).e <= b) t1++;
    if (sentence.length === 0) continue;
    const own = toks.slice(t0, t1);
    t0 = t1;
    const analysis = analyzeWindow(body, pub, { calendars: options.calendars, context }, own);
    if (!analysis.window || analysis.conditionalOnly || !isClaimSentence(sentence, own)) continue;
    let start = a;
    if (r > 0 && needsAntecedent(sentence)) start = (ranges[r - 1] as [number, number])[0];
    const text = body.slice(start, b);
    const sources = item.kind === 'para' && !desk ? paragraphSources(body, sentence, m.text.slice(cut)) : itemSources;
    const rule: WindowRule = analysis.rule;
    out.push({
      claim: { kind: 'CLAIM', text, sources, window: analysis.window, section, windowRule: rule },
      ...spanOf(m, start, b),
    });
  }
  return out;
}

function paragraphSources(_body: string, sentence: string, trailing: string): string[] {
  const own = handlesIn(sentence);
  for (const h of handlesIn(trailing)) if (!own.includes(h)) own.push(h);
  return own;
}

/**
 * Masthead lines at the top of an issue (title, dateline, tagline, "Vol. 3 · No. 10"): each line short and
 * without a final full stop. Separators ("—", "·", "|") are not words.
 */
function isMasthead(source: string, item: Item): boolean {
  return item.segs.every((seg) => {
    const text = buildMapped(source, [seg]).text;
    const last = text
      .replace(/["'”’)\]*_]+$/, '')
      .trimEnd()
      .slice(-1);
    const words = text.split(' ').filter((x) => /[\p{L}\p{N}]/u.test(x)).length;
    return words <= 12 && !'.!?'.includes(last);
  });
}

/**
 * All draft claims of an issue with the spans they came from (offsets into the original text). `pub` is the
 * publication day number (see dates.ts). The title, dateline and masthead lines are never claims.
 */
export function collectClaims(source: string, pub: number, options: Options = {}): ClaimSpan[] {
  const out: ClaimSpan[] = [];
  const sections = parseSections(source);
  // Lines above the first house section (or above a second "The Signal") are the masthead.
  const first = sections[0];
  const masthead =
    !!first &&
    sections.length > 1 &&
    (canonicalSection(first.name) === null || sections.slice(1).some((s) => s.name === first.name));
  sections.forEach((section, index) => {
    if (isListingSection(section.name)) return;
    let top = index === 0 && masthead;
    for (const item of section.items) {
      if (top && item.kind === 'para' && isMasthead(source, item)) continue;
      top = false;
      if (item.kind === 'block') {
        const c = blockClaim(source, item, section.name, pub, options);
        if (c) out.push(c);
        continue;
      }
      for (const c of itemClaims(source, item, section.name, pub, options)) {
        if (section.name === DESK_NOTES) {
          const restated = findRestated(out, c.claim, DESK_NOTES);
          if (restated >= 0) c.claim.restates = restated;
        }
        out.push(c);
      }
    }
  });
  return out;
}
