/**
 * Which dated sentences are claims (TIME-WINDOWS.md, "What counts as a claim"): not open questions, not
 * "could" / "might" possibilities or "must" obligations, not dated-but-unfalsifiable statements, not
 * descriptions of the past, not the newsletter's housekeeping, calendar listings or promotions.
 */
import { tokenize, type Token, wordSet } from '../time/tokens.js';
import { MONTHS, NUMBER_WORDS } from '../time/vocab.js';
import { isCalendarEntry } from './schedule.js';
import { sentenceEndAfter } from './sentences.js';
import { ASSERTING_HEDGES, FUTURE_MODALS, MODALS, POSSIBILITY_MODALS } from '../time/modal-words.js';

const POSSIBILITY = wordSet(POSSIBILITY_MODALS);
const EXPECTING = wordSet(['expect', 'anticipate', 'count']);
// "is also possible this winter", "is doable", "can't be ruled out": a possibility stated as an adjective asserts
// no outcome.
const POSSIBLE = wordSet(['possible', 'conceivable', 'plausible', 'doable', 'achievable', 'feasible', 'attainable']);
// Only as a predicate ("is possible", "quite possible to see"): "the next possible chance on Monday" names a date.
const PREDICATIVE = wordSet([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  "'s",
  'also',
  'quite',
  'very',
  'entirely',
  'still',
  'now',
]);
// A wish for something ("we'd like to see X by 2027", "France wants a cloud preference by 2027", "we hope …")
// asserts no outcome; an intention to act ("the committee wants to hold rates through March") still does.
const DESIRE = new Set(['want', 'wants', 'hope', 'hopes', 'wish', 'wishes']);
// "Hopes" and "wish" are nouns too ("rate-cut hopes fade by June"): verbs only after a pronoun subject.
const NOUN_TOO = new Set(['hope', 'hopes', 'wish', 'wishes']);
const SUBJECT_PRONOUNS = wordSet(['we', 'i', 'they', 'he', 'she', 'who', 'investors', 'everyone']);
const DESIRE_LIKE = wordSet(["we'd", "i'd", "they'd", 'would', "'d"]);
// A pointer to what to watch ("Measles is the number to watch this autumn") names no outcome, as "watch the
// June 12 FOMC" does not (TIME-WINDOWS.md, "More on claims").
// The desk's record of its own earlier calls ("Our call that the Court takes up a case before 2027 is still
// open.", "We said in March that …", "\"Payments fall again in 2026\" — on track"): an old call revisited, not a
// new one.
const RETROSPECTIVE =
  /^\W*(?:we (?:said|called|predicted|wrote|argued)\b|our (?:[a-z]+ ){0,3}(?:call|prediction|forecast|bet|pick) (?:that|was)\b)/;
