/**
 * The ingest step's public surface (DESIGN: "issue text -> sections -> draft claims; time phrases ->
 * resolution windows"), following TIME-WINDOWS.md. Pure: no I/O, no clock; `published` is an argument.
 */
import { collectClaims } from './claims.js';
import { parsePublished } from './dates.js';
import type { ClaimSpan, DraftClaim, ExtractOptions } from './types.js';

export { findWindow, type WindowOptions } from './windows.js';
export { FISCAL_YEAR_STARTS } from './fiscal.js';
export {
  IngestInputError,
  type ClaimKind,
  type ClaimSpan,
  type DraftClaim,
  type ExtractOptions,
  type Window,
} from './types.js';

/**
 * The draft claims of a pasted issue with the span each came from: `start`/`end` are character offsets
 * (end exclusive) into `issueText` exactly as given, CRLF included (TIME-WINDOWS.md, "What counts as a claim").
 * Throws `IngestInputError` when `options.published` is not a real YYYY-MM-DD date; empty text gives [].
 */
export function extractClaimsWithSpans(issueText: string, options: ExtractOptions): ClaimSpan[] {
  const pub = parsePublished(options?.published);
  if (typeof issueText !== 'string' || issueText.trim().length === 0) return [];
  return collectClaims(issueText, pub);
}

/**
 * The draft claims of a pasted issue (TIME-WINDOWS.md, "What counts as a claim"): Tradecraft blocks (BULL,
 * BEAR, WATCH) always, one per block, as the desk's calls (window null when nothing bounds them); elsewhere
 * each sentence with a window that asserts an outcome, with the item's @handles as sources; a Desk Note that
 * repeats an earlier claim carries `restates` = that claim's index. Equals
 * `extractClaimsWithSpans(…).map((x) => x.claim)`.
 */
export function extractClaims(issueText: string, options: ExtractOptions): DraftClaim[] {
  return extractClaimsWithSpans(issueText, options).map((x) => x.claim);
}
