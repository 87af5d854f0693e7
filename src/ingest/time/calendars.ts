/**
 * The calendars as lookup tables over tokens (TIME-WINDOWS.md, "More conventions"): event names and
 * organisation names, matched word by word from a token with one map probe, so a scan stays linear.
 * Compiled once per calendars object.
 */
import type { Calendars, OrganisationCalendar } from '../types.js';
import { DEFAULT_CALENDARS } from './calendar-data.js';
import { parseEventRule, type EventRule } from './event-rules.js';
import { tokenize, type Token } from './tokens.js';

interface Entry<T> {
  words: string[];
  upper: boolean[];
  value: T;
}

/** Calendars ready for matching: entries keyed by their first word, longest first. */
export interface CompiledCalendars {
  events: Map<string, Array<Entry<EventRule[]>>>;
  organisations: Map<string, Array<Entry<OrganisationCalendar>>>;
}

const cache = new WeakMap<Calendars, CompiledCalendars>();

function bare(t: string): string {
  return t.endsWith("'s") ? t.slice(0, -2) : t;
}

function add<T>(map: Map<string, Array<Entry<T>>>, name: string, value: T, merge?: (a: T, b: T) => T): void {
  const toks = tokenize(name);
  if (toks.length === 0 || toks.length > 8) return;
  const words = toks.map((t) => t.t);
  const list = map.get(words[0] as string) ?? [];
  const same = list.find((e) => e.words.join(' ') === words.join(' '));
  if (same && merge) {
    same.value = merge(same.value, value);
    // A row that also spells the name in lower case ("autumn budget") lets it match in any case.
    same.upper = same.upper.map((u, k) => u && (toks[k]?.upper ?? false));
  } else list.push({ words, upper: toks.map((t) => t.upper), value });
  list.sort((a, b) => b.words.length - a.words.length);
  map.set(words[0] as string, list);
}

/** Builds (or reuses) the lookup tables of `calendars`; rows whose rule does not parse are left out. */
export function compileCalendars(calendars: Calendars = DEFAULT_CALENDARS): CompiledCalendars {
  const hit = cache.get(calendars);
  if (hit) return hit;
  const out: CompiledCalendars = { events: new Map(), organisations: new Map() };
  for (const event of calendars.events) {
    const rule = parseEventRule(event.rule);
    if (!rule) continue;
    for (const name of event.names) add(out.events, name, [rule], (a, b) => [...a, ...b]);
  }
  for (const org of calendars.organisations) for (const name of org.names) add(out.organisations, name, org);
  cache.set(calendars, out);
  return out;
}

/** The longest entry whose words start at token `i` ("Bank of England", "Black Friday"), or null. */
export function matchAt<T>(
  map: Map<string, Array<Entry<T>>>,
  toks: readonly Token[],
  i: number,
): { value: T; next: number } | null {
  const first = toks[i];
  if (!first) return null;
  // "Valentine's Day" is keyed by its own first word; "Apple's" finds "Apple".
  const list = map.get(first.t) ?? map.get(bare(first.t));
  if (!list) return null;
  for (const entry of list) {
    let ok = true;
    for (let k = 0; k < entry.words.length && ok; k++) {
      const tok = toks[i + k];
      const last = k === entry.words.length - 1;
      ok = !!tok && (last ? bare(tok.t) : tok.t) === entry.words[k] && (!entry.upper[k] || tok.upper);
    }
    if (ok) return { value: entry.value, next: i + entry.words.length };
  }
  return null;
}

/**
 * "Titan Machinery", "Capri Sun": a row's short form ("Titan" of "Titan Company") followed by another name word
 * names another organisation; the short form stands alone or before lower-case words ("Titan jewellery comps").
 */
function shortFormOfAnother<T>(
  map: Map<string, Array<Entry<T>>>,
  toks: readonly Token[],
  i: number,
  m: { value: T; next: number },
): boolean {
  if (m.next !== i + 1 || !/^[A-Z][a-z]+$/.test(toks[m.next]?.raw ?? '')) return false;
  const list = map.get(toks[i]?.t ?? '') ?? map.get(bare(toks[i]?.t ?? '')) ?? [];
  return list.some((e) => e.value === m.value && e.words.length > 1);
}

/** Every organisation named in `toks`, with the token it starts at, in one pass. */
export function organisationsIn(
  toks: readonly Token[],
  compiled: CompiledCalendars,
): Array<{ i: number; org: OrganisationCalendar }> {
  const out: Array<{ i: number; org: OrganisationCalendar }> = [];
  for (let i = 0; i < toks.length; i++) {
    const m = matchAt(compiled.organisations, toks, i);
    if (!m || shortFormOfAnother(compiled.organisations, toks, i, m)) continue;
    out.push({ i, org: m.value });
    i = m.next - 1;
  }
  return out;
}