const VERDICT =
  /["”]\s*(?:[—–]|--?)\s*(?:missed|hit|wrong|right|correct|on track|pending|open|still open|too early)\b|[✅❌⏳]/u;
const WATCH_POINTER = [
  ' to watch ',
  ' to watch.',
  ' worth watching',
  ' keep an eye on',
  ' on our radar',
  ' on the radar',
];
const OBLIGED = wordSet(['required', 'obliged', 'obligated', 'mandated']);
// Only an order already given binds: "the court orders Google to divest AdX by September" forecasts the order.
const ORDERING = wordSet(['ordered', 'directed', 'instructed']);
// What a rule, law or agreement demands in a "that" clause ("mandates that", "requires that", "stipulates that").
const MANDATING = wordSet(['mandates', 'requires', 'stipulates', 'mandated', 'required', 'stipulated']);

/** "ordered lawmakers to redraw": the ordering verb's object (a few words, no clause break), then "to" and a verb. */
function orderedToAct(toks: readonly Token[], i: number): boolean {
  for (let j = i + 1; j <= i + 5; j++) {
    const t = toks[j]?.t ?? '';
    if (t === 'to') return j > i + 1 && /^[a-z]{2,}$/.test(toks[j + 1]?.t ?? '') && toks[j + 1]?.t !== 'be';
    // "ordered UP and NS to submit …": "and" between two names joins the object, not two clauses.
    const joinsNames = t === 'and' && toks[j - 1]?.upper === true && toks[j + 1]?.upper === true && j > i + 1;
    if (joinsNames) continue;
    if (!/^[a-z0-9'-]+$/.test(t) || t === 'and' || t === 'that') return false;
  }
  return false;
}
const PROMO = wordSet([
  'subscribe',
  'webinar',
  'register',
  'promo',
  'rsvp',
  'meetup',
  'unsubscribe',
  'giveaway',
  'signup',
]);
// Words of a promotion that also name things in forecasts ("sponsored answers", "Christmas tickets sell out"):
// promotional only when the sentence addresses the reader.
// A bond's "coupon" is a payment ("Bolivia misses a coupon by the end of 2027"): a promotion's only to the reader.
const COMMERCIAL = wordSet([
  'sponsor',
  'sponsored',
  'discount',
  'tickets',
  'livestream',
  'newsletter',
  'registration',
  'coupon',
]);

/** A promotion's word at `i`: capitalised inside the sentence it is part of a name ("the Federal Register"). */
function promotes(toks: readonly Token[], i: number): boolean {
  return PROMO.at(toks, i) && !(i > 0 && toks[i]?.upper);
}
const READER = wordSet(['you', 'your', "you'll", 'our', 'us']);
const DESK_OBJECT = wordSet(['us', 'me']);
const NOT_DESK_IMPERATIVE = wordSet(['expect', 'anticipate', 'count', 'let']);
const IMPERATIVE = wordSet(['get', 'grab', 'book', 'join', 'use', 'claim', 'buy', 'sign', 'save']);
const UNFALSIFIABLE = [
  'something gives',
  'something has to give',
  'something will give',
  'something breaks',
  'something will break',
  'all bets are off',
  'time will tell',
  'remains to be seen',
  'watch this space',
  'stay tuned',
  'will be interesting',
  'anything can happen',
  'things will change',
  'the story changes',
  'a lot can happen',
  'open question',
  'the question is',
  'whether',
];
// The phrases as whole words ("whether " or "whether,"), one pattern built once that reads a sentence in one pass.
const UNFALSIFIABLE_AS_WORDS = new RegExp(` (?:${UNFALSIFIABLE.join('|')})[ ,]`, 'g');
// "The DEA will decide whether marijuana is rescheduled within the first half of 2016": after a verb of deciding the
// question is the decision's object, and the decision itself is the dated outcome.
const DECIDING_WHETHER = / (?:decides?|deciding|rules?|ruling|determines?|determining|chooses?|votes? on) whether[ ,]/g;

// "We'll see.", "we will see how it goes", "We'll see in September": a shrug, with a time phrase or not; only an object
// after "see" forecasts ("we will see the peak before the end of January", "we'll see rates lower").
const WE_WILL_SEE =
  / we(?: will|'ll) see(?: *[,.;:!)—–-]| (?:what|how|whether|if|who|where|which|about|in|on|by|at|next|this|after|before|tomorrow|today|soon|then|later|when|until|once)\b| *$)/;

// "looks likely to have a big impact on Tuesday's Melbourne Cup": an impact of no direction and no measure is no
// outcome to check, as "things will change" is; "a negative impact on sales" has a direction, and ", which will have
// an impact on …" only qualifies the clause before it, whose own outcome stands.
const UNDIRECTED_IMPACT =
  /(?<!\b(?:which|that|who)(?: [a-z]+)?) (?:(?:will|to|would|could|may|might) )?(?:have|has) (?:a|an) (?:(?:big|bigger|huge|major|significant|real|large|massive|serious|material|considerable|profound) )?(?:impact|effect|bearing) (?:on|upon)\b/;

/** Whether an unfalsifiable phrase stands in the sentence other than a decision's "whether". */
function unfalsifiable(lower: string): boolean {
  if (WE_WILL_SEE.test(lower) || UNDIRECTED_IMPACT.test(lower)) return true;
  const found = lower.match(UNFALSIFIABLE_AS_WORDS);
  if (found === null) return false;
  const decided = lower.match(DECIDING_WHETHER)?.length ?? 0;
  return found.filter((p) => p.startsWith(' whether')).length > decided || found.some((p) => !p.startsWith(' whether'));
}
// The newsletter speaking of itself ("Next issue: Monday, March 16.", "We're back on Monday"): housekeeping.
const HOUSEKEEPING = [
  'next issue',
  // A label "Housekeeping:" ("Housekeeping first:" in a host's turn).
  'housekeeping:',
  'housekeeping first:',
  // A break the show or newsletter takes ("we're off next week for the school holidays"; "we're off next week to
  // Davos, where we expect a deal" reports a trip). Only its own clause: "We're off next week, but expect the Fed to
  // cut in March" keeps the call of its "but" / ", and" clause.
  "we(?:'re| are) off next (?:week|month)\\b(?! to\\b)(?![^.;]*?(?:\\bbut\\b|, and\\b|;))",
  "that's all",
  'that is all',
  "we're back",
  'we are back',
  "we'll be back",
  'we will be back',
  'back next week',
  'see you',
  'thanks for reading',
  'in your inbox',
];
const HOUSEKEEPING_AS_WORDS = new RegExp(` (?:${HOUSEKEEPING.join('|')})`);
// The newsletter's next edition under its own name, at the sentence's start or after a footer's separator ("The next
// brief is out on Tuesday, October 13", "· Next brief Mon 12 Oct"), and a skipped issue at the sentence's start ("No
// issue on July 13", "There will be no newsletter next week"). Inside a sentence the words are the sentence's own:
// "Kyiv expects the next dispatch of Patriot batteries by June", "flagged no issue on the timeline".
// A show's next episode only with a colon or a verb of release: "the next episode will be a shutdown in October" is
// a saga's next turn, a call.
const NEXT_EDITION =
  /(?:^|[·•|]) *(?:(?:our|the) )?next (?:(?:brief|newsletter|dispatch|digest|edition)s? *(?::|is\b|will\b|arrives|lands|comes|hits|goes|drops|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)|episodes? *(?::|arrives|lands|drops|airs|(?:is|will be) out\b|comes out|goes (?:out|live)|will (?:arrive|land|drop|air|come out|go (?:out|live))\b|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b))/;
// A podcast's or newsletter's numbered edition announced at the sentence's start with a verb of release ("Episode 148
// is out on 27 April", "Issue 12 lands on Friday"), and the edition's own sponsor ("This week's sponsor is Pitchside
// Analytics, free to try until 30 April"). "Issue 2 is tariffs: …", "No. 1 will be Nvidia again by June" number a
// list of topics, not an edition.
const NUMBERED_EDITION =
  /^ *(?:episode|issue|edition|ep\.?) ?#?[0-9]+ (?:arrives|lands|drops|airs|(?:is|will be) out\b|comes out|goes (?:out|live)|will (?:arrive|land|drop|air|come out|go (?:out|live))\b)/;
const OWN_SPONSOR = /^ *(?:this (?:week|episode|issue)'s|today's|our) sponsors? (?:is|are|this)\b/;
const SKIPPED_ISSUE =
  /^ *(?:(?:there is|there will be|there's|there'll be) )?no (?:issue|newsletter|brief|dispatch|digest|edition) (?:on|this|next)\b/;
// A sentence that previews the next issue ("Next week: the Champions League final, and …") or a copyright footer
// ("© 2026 Launch Window · Privacy", "Copyright 2026 …"): the newsletter about itself, whatever dates it names.
const HOUSEKEEPING_OPENING = /^\s*(?:©|\(c\) ?[0-9]{4}\b|copyright\b)/i;
const PREVIEW_OPENING = /^\s*next (?:week|time|issue)\s*:/i;
// A forecast after the preview's colon ("Next week: the ECB is expected to cut rates …") is still a call; a modal
// perfect ("the one FIFA should have copied") looks back.
const LOOKS_AHEAD =
  / (?:(?:will|won't|would|could|should|may|might|must)(?! have\b)|expected|expects?|likely|unlikely|poised|set to|forecasts?|predicts?|sees?|think|thinks|believe|bet|anticipates?|projects?)\b/;

/** Whether the sentence is the newsletter speaking of itself (`lower` is the sentence lower-cased, spaces around). */
function housekeeping(sentence: string, lower: string): boolean {
  if (HOUSEKEEPING_AS_WORDS.test(lower) || HOUSEKEEPING_OPENING.test(sentence)) return true;
  const trimmed = lower.trimStart();
  if (NEXT_EDITION.test(trimmed) || SKIPPED_ISSUE.test(trimmed)) return true;
  if (NUMBERED_EDITION.test(trimmed) || OWN_SPONSOR.test(trimmed.replace(/’/g, "'"))) return true;
  const preview = PREVIEW_OPENING.exec(sentence);
  return preview !== null && !LOOKS_AHEAD.test(` ${lower.slice(preview[0].length + 1)}`);
}
const WEEKDAYS = wordSet([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'mon',
  'tue',
  'wed',
  'thu',
  'fri',
]);
const SKIP_SECTION = [
  'calendar',
  'events',
  'schedule',
  'housekeeping',
  'sponsor',
  'programming',
  'promo',
  'dates to watch',
  'upcoming',
  'announcements',
  'subscribe',
  'correction',
  // Data points ("By the Numbers", "Case numbers") and revisited calls ("Previously", "Scorecard"): the desk's
  // record of old calls is not a new call.
  'numbers',
  'stats',
  'previously',
  'scorecard',
  'score card',
  'report card',
  'how we did',
  'recap',
  'revisited',
  'we said',
  'track record',
  'we got wrong',
  'we got right',
];
// Reference lists at the foot of an issue (footnotes, sources) cite, they do not call; whole names only, since
// "Desk Notes" holds calls.
const REFERENCE_SECTION = new Set(['notes', 'footnotes', 'endnotes', 'references', 'sources', 'sources and notes']);

// A newsletter's sponsor block ("TOGETHER WITH FREIGHTLY", "Presented by …"): only as the heading's opening words, since
// "Rates, together with the dollar" heads calls.
const SPONSOR_HEADING = /^[^\p{L}\p{N}]*(?:together with|presented by|brought to you by|in partnership with)\b/u;

/** True for an extra section that lists dates, promotions or corrections rather than making calls (TIME-WINDOWS.md: "calendar listings and promotions"). */
export function isListingSection(name: string): boolean {
  const n = name.toLowerCase();
  return (
    SKIP_SECTION.some((k) => n.includes(k)) ||
    SPONSOR_HEADING.test(n) ||
    REFERENCE_SECTION.has(n.replace(/[^a-z ]+/g, '').trim())
  );
}

/**
 * "Dec. 19 in Eugene.", "Jan. 1 at the Rose Bowl.", "Dec. 19, Eugene.": a day and its place with no verb say when
 * and where something is held, a listing as a calendar line is; "Dec. 19: Oregon by seven" has words of its own.
 */
function dayAndPlace(toks: readonly Token[]): boolean {
  let k = 0;
  let month = false;
  for (; k < toks.length; k++) {
    const tok = toks[k] as Token;
    if (MONTHS.get(tok.t) !== undefined && tok.upper) month = true;
    else if (!/^([0-9]{1,2}(st|nd|rd|th)?|(19|20)[0-9]{2}|\.|,)$/.test(tok.t) && !WEEKDAYS.in(tok.classes)) break;
  }
  if (!month || k === toks.length) return false;
  if (toks[k]?.t === 'in' || toks[k]?.t === 'at') k++;
  else if (toks[k - 1]?.t !== ',') return false;
  if (toks[k]?.t === 'the') k++;
  const placeStart = k;
  while (k < toks.length && toks[k]?.upper === true && /^[a-z]/.test(toks[k]?.t ?? '')) k++;
  return k > placeStart && (k === toks.length || (k === toks.length - 1 && toks[k]?.t === '.'));
}

/** Whether the noun at `i` opens its clause, after at most "the" / "a" ("The possibility of …"). */
function clauseSubjectAt(toks: readonly Token[], i: number): boolean {
  const k = toks[i - 1]?.t === 'the' || toks[i - 1]?.t === 'a' ? i - 2 : i - 1;
  return k < 0 || /^[,;:]$/.test(toks[k]?.t ?? '');
}

/**
 * Whether a copula follows `from` in its clause and weighs a bare possibility ("… of a cut in June is not small",
 * "is real", "remains open"); odds ("is 70%") and likelihood ("is high") assert as "likely" does.
 */
function copulaLater(toks: readonly Token[], from: number): boolean {
  for (let k = from; k < toks.length && !/^[,;.:]$/.test(toks[k]?.t ?? ''); k++) {
    if (!/^(is|are|remains|seems|looks)$/.test(toks[k]?.t ?? '')) continue;
    const a = toks[k + 1]?.t ?? '';
    const b = toks[k + 2]?.t ?? '';
    return MERE_POSSIBILITY.has(a) || (a === 'not' && /^(small|zero|negligible)$/.test(b));
  }
  return false;
}
const MERE_POSSIBILITY = new Set(['real', 'there', 'open']);

function isListing(toks: readonly Token[]): boolean {
  const first = toks[0];
  if (!first) return false;
  if (dayAndPlace(toks)) return true;
  const dated =
    MONTHS.get(first.t) !== undefined ||
    WEEKDAYS.in(first.classes) ||
    /^q[1-4]$/.test(first.t) ||
    /^[0-9]{1,2}\/[0-9]{1,2}$/.test(first.t);
  if (!dated) return false;
  for (let i = 1; i < Math.min(toks.length, 6); i++) {
    const t = toks[i]?.t;
    if (t === ':' || t === '|' || (t === '-' && !toks[i]?.glued)) return true;
  }
  return false;
}

// A table's column of dates that are set, not called ("Statutory deadline", "Hearing", "Expires").
const SCHEDULE_COLUMN = /\b(?:deadlines?|statutory|hearings?|meetings?|expiry|expires|expiration)\b/;
// With no column of calls in the header, a bare "Date", "Due" or "Day" column beside a column of events lists
// fixtures (a bowl slate), and a "Period" or "Year" column beside a column of reported figures says which period
// they are of (a guidance table); a row whose cells call an outcome is still a call.
const DATE_COLUMN = /^(?:dates?|due|day)$/;
const EVENT_COLUMN =
  /\b(?:bowls?|games?|events?|matchups?|fixtures?|venues?|opponents?|races?|match|matches|tournaments?)\b/;
const PERIOD_COLUMN = /^(?:period|year|fiscal year|fy)$/;
const REPORTED_COLUMN = /\b(?:guide|guidance|prior|actual|reported|results?)\b/;
// A cell that calls an outcome: a verb of a move or a result, odds or a percentage ("rises to $150B", "+8%", "60%");
// a price quoted now on the event (a line, spread or moneyline: "Texas +2") is its betting market, no call.
const OUTCOME_CELL =
  /\b(?:rises|falls|tops|beats|misses|hits|reaches|grows|slips|cuts|raises|doubles|passes|exceeds|drops|climbs|jumps|wins|loses|odds)\b|\d\s*%/;
const PRICE_COLUMN = /^(?:lines?|spreads?|moneylines?|prices?|totals?|o\/u)$/;
// A header with a column of calls or estimates ("Our call", "Forecast", "Expected date", "Target date", "When"): its
// dates are the calls' dates, whatever another column is called.
const CALL_COLUMN =
  /\b(?:expected|target|targets|targeted|est|estimated?|forecasts?|projected|projection|calls?|when|views?|takes?|outlook)\b/;

/**
 * "| Getty Images / Shutterstock | CMA | Phase 2 | 29 April 2026 |" under "| Deal | … | Statutory deadline |": a table
 * row whose cell in a column of set dates holds only a date lists that date, as a row opening on a date does; a
 * "When" column's date ("| $COST | Membership fee rise | Sept. 2026 |") is the call's.
 */
export function listsScheduledDate(header: string, row: string): boolean {
  const cells = (line: string) =>
    line
      .trim()
      .replace(/^\||\|$/g, '')
      .split('|')
      .map((c) => c.trim());
  const heads = cells(header);
  if (heads.some((h) => CALL_COLUMN.test(h.toLowerCase()))) return false;
  const rowCells = cells(row);
  const lower = heads.map((h) => h.toLowerCase());
  const events = lower.some((h) => EVENT_COLUMN.test(h));
  const reported = lower.some((h) => REPORTED_COLUMN.test(h));
  const calls = rowCells.some(
    (cell, i) =>
      !DATE_COLUMN.test(lower[i] ?? '') && !PRICE_COLUMN.test(lower[i] ?? '') && OUTCOME_CELL.test(cell.toLowerCase()),
  );
  return rowCells.some((cell, i) => {
    const head = lower[i] ?? '';
    if (PERIOD_COLUMN.test(head)) return reported && !calls && onlyPeriod(tokenize(cell));
    if (DATE_COLUMN.test(head)) return events && !calls && onlyDate(tokenize(cell));
    return SCHEDULE_COLUMN.test(head) && onlyDate(tokenize(cell));
  });
}

/** "2026", "FY27 (June)", "Q3 2026": a cell that names only a period (a year, fiscal year, quarter or half). */
function onlyPeriod(toks: readonly Token[]): boolean {
  let year = false;
  for (const tok of toks) {
    if (/^(?:(?:19|20)[0-9]{2}|fy[0-9]{2,4})$/.test(tok.t)) year = true;
    else if (!/^(?:q[1-4]|h[12]|[12]h[0-9]{2}|fiscal|\(|\)|-|–|\/)$/.test(tok.t) && MONTHS.get(tok.t) === undefined)
      return false;
  }
  return year;
}

function onlyDate(toks: readonly Token[]): boolean {
  let month = false;
  for (const tok of toks) {
    if (MONTHS.get(tok.t) !== undefined) month = true;
    else if (!/^([0-9]{1,2}(st|nd|rd|th)?|(19|20)[0-9]{2}|,|\.)$/.test(tok.t) && !WEEKDAYS.in(tok.classes))
      return false;
  }
  return month && toks.length >= 2;
}

/**
 * Whether a dated sentence outside Tradecraft is a claim (TIME-WINDOWS.md, "What counts as a claim"): rejects
 * questions, possibilities and obligations without an asserted outcome, unfalsifiable phrasings, the
 * newsletter's housekeeping, listings, calendar entries and promotions. Descriptions of the past and of current
 * plans have no window (time/clauses.ts), so they never get here.
 */
export function isClaimSentence(sentence: string, tokens?: readonly Token[]): boolean {
  const trimmed = sentence.trimEnd();
  if (trimmed.endsWith('?') || trimmed.endsWith('?"') || trimmed.endsWith('?”')) return false;
  const lower = ` ${sentence.toLowerCase().replaceAll('’', "'")} `;
  if (unfalsifiable(lower) || housekeeping(sentence, lower)) return false;
  if (WATCH_POINTER.some((p) => lower.includes(p)) || lower.includes(' be ruled out')) return false;
  if (RETROSPECTIVE.test(lower) || VERDICT.test(sentence)) return false;
  const toks = tokens ?? tokenize(sentence);
  // "Grade us on December 31.", "Hold us to it by June": an imperative that puts the desk itself before the
  // reader is housekeeping about its record, not a forecast ("Expect us to …" still forecasts).
  const object = toks[1];
  if (
    object &&
    DESK_OBJECT.in(object.classes) &&
    !object.upper &&
    /^[a-z]+$/.test(toks[0]?.t ?? '') &&
    !NOT_DESK_IMPERATIVE.at(toks, 0)
  )
    return false;
  if (isListing(toks) || isCalendarEntry(toks) || isPresentJudgement(toks) || isMarketPricing(toks)) return false;
  let unasserted = false;
  // A possibility inside ", which would …" qualifies a consequence; the main clause still asserts its outcome.
  let relative = false;
  // "Our experts are predicting several more cuts later this year, and we could be looking at …": a clause of its
  // own that forecasts a dated outcome is asserted whatever the next clause only deems possible.
  let clauseStart = 0;
  let clausePossible = false;
  let assertedClause = false;
  // "Tariffs could bite, but the Fed cuts in June": a possibility only in undated clauses leaves a dated clause of
  // its own, with no condition, asserting its outcome (the desk's present, "we think", "our base case").
  const clauses: number[] = [];
  let modalOnly = true;
  // The future inside an indirect question ("predict how the season will play out") is the question's, not asserted.
  let indirectAt = -1;
  for (let i = 0; i <= toks.length; i++) {
    const joint = i === toks.length || toks[i]?.t === ';' || (toks[i]?.t === ',' && JOINING.at(toks, i + 1));
    if (joint) {
      if (!clausePossible && forecastsDated(toks, clauseStart, i)) assertedClause = true;
      clauses.push(clauseStart, i, clausePossible ? 1 : 0);
      clauseStart = i + 1;
      clausePossible = false;
      if (i === toks.length) break;
    }
    const t = (toks[i] as Token).t;
    if (promotes(toks, i)) return false;
    if (COMMERCIAL.at(toks, i) && addressesReader(toks)) return false;
    if (t === ',' || t === ';' || t === '.' || (t === '-' && !toks[i]?.glued)) relative = false;
    else if ((t === 'which' || t === 'who') && toks[i - 1]?.t === ',') relative = true;
    // "we can anticipate the decline to arrive in 2026", "can expect": an expectation, not a possibility.
    const canExpect = t === 'can' && EXPECTING.at(toks, i + 1);
    // "a rocket that would orbit the moon": a modal right after "that" / "which" is a relative clause's (its subject
    // is the noun before), which qualifies a thing; "says that prices may drop" has a subject between.
    // "That might not happen until Tuesday" opens with a demonstrative subject: no noun before it to qualify.
    const relativeGap = GAP_RELATIVES.at(toks, i - 1) && !demonstrativeSubject(toks, i - 1);
    if (
      POSSIBILITY.at(toks, i) &&
      !relative &&
      !relativeGap &&
      !(t === 'may' && toks[i]?.upper) &&
      !reportedWill(toks, i) &&
      !canExpect
    )
      unasserted = clausePossible = true;
    // "Fees must fall to zero by 2027", "banks are required to …": the rule in force, not a forecast of it.
    if (t === 'must' || (OBLIGED.at(toks, i) && toks[i + 1]?.t === 'to')) {
      unasserted = true;
      modalOnly = false;
    }
    // "A panel of federal judges ordered lawmakers to redraw the maps by Feb. 11": an order given is an obligation
    // on its object, as "are required to" is, not a forecast that it is met.
    // "The USMCA mandates that by July 1, 2026, the three review …": a rule that requires a "that" clause binds it.
    if ((ORDERING.at(toks, i) && orderedToAct(toks, i)) || (MANDATING.at(toks, i) && toks[i + 1]?.t === 'that')) {
      unasserted = true;
      modalOnly = false;
    }
    // "states will have to meet interim goals from 2022 to 2029": an obligation, as "are required to" is; so is a
    // period granted to act ("gatekeepers will have six months (i.e. until 6 March 2024) to comply").
    if ((t === 'have' || t === 'has') && obligedAfter(toks, i + 1) && toks[i - 1]?.t !== 'would') {
      unasserted = true;
      modalOnly = false;
    }
    // "Maine and Massachusetts filers get until April 17.", "you have until October 17 to file": a period granted
    // up to a day, as "six months to comply" is, is no forecast.
    if (GRANTING.at(toks, i) && grantedUntil(toks, i + 1)) {
      unasserted = true;
      modalOnly = false;
    }
    // "the company will need to ship 39 jets in the fourth quarter": what it takes, as "will have to" is; "said the
    // venues would need to be finished by 2031" is its reported form.
    if (t === 'need' && (toks[i - 1]?.t === 'will' || toks[i - 1]?.t === 'would') && toks[i + 1]?.t === 'to') {
      unasserted = true;
      modalOnly = false;
    }
    if (POSSIBLE.at(toks, i) && !relative && PREDICATIVE.at(toks, i - 1)) {
      unasserted = true;
      modalOnly = false;
    }
    // "Possibility of foreign investors' return in June is not small": a possibility as the subject of a copula
    // weighs it, as "is possible" does.
    if (t === 'possibility' && clauseSubjectAt(toks, i) && copulaLater(toks, i + 1)) {
      unasserted = true;
      modalOnly = false;
    }
    // "we … predict how the season will play out come May 2026": an indirect question asserts no outcome.
    if (ASKING.test(t) && indirectQuestion(toks, i + 1) && indirectAt < 0) {
      indirectAt = i;
      unasserted = true;
      modalOnly = false;
    }
    if (isWish(toks, i)) {
      // "The sheriff wants 40 deputies; the commission funds 15 by December 15": an undated wish before a
      // semicolon is one clause; the dated clause after it still asserts its outcome.
      const next = undatedClauseEnd(toks, i);
      if (next < 0) return false;
      i = next;
    }
  }
  if (!unasserted || assertedClause || hasStrongAssertion(assertingPart(toks, indirectAt))) return true;
  return modalOnly && possibilityAside(toks, clauses);
}

/** Clauses as (start, end, possible) triples: every possibility undated, and a dated clause with no condition. */
function possibilityAside(toks: readonly Token[], clauses: readonly number[]): boolean {
  let plainDated = false;
  for (let c = 0; c < clauses.length; c += 3) {
    const [a, b, possible] = [clauses[c] as number, clauses[c + 1] as number, clauses[c + 2] === 1];
    const dated = datedSpan(toks, a, b);
    if (possible && dated && !setAsideBy(toks, clauses, c + 3)) return false;
    if (!possible && dated && !conditional(toks, a, b)) plainDated = true;
  }
  return plainDated && clauses.some((_, c) => c % 3 === 2 && clauses[c] === 1);
}

/**
 * "A cut could come in April, but we think the Fed waits until June": a dated possibility is set aside by the next
 * clause when that opens with "but" and asserts a dated outcome of its own (no possibility, no condition).
 */
function setAsideBy(toks: readonly Token[], clauses: readonly number[], c: number): boolean {
  if (c >= clauses.length) return false;
  const [a, b, possible] = [clauses[c] as number, clauses[c + 1] as number, clauses[c + 2] === 1];
  return toks[a]?.t === 'but' && !possible && datedSpan(toks, a, b) && !conditional(toks, a, b);
}

const CONDITIONS = wordSet(['if', 'unless', 'whether', 'assuming', 'provided']);

/** Whether tokens `a`…`b` set a condition ("but only if earnings beat in Q3"), which asserts no outcome. */
function conditional(toks: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (CONDITIONS.at(toks, k)) return true;
  return false;
}

/** A date word: a year, a quarter or half ("q3", "1h28"), a fiscal year ("fy28"), a month, a weekday or a period word. */
function dateWord(t: string): boolean {
  return (
    /^(?:1[89]|20)[0-9]{2}$|^[qh][1-4]$|^[1-4][qh][0-9]{2}$|^fy/.test(t) ||
    MONTHS.get(t) !== undefined ||
    WEEKDAYS.has(t) ||
    PERIOD_WORDS.has(t)
  );
}

/** Whether tokens `a`…`b` hold a date word (the modal "may", in lower case, is none). */
function datedSpan(toks: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const tok = toks[k] as Token;
    if (dateWord(tok.t) && (tok.t !== 'may' || tok.upper)) return true;
  }
  return false;
}

/**
 * The tokens whose hedges may assert the sentence: before an indirect question; and, when the date stands in a
 * clause of its own ("…, and …", "; …"), only the dated clauses ("Mrs May could call an election as soon as next
 * spring, and that Labour should support it": the "should" of the undated clause asserts nothing dated).
 */
function assertingPart(toks: readonly Token[], indirectAt: number): readonly Token[] {
  const all = indirectAt >= 0 ? toks.slice(0, indirectAt) : toks;
  const parts: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i <= all.length; i++) {
    const joint = i === all.length || all[i]?.t === ';' || (all[i]?.t === ',' && JOINING.at(all, i + 1));
    if (!joint) continue;
    parts.push([start, i]);
    start = i + 1;
  }
  if (parts.length < 2) return all;
  const dated = parts.filter(([a, b]) => datedSpan(all, a, b));
  if (dated.length === 0 || dated.length === parts.length) return all;
  // An undated clause that points back to the dated outcome ("and we expect it will", "we should see it") asserts
  // it, so its hedges count with the dated clauses'.
  if (parts.some((p) => !dated.includes(p) && pointsBack(all, p[0], p[1]))) return all;
  return dated.flatMap(([a, b]) => all.slice(a, b));
}

/**
 * Whether clause `a`…`b` refers back to another clause's outcome: elliptical ("it will.", "they should"), or a verb
 * of belief or seeing with "it", "that" or "so" as its object ("expect it", "think so", "see it in the data").
 */
function pointsBack(toks: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = (toks[k] as Token).t;
    if (
      (t === 'it' || t === 'they' || t === 'that') &&
      MODAL_END.at(toks, k + 1) &&
      (k + 2 >= b || /^[.!?]$/.test(toks[k + 2]?.t ?? ''))
    )
      return true;
    if (BACK_OBJECTS.has(t) && BELIEF_OR_SEEING.test(toks[k - 1]?.t ?? '')) return true;
  }
  return false;
}
const MODAL_END = wordSet(['will', 'would', 'should', 'could', 'may', 'might', 'can', 'does', 'do', 'is', 'are']);
const BACK_OBJECTS = new Set(['it', 'that', 'so', 'this']);
const BELIEF_OR_SEEING = /^(expect|expects|think|thinks|believe|believes|see|sees|bet|reckon|doubt|predict|forecast)$/;

const JOINING = wordSet(['and', 'but', 'while']);
const ASKING = /^(predict|predicts|predicting|forecast|forecasts|forecasting|guess|guessing|wonder|wonders|wondering)$/;
const INDIRECT = wordSet(['how', 'whether', 'what', 'who', 'which', 'when', 'where', 'if']);
const BE_FORMS = wordSet(['be', 'is', 'are']);
const COMPLEMENT_LEADS = /^([0-9$€£]|a|an|the|its|their|another|record|one)$/;

/**
 * "predict how …", "forecast whether …", "predict what will happen": an indirect question opens at `k`; "forecast
 * what would be a record harvest" is a free relative (the thing that would be a record harvest), which names the
 * outcome forecast.
 */
function indirectQuestion(toks: readonly Token[], k: number): boolean {
  if (!INDIRECT.at(toks, k)) return false;
  if (toks[k]?.t !== 'what') return true;
  const be = MODALS.includes((toks[k + 1]?.t ?? '') as never) ? k + 2 : k + 1;
  return !(BE_FORMS.at(toks, be) && COMPLEMENT_LEADS.test(toks[be + 1]?.t ?? ''));
}
const GAP_RELATIVES = wordSet(['that', 'which', 'who']);
const LEADING_ADVERBIALS = wordSet(['with', 'given', 'after', 'before', 'if', 'when', 'as', 'since', 'despite', 'for']);

/**
 * "That might not happen until Tuesday", "With Presidents' Day on Monday, that might …": "that" opening the
 * sentence or its main clause after a leading adverbial is a demonstrative subject, with no noun before it.
 */
function demonstrativeSubject(toks: readonly Token[], k: number): boolean {
  if (toks[k]?.t !== 'that') return false;
  if (k === 0) return true;
  if (toks[k - 1]?.t !== ',' || !LEADING_ADVERBIALS.at(toks, 0)) return false;
  for (let j = 1; j < k - 1; j++) if (toks[j]?.t === ',') return false;
  return true;
}
const FORECASTS =
  /^(predict|predicts|predicting|forecast|forecasts|forecasting|project|projects|projecting|anticipate|anticipates|anticipating)$/;

/** Tokens `a`…`b` hold a forecasting verb and a date word (a year, a month, a quarter or a period word). */
function forecastsDated(toks: readonly Token[], a: number, b: number): boolean {
  let verb = false;
  let dated = false;
  for (let k = a; k < b; k++) {
    const t = (toks[k] as Token).t;
    if (FORECASTS.test(t) && !INDIRECT.at(toks, k + 1)) verb = true;
    if (dateWord(t)) dated = true;
  }
  return verb && dated;
}

// Past reporting verbs: after them "would" is the reported "will" ("the company forecast sales would reach …").
const REPORTED = new Set([
  'said',
  // "The poll also found Japan's economy would expand 0.5%": a survey's finding reports its forecast.
  'found',
  'showed',
  'forecast',
  'forecasted',
  'predicted',
  'projected',
  'estimated',
  'told',
  'wrote',
  'reported',
  'announced',
  'believed',
  'thought',
  'added',
  'noted',
  'warned',
  'signalled',
  'signaled',
  // "the OBR was forecasting that the economy would …": the past progressive of a forecaster's verb reports too.
  'forecasting',
  'predicting',
  'projecting',
]);

/**
 * "Last month, the company forecast Switch 2 sales would reach 15 million …": "would" after a past reporting
 * verb reports a forecast (the "will" of the words reported), not a possibility. "had said it would" is a
 * superseded plan, and "if" keeps the conditional reading.
 */
function reportedWill(toks: readonly Token[], i: number): boolean {
  if (toks[i]?.t !== 'would') return false;
  for (let k = i - 1; k >= 0 && k >= i - 16; k--) {
    const t = toks[k]?.t ?? '';
    if (t === ';' || t === 'if' || t === 'unless') return false;
    if (REPORTED.has(t)) return toks[k - 1]?.t !== 'had' && toks[k - 2]?.t !== 'had';
  }
  return false;
}

const PERIOD_WORDS = new Set(['year', 'quarter', 'month', 'week', 'spring', 'summer', 'autumn', 'fall', 'winter']);

/** The ";" that closes the clause holding `i` when that clause names no date, or -1. */
function undatedClauseEnd(toks: readonly Token[], i: number): number {
  let a = i;
  while (a > 0 && toks[a - 1]?.t !== ';') a--;
  let b = i;
  while (b < toks.length && toks[b]?.t !== ';') b++;
  if (b >= toks.length) return -1;
  return datedSpan(toks, a, b) ? -1 : b;
}

/** A wish at `i`: "want(s)" / "hope(s)" / "wish" not followed by "to" + a verb of the subject's own, or "'d like to see". */
function isWish(toks: readonly Token[], i: number): boolean {
  const t = (toks[i] as Token).t;
  // "the IEA's scenario recommends a halving … by 2030": advice asserts no outcome, as a wish does not.
  if (RECOMMENDS.has(t)) return true;
  if (DESIRE.has(t)) {
    if (NOUN_TOO.has(t) && !SUBJECT_PRONOUNS.at(toks, i - 1)) return false;
    return toks[i + 1]?.t !== 'to' || toks[i + 2]?.t === 'see';
  }
  // "We are hopeful of double-digit growth in H2FY26": the adjective hopes as the verb does.
  if (t === 'hopeful') return HOPED_FOR.has(toks[i + 1]?.t ?? '');
  return t === 'like' && DESIRE_LIKE.at(toks, i - 1) && toks[i + 1]?.t === 'to' && toks[i + 2]?.t === 'see';
}

const HOPED_FOR = new Set(['of', 'for', 'that']);
const RECOMMENDS = new Set(['recommends', 'recommend', 'urges', 'urge', 'advises', 'advise']);
const COPULA = wordSet(['is', 'are', "'s"]);
const DETERMINERS = wordSet(['the', 'a', 'an', 'our', 'their', 'its', 'this', 'that']);
// A second clause, a forecast word or a call named as such ("hold through March is the base case") makes it more.
const BEYOND_JUDGEMENT = wordSet([
  ';',
  'and',
  'but',
  'while',
  'then',
  ...ASSERTING_HEDGES,
  'would',
  'case',
  'call',
  'bet',
  'forecast',
  'view',
  'until',
  'before',
  'by',
]);

/**
 * "Satellite-to-phone is the whole story this week": one clause whose verb is a present "is" / "are" naming
 * what something is — a judgement of the present (TIME-WINDOWS.md, "What counts as a claim"), not an outcome.
 */
function isPresentJudgement(toks: readonly Token[]): boolean {
  const verb = toks.findIndex((tok) => COPULA.in(tok.classes));
  // "There is a 50% chance of …" states odds, a forecast.
  if (verb < 1 || toks[verb - 1]?.t === 'there' || !DETERMINERS.at(toks, verb + 1)) return false;
  return !toks.some((tok) => BEYOND_JUDGEMENT.in(tok.classes) || tok.t.endsWith("'ll"));
}

const PRICERS = wordSet(['markets', 'market', 'traders', 'futures', 'investors', 'swaps', 'options']);
const PRICING = wordSet(['price', 'prices', 'pricing', 'priced']);
const FACTORING = wordSet(['factor', 'factors', 'factoring', 'factored']);

/**
 * "Markets price two cuts at the next two FOMC meetings": what the market prices today is the present
 * described, not the desk's forecast, unless the sentence also calls an outcome ("will", "expect", "we").
 */
function isMarketPricing(toks: readonly Token[]): boolean {
  // "financial markets are already factoring in two more cuts": "factoring in" prices too, a few words after.
  const at = toks.findIndex(
    (tok, i) =>
      (PRICING.in(tok.classes) || (FACTORING.in(tok.classes) && toks[i + 1]?.t === 'in')) &&
      (PRICERS.at(toks, i - 1) || PRICERS.at(toks, i - 2) || PRICERS.at(toks, i - 3)),
  );
  if (at < 0) return false;
  return !toks.some((tok) => tok.t === 'we' || hasStrongAssertion([tok]));
}

function addressesReader(toks: readonly Token[]): boolean {
  return IMPERATIVE.at(toks, 0) || toks.some((tok) => READER.in(tok.classes));
}

const GRANTED_UNITS = wordSet(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years']);
// "will now have to", "will still need to": an adverb of time between "will" and the obligation.
const OBLIGATION_ADVERBS = wordSet(['now', 'still', 'also', 'then', 'first', 'soon', 'each', 'all']);

// What a granted period obliges one to do: "six months to comply". "Investors will have two weeks to digest the data
// before the Fed cuts in March" grants time to something else, and the sentence's forecast stands.
const COMPLIANCE_VERBS = wordSet([
  'comply',
  'implement',
  'transpose',
  'adapt',
  'adjust',
  'register',
  'apply',
  'file',
  'notify',
  'respond',
  'appeal',
  'pay',
  'divest',
  'submit',
  'conform',
  'align',
  'report',
  'disclose',
  'remedy',
  'fix',
  'object',
]);

/**
 * Whether the words at `k` (after "have") make an obligation: "to" right away, or a period granted to act, a count
 * and its unit, an optional aside in brackets, then "to" and a verb of compliance ("six months (i.e. until 6 March
 * 2024) to comply").
 */
function obligedAfter(toks: readonly Token[], k: number): boolean {
  if (toks[k]?.t === 'to') return true;
  const count = toks[k]?.t ?? '';
  if (!(NUMBER_WORDS.has(count) || /^[0-9]{1,3}$/.test(count)) || !GRANTED_UNITS.at(toks, k + 1)) return false;
  let x = k + 2;
  if (toks[x]?.t === '(') {
    const close = toks.findIndex((tok, y) => y > x && y <= x + 12 && tok.t === ')');
    if (close < 0) return false;
    x = close + 1;
  }
  return toks[x]?.t === 'to' && COMPLIANCE_VERBS.at(toks, x + 1);
}

const GRANTING = wordSet(['get', 'gets', 'have', 'has']);

/**
 * Whether "until" at `k` opens a day granted that closes the sentence: a month and its day (maybe a year), then the
 * sentence's end or "because", or "to" and a verb of compliance ("get until April 17, 2026, because of state
 * holidays", "have until October 17 to file"); "have until March before prices jump" still forecasts.
 */
function grantedUntil(toks: readonly Token[], k: number): boolean {
  if (toks[k]?.t !== 'until' || !MONTHS.has(toks[k + 1]?.t ?? '')) return false;
  let x = k + 2;
  // The day and year, and a comma after them ("April 17, 2026, because …").
  while (x < k + 6 && /^([0-9]{1,4}(st|nd|rd|th)?|,)$/.test(toks[x]?.t ?? '')) x++;
  const after = toks[x]?.t;
  if (after === undefined || after === '.' || after === 'because') return true;
  return after === 'to' && COMPLIANCE_VERBS.at(toks, x + 1);
}

/** "will have to …", "will now have to …", "will have six months to …", "will need to …": what is obliged. */
function willBeObliged(toks: readonly Token[], k: number): boolean {
  const at = OBLIGATION_ADVERBS.at(toks, k) ? k + 1 : k;
  if (!NEEDING.at(toks, at)) return false;
  return toks[at]?.t === 'need' || toks[at]?.t === 'needs' ? toks[at + 1]?.t === 'to' : obligedAfter(toks, at + 1);
}

function hasStrongAssertion(toks: readonly Token[]): boolean {
  return toks.some(
    (tok, i) =>
      // "will have to" is the obligation itself, not an assertion beside it; "higher than expected growth" measures.
      (STRONG.in(tok.classes) &&
        !(tok.t === 'will' && willBeObliged(toks, i + 1)) &&
        // "Should Nintendo sell 20 million, it would …": a sentence-initial "Should" opens a condition, as "If" does.
        !(i === 0 && tok.t === 'should' && tok.upper) &&
        !(tok.t === 'expected' && measuredAgainst(toks, i))) ||
      tok.t.endsWith("'ll"),
  );
}

const NEEDING = wordSet(['have', 'need']);

/** "higher than expected", "larger-than-expected crops", "as expected": a result measured against an expectation. */
function measuredAgainst(toks: readonly Token[], i: number): boolean {
  const before = toks[i - 1]?.t === '-' ? toks[i - 2]?.t : toks[i - 1]?.t;
  return before === 'than' || before === 'as';
}
// Hedges that still assert an outcome, and "poised".
const STRONG = wordSet([...ASSERTING_HEDGES, 'poised']);
const PRONOUNS = new Set(['it', 'they', 'this', 'that', 'these', 'those', 'so', 'such']);
const LEADS = new Set(['if', 'when', 'once', 'unless', 'and', 'but', 'then']);

/** A sentence that needs the previous sentence of its item as antecedent ("If it passes, …"; "It will …"). */
export function needsAntecedent(sentence: string): boolean {
  const toks = tokenize(sentence.slice(0, 60));
  const a = toks[0]?.t ?? '';
  const b = toks[1]?.t ?? '';
  if (LEADS.has(a) && a !== 'and' && a !== 'but' && (PRONOUNS.has(b) || b === 'passed' || b === 'approved'))
    return true;
  // "Otherwise it sits near $700": the alternative to the condition just stated.
  if (a === 'otherwise') return true;
  // "It sets another record in 2026": a pronoun subject names nothing by itself; "This means …" likewise.
  if (a === 'it' || a === 'they') return b.length > 0;
  return DEMONSTRATIVES.has(a) && DEMONSTRATIVE_VERBS.has(b);
}

const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those']);
const DEMONSTRATIVE_VERBS = new Set<string>([
  ...FUTURE_MODALS,
  'should',
  'is',
  'are',
  'would',
  'could',
  'means',
  'mean',
]);

/**
 * Offset after a bullet's title ("Open-source asymmetry — …"): a short run of words before " — ", " – ", ": " or a
 * spaced " :" glued to a capital. 0 when none.
 */
export function titleEnd(text: string): number {
  const limit = Math.min(text.length, 90);
  for (let i = 1; i < limit; i++) {
    const c = text[i];
    if (sentenceEndAfter(text, i) >= 0) return 0;
    const double = c === '-' && text[i + 1] === '-' && text[i - 1] === ' ' && text[i + 2] === ' ';
    const dash = double || ((c === '—' || c === '–' || (c === '-' && text[i - 1] === ' ')) && text[i + 1] === ' ');
    // A spaced colon glued to a capital ("China :Imports …", a paste whose space moved) sets off a title too.
    const colon = c === ':' && (text[i + 1] === ' ' || (text[i - 1] === ' ' && /[A-Z]/.test(text[i + 1] ?? '')));
    if (!dash && !colon) continue;
    const title = text.slice(0, i).trim();
    const words = title.split(' ').length;
    if (words > (colon ? 5 : 8)) return 0;
    let k = double ? i + 2 : i + 1;
    while (text[k] === ' ') k++;
    return k;
  }
  return 0;
}
