/**
 * Draft claims of an issue (TIME-WINDOWS.md, "What counts as a claim"): every Tradecraft block, one per block,
 * as the desk's call; elsewhere each sentence that has a window and asserts an outcome; Desk Notes by their
 * leading handle, linked to the claim they restate.
 */
import { handlesIn, leadingHandle, trailingAttribution } from './attribution.js';
import { isClaimSentence, isListingSection, needsAntecedent, titleEnd } from './claim-rules.js';
import { findRestated } from './restate.js';
import { buildMapped, parseSections, type Item, type Mapped } from './sections.js';
import { splitSentences } from './sentences.js';
import type { ClaimSpan } from './types.js';
import { analyzeWindow, type WindowOptions } from './windows.js';

const DESK_NOTES = 'Desk Notes';
const TRADECRAFT = 'Tradecraft';

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

function blockClaim(
  source: string,
  item: Item,
  section: string,
  pub: number,
  options: WindowOptions,
): ClaimSpan | null {
  const m = buildMapped(source, item.segs);
  if (m.text.length === 0) return null;
  const window = analyzeWindow(m.text, pub, options).window;
  return {
    claim: { kind: item.label ?? 'CLAIM', text: m.text, sources: [], window, section },
    ...spanOf(m, 0, m.text.length),
  };
}

function itemClaims(source: string, item: Item, section: string, pub: number, options: WindowOptions): ClaimSpan[] {
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
  const ranges = splitSentences(body.slice(from), desk ? ';' : '').map(([a, b]) => trimRange(body, a + from, b + from));
  for (let r = 0; r < ranges.length; r++) {
    const [a, b] = ranges[r] as [number, number];
    const sentence = body.slice(a, b);
    if (sentence.length === 0) continue;
    const analysis = analyzeWindow(sentence, pub, options);
    if (!analysis.window || analysis.conditionalOnly || !isClaimSentence(sentence)) continue;
    let start = a;
    if (r > 0 && needsAntecedent(sentence)) start = (ranges[r - 1] as [number, number])[0];
    const text = body.slice(start, b);
    const sources = item.kind === 'para' && !desk ? paragraphSources(body, sentence, m.text.slice(cut)) : itemSources;
    out.push({ claim: { kind: 'CLAIM', text, sources, window: analysis.window, section }, ...spanOf(m, start, b) });
  }
  return out;
}

function paragraphSources(_body: string, sentence: string, trailing: string): string[] {
  const own = handlesIn(sentence);
  for (const h of handlesIn(trailing)) if (!own.includes(h)) own.push(h);
  return own;
}

/**
 * All draft claims of an issue with the spans they came from (offsets into the original text). `pub` is the
 * publication day number (see dates.ts).
 */
export function collectClaims(source: string, pub: number, options: WindowOptions = {}): ClaimSpan[] {
  const out: ClaimSpan[] = [];
  for (const section of parseSections(source)) {
    if (isListingSection(section.name)) continue;
    for (const item of section.items) {
      if (item.kind === 'block') {
        const c = blockClaim(source, item, section.name, pub, options);
        if (c) out.push(c);
        continue;
      }
      for (const c of itemClaims(source, item, section.name, pub, options)) {
        if (section.name === DESK_NOTES) {
          const restated = findRestated(out, c.claim, TRADECRAFT, DESK_NOTES);
          if (restated >= 0) c.claim.restates = restated;
        }
        out.push(c);
      }
    }
  }
  return out;
}
