/**
 * A scheduled event written as prose (TIME-WINDOWS.md, "More on claims": "the hearing is set for March 3" is a
 * calendar entry, not a forecast, unless the sentence asserts an outcome of it): one clause in which something
 * reports, votes, meets, opens … on a given day, and nothing else is said of it.
 */
import type { Token } from '../time/tokens.js';
import { MONTHS } from '../time/vocab.js';

const EVENT_VERBS = new Set([
  'reports',
  'votes',
  'meets',
  'convenes',
  'holds',
  'hosts',
  'releases',
  'publishes',
  'testifies',
  'speaks',
  'starts',
  'begins',
  'opens',
  'kicks',
  'closes',
  'ends',
  'expires',
  'launches',
  'debuts',
  'premieres',
  'lands',
  'airs',
]);

// "Spain shorten to 4/1 before the tournament starts on June 11": an event verb inside a clause that dates the
// main one is no calendar entry; the main clause says what happens.
const SUBORDINATE = new Set(['before', 'after', 'until', 'till', 'when', 'once', 'unless', 'if', 'since', 'as']);

// A second clause or an asserted outcome makes the sentence more than a calendar entry.
const MORE = new Set([
  ',',
  ';',
  ':',
  'and',
  'but',
  'while',
  'then',
  'so',
  'will',
  "won't",
  'expect',
  'expects',
  'likely',
]);

function isNumber(t: string | undefined): boolean {
  return t !== undefined && /^[0-9]{1,2}(?:st|nd|rd|th)?$/.test(t);
}

/** "on July 22", "on 15 July": `on` and an exact day at `i`. */
function exactDayAt(toks: readonly Token[], i: number): boolean {
  if (toks[i]?.t !== 'on') return false;
  const a = toks[i + 1]?.t;
  const b = toks[i + 2]?.t;
  return (
    (a !== undefined && MONTHS.get(a) !== undefined && isNumber(b)) ||
    (isNumber(a) && b !== undefined && MONTHS.get(b) !== undefined)
  );
}

/** Whether a sentence only says that an event happens on a given day ("Chipotle reports on July 22."). */
export function isCalendarEntry(toks: readonly Token[]): boolean {
  const verb = toks.findIndex((tok) => EVENT_VERBS.has(tok.t));
  if (verb < 1) return false;
  for (let i = 0; i < verb; i++) {
    const t = (toks[i] as Token).t;
    if (MORE.has(t) || SUBORDINATE.has(t)) return false;
  }
  let dated = false;
  for (let i = verb + 1; i < toks.length; i++) {
    const t = (toks[i] as Token).t;
    if (MORE.has(t) || (t === '-' && !(toks[i] as Token).glued)) return false;
    if (exactDayAt(toks, i)) dated = true;
  }
  return dated;
}
