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
  const list = map.get(first.t) ?? (first.t.endsWith("'s") ? map.get(bare(first.t)) : undefined);
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

// Countries by the words that name them (one or two words, lower case), each with the key it is compared by; the
// spellings of a row's own country (its names' first words) are keyed the same way.
const COUNTRY_WORDS: ReadonlyArray<[string, string[]]> = [
  ['us', ['us', 'u.s', 'america', 'american', 'united states']],
  ['uk', ['uk', 'u.k', 'britain', 'british', 'united kingdom', 'england', 'scotland', 'wales']],
  ['india', ['india', 'indian']],
  ['japan', ['japan', 'japanese']],
  ['australia', ['australia', 'australian']],
  ...[
    ...['canada', 'mexico', 'brazil', 'argentina', 'chile', 'peru', 'colombia', 'ireland', 'france', 'germany'],
    ...['italy', 'spain', 'portugal', 'netherlands', 'belgium', 'switzerland', 'austria', 'sweden', 'norway'],
    ...['denmark', 'finland', 'poland', 'greece', 'turkey', 'russia', 'ukraine', 'china', 'taiwan', 'korea'],
    ...['south korea', 'philippines', 'indonesia', 'malaysia', 'singapore', 'thailand', 'vietnam', 'pakistan'],
    ...['bangladesh', 'sri lanka', 'nigeria', 'kenya', 'egypt', 'ghana', 'south africa', 'israel', 'new zealand'],
    ...['saudi arabia', 'qatar', 'iran', 'iraq', 'hong kong', 'czech republic', 'hungary', 'romania', 'europe'],
  ].map((c): [string, string[]] => [c, [c]]),
];
const COUNTRY = new Map(COUNTRY_WORDS.flatMap(([key, words]) => words.map((word) => [word, key] as const)));

/** The country a row's names spell (the US federal row by "US government"), or null for a company's row. */
const rowCountry = new WeakMap<OrganisationCalendar, string | null>();
function countryOfRow(org: OrganisationCalendar): string | null {
  let c = rowCountry.get(org);
  if (c !== undefined) return c;
  c = null;
  for (const name of org.names) {
    const words = name.toLowerCase().replace(/\./g, ' ').trim().split(/\s+/);
    const one = words[0] === 'u' ? `u.${words[1] ?? ''}` : (words[0] ?? '');
    c = COUNTRY.get(one) ?? COUNTRY.get(words.slice(0, 2).join(' ')) ?? null;
    if (c) break;
  }
  rowCountry.set(org, c);
  return c;
}

/** The country whose possessive ends right before `i` ("South Africa's", "The Philippines'", "the U.K.'s"). */
function possessiveCountryBefore(toks: readonly Token[], i: number): string | null {
  let k = i - 1;
  let last = toks[k]?.t ?? '';
  if (last === "'" && toks[k]?.glued) last = toks[--k]?.t ?? '';
  else if (last === 's' && toks[k - 1]?.t === "'") {
    k -= 2;
    last = toks[k]?.t ?? '';
  } else if (last.endsWith("'s")) last = last.slice(0, -2);
  else return null;
  if (last === '.' && toks[k - 1]?.t.length === 1)
    return COUNTRY.get(`${toks[k - 3]?.t ?? ''}.${toks[k - 1]?.t ?? ''}`) ?? null;
  return COUNTRY.get(`${toks[k - 1]?.t ?? ''} ${last}`) ?? COUNTRY.get(last) ?? null;
}

/** The country after "in" at `k` ("The EPA in Ireland"). */
function countryAfterIn(toks: readonly Token[], k: number): string | null {
  if (toks[k]?.t !== 'in' || !toks[k + 1]?.upper) return null;
  const one = toks[k + 1]?.t ?? '';
  return COUNTRY.get(`${one} ${toks[k + 2]?.t ?? ''}`) ?? COUNTRY.get(one) ?? null;
}

// Words that make a capitalised name a company's ("CMS Energy", "EPA Group"), not the acronym before them.
const COMPANY_WORDS = new Set([
  ...['Energy', 'Group', 'Holdings', 'Corp', 'Corporation', 'Inc', 'Ltd', 'Limited', 'Bank', 'Capital', 'Partners'],
  ...['Health', 'Healthcare', 'Systems', 'Technologies', 'Industries', 'Resources', 'Financial', 'Software', 'Labs'],
  ...['Motors', 'Airlines', 'Power', 'Oil', 'Gas', 'Communications', 'Networks', 'Media', 'International', 'Global'],
  ...['Pharmaceuticals', 'Therapeutics', 'Solutions', 'Services', 'Brands', 'Foods', 'Insurance', 'Investments'],
]);

/**
 * A match that names another country's body or a company: a country's possessive before it ("The Philippines'
 * Department of Agriculture", "Canada's federal deficit") or "in <country>" after it ("The EPA in Ireland") that is not
 * the row's own country, or an acronym followed by a company word ("CMS Energy"). Rows of no country (a company's)
 * keep their match whoever's possessive stands before them ("Taiwan's TSMC").
 */
function namesAnother(toks: readonly Token[], i: number, m: { value: OrganisationCalendar; next: number }): boolean {
  if (m.next === i + 1 && /^[A-Z]{2,}$/.test(toks[i]?.raw ?? '') && COMPANY_WORDS.has(toks[m.next]?.raw ?? ''))
    return true;
  const own = countryOfRow(m.value);
  if (own === null) return false;
  let at = i;
  if (toks[at - 1]?.t === 'the' && !toks[at - 1]?.upper) at--;
  const other = possessiveCountryBefore(toks, at) ?? countryAfterIn(toks, m.next);
  return other !== null && other !== own;
}

/** Every organisation named in `toks`, with the token it starts at, in one pass. */
export function organisationsIn(
  toks: readonly Token[],
  compiled: CompiledCalendars,
): Array<{ i: number; org: OrganisationCalendar }> {
  const out: Array<{ i: number; org: OrganisationCalendar }> = [];
  for (let i = 0; i < toks.length; i++) {
    const m = matchAt(compiled.organisations, toks, i);
    if (!m || shortFormOfAnother(compiled.organisations, toks, i, m) || namesAnother(toks, i, m)) continue;
    out.push({ i, org: m.value });
    i = m.next - 1;
  }
  return out;
}
