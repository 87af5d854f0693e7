/**
 * The ingest step's public surface (DESIGN: "issue text -> sections -> draft claims; time phrases ->
 * resolution windows"), following TIME-WINDOWS.md. Pure: no I/O, no clock; `published` and the calendars are
 * arguments. Two halves: text/ reads the issue (sections, sentences, sources, claims) and asks time/ for
 * windows; time/ knows nothing of issues.
 */
import { collectClaims } from './text/claims.js';
import { decodeEntities, originalOffset } from './text/entities.js';
import { parsePublished } from './time/dates.js';
import type { ClaimSpan, DraftClaim, ExtractOptions } from './types.js';

export { findWindow, type WindowOptions } from './time/windows.js';
export { DEFAULT_CALENDARS, DEFAULT_EVENTS, DEFAULT_ORGANISATIONS } from './time/calendar-data.js';
export { parseEventRule } from './time/event-rules.js';
export { MAX_TEXT_LENGTH } from './text/limits.js';
export { proposeClause } from './text/clause.js';
export {
  IngestInputError,
  type CalendarEvent,
  type Calendars,
  type ClaimKind,
  type ClaimSpan,
  type DraftClaim,
  type ExtractOptions,
  type OrganisationCalendar,
  type Window,
  type WindowRule,
} from './types.js';

/**
 * The draft claims of a pasted issue with the span each came from: `start`/`end` are character offsets
 * (end exclusive) into `issueText` exactly as given, CRLF included (TIME-WINDOWS.md, "What counts as a claim").
 * Throws `IngestInputError` when `options.published` is not a real YYYY-MM-DD date; empty text gives [].
 */
export function extractClaimsWithSpans(issueText: string, options: ExtractOptions): ClaimSpan[] {
  const pub = parsePublished(options?.published);
  if (typeof issueText !== 'string' || issueText.trim().length === 0) return [];
  const decoded = decodeEntities(issueText);
  const spans = collectClaims(decoded.text, pub, { calendars: options.calendars });
  if (decoded.decodedEnds.length === 0) return spans;
  return spans.map((x) => ({ ...x, start: originalOffset(decoded, x.start), end: originalOffset(decoded, x.end) }));
}

/**
 * The draft claims of a pasted issue (TIME-WINDOWS.md, "What counts as a claim"): Tradecraft blocks (BULL,
 * BEAR, WATCH) always, one per block, as the desk's calls (window null when nothing bounds them); elsewhere
 * each sentence with a window that asserts an outcome, with the item's @handles as sources; a Desk Note that
 * asserts the same outcome as an earlier claim carries `restates` = that claim's index. Equals
 * `extractClaimsWithSpans(…).map((x) => x.claim)`.
 */
export function extractClaims(issueText: string, options: ExtractOptions): DraftClaim[] {
  return extractClaimsWithSpans(issueText, options).map((x) => x.claim);
}
