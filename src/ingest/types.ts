/**
 * Public data shapes of the ingest step (TIME-WINDOWS.md, "From a time phrase to a resolution window").
 */

/**
 * A resolution window: `start`..`end`, ISO dates, both inclusive (TIME-WINDOWS.md, intro).
 * `phrase` is the text that produced it (several phrases are joined with "; ");
 * `isDefault` marks the near-term default of the vague-word list ("imminent", "soon", …: + 90 days).
 */
export interface Window {
  start: string;
  end: string;
  phrase: string;
  isDefault: boolean;
}

/** The kind of a draft claim: a Tradecraft label, or CLAIM for anything else (TIME-WINDOWS.md, "What counts as a claim"). */
export type ClaimKind = 'BULL' | 'BEAR' | 'WATCH' | 'CLAIM';

/**
 * A claim proposed to the editor (TIME-WINDOWS.md, "What counts as a claim").
 * - `text`: the claim sentence (for Tradecraft blocks, the block's text without its label); whitespace of
 *   hard-wrapped lines collapsed to single spaces, markdown emphasis markers and trailing "(via …)" removed.
 * - `sources`: lower-case `@handles`, with the `@`; empty for the desk's own calls.
 * - `section`: the section's name as printed (canonical spelling for the five house sections).
 * - `restates`: for a Desk Note that repeats a claim made elsewhere in the issue, the index (into the
 *   returned array) of that claim.
 */
export interface DraftClaim {
  kind: ClaimKind;
  text: string;
  sources: string[];
  window: Window | null;
  section: string;
  restates?: number;
  /** Which rule set the window: the phrase and how it was read, the near-term default, or none. */
  windowRule?: WindowRule;
}

/**
 * How a draft's window was set, for the desk to show: `phrase` (the words and the rule applied to them),
 * `default` (the near-term default of the vague-word list) or `none` (nothing bounds the outcome, the editor
 * picks).
 */
export interface WindowRule {
  kind: 'phrase' | 'default' | 'none';
  detail: string;
}

/**
 * A named event with a known date (TIME-WINDOWS.md, "More conventions": events as data). `names` are the
 * words that name it in text (any case); `rule` says when it falls:
 * `date YYYY-MM-DD[..YYYY-MM-DD]` (one dated occurrence), `fixed MM-DD` (every year), `easter[+N|-N]`,
 * or `nth N|last DOW MONTH[+D|-D]` (the Nth weekday of a month, e.g. Thanksgiving = `nth 4 thu 11`).
 */
export interface CalendarEvent {
  names: string[];
  rule: string;
  source: string;
}

/**
 * An organisation's fiscal year or a league's season (TIME-WINDOWS.md, "More conventions"): it starts in
 * `startMonth` and lasts `months`; `naming` says whether "FY27" is the year it ends in (`end`, US style) or
 * starts in (`start`, Japan). Names written with capitals match as written; lower-case names in any case.
 */
export interface OrganisationCalendar {
  names: string[];
  kind: 'fiscal' | 'season';
  startMonth: number;
  months: number;
  naming: 'end' | 'start';
  source: string;
}

/** The calendars extraction reads: events and organisations' fiscal years and seasons. */
export interface Calendars {
  events: readonly CalendarEvent[];
  organisations: readonly OrganisationCalendar[];
}

/** A draft claim plus the character offsets (`start` inclusive, `end` exclusive) of its span in the original text. */
export interface ClaimSpan {
  claim: DraftClaim;
  start: number;
  end: number;
}

/** Options of {@link extractClaims}: `published` is the date, `YYYY-MM-DD` (TIME-WINDOWS.md: "Everything relative is resolved against `published`"). */
export interface ExtractOptions {
  published: string;
  /** The events and organisations' calendars; the shipped defaults when absent. */
  calendars?: Calendars;
}

/** Thrown when `published` is not a real `YYYY-MM-DD` calendar date. */
export class IngestInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IngestInputError';
  }
}
