/**
 * The claim itself inside a sentence that frames it (TIME-WINDOWS.md, "What counts as a claim": the statement is
 * what will be judged, the sentence stays as the quote). Peels off, at most once each, a leading attribution or
 * stance ("@x says that", "According to the IMF,", "We expect", "Our call:") and a trailing one (", says @x",
 * ", according to …"). Returns null when there is nothing to trim or too little would be left.
 */

// Verbs that take a clause directly ("says rates fall"); verbs that take an object ("expects the Fed to cut")
// lead into a claim only with "that".
const CLAUSE_VERBS =
  'says|said|argues|argued|thinks|thought|believes|believed|reckons|reckoned|warns|warned|writes|wrote|notes|' +
  'noted|claims|claimed|insists|insisted|maintains|maintained|suggests|suggested|told [^,.;:]{1,40}';
const THAT_VERBS = 'expects|expected|predicts|predicted|forecasts|forecast|projects|projected|bets|estimates|estimated';
const SPEAKER =
  "(?:@\\w{1,32}|(?:[A-Z][\\w.'’&-]*)(?: [A-Z][\\w.'’&-]*){0,4}|(?:the |our )?(?:desk|team|analysts?|bulls?|bears?|we|i|they|he|she))";

const LEADS: RegExp[] = [
  new RegExp(`^${SPEAKER},? (?:(?:also|still|now) )?(?:(?:${CLAUSE_VERBS})(?: that)?|(?:${THAT_VERBS}) that),? `, 'i'),
  /^(?:we|i) (?:(?:still|now|also) )?(?:(?:think|believe|bet|reckon|suspect)(?: that)?|(?:expect|predict) that) /i,
  /^according to [^,]{1,80}, /i,
  /^(?:in (?:our|my|the desk's) view|our (?:call|view|bet|take|thesis)(?: is)?|the call|bottom line|prediction|forecast)[:,—–-]\s*/i,
];

const TAILS: RegExp[] = [
  new RegExp(`,? (?:${CLAUSE_VERBS}) ${SPEAKER}[.!]?$`, 'i'),
  new RegExp(`,? ${SPEAKER} (?:${CLAUSE_VERBS})[.!]?$`, 'i'),
  /,? according to [^,]{1,80}[.!]?$/i,
  /\s*[—–-]+\s*@\w{1,32}[.!]?$/,
];

const MIN_WORDS = 4;

export function proposeClause(sentence: string): string | null {
  const original = sentence.trim();
  let text = original;
  for (const lead of LEADS) {
    const m = lead.exec(text);
    if (m) {
      text = text.slice(m[0].length);
      break;
    }
  }
  for (const tail of TAILS) {
    const m = tail.exec(text);
    if (m && m.index > 0) {
      text = text.slice(0, m.index);
      break;
    }
  }
  text = text.trim().replace(/[,;:]+$/, '');
  if (text === original || text.split(/\s+/).length < MIN_WORDS) return null;
  text = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
