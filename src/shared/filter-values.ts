import { CLAIM_KINDS, type ClaimKind } from './api/claims.js';

// The filters the readers' and reviewers' lists share: one spelling in the URL (the API's own
// names) and one reading of what a person typed, whichever page it is typed on.

/** Words to look for: trimmed, at most 120 characters; empty is no filter. */
export function wordsFilter(raw: string | null | undefined): string | null {
  return raw?.trim().slice(0, 120) || null;
}

/** A source as typed ("@AllIn ") in its stored form ("allin"); empty is no filter. */
export function sourceFilter(raw: string | null | undefined): string | null {
  return raw?.trim().replace(/^@/, '').toLowerCase().slice(0, 60) || null;
}

/** A tag in its stored form: trimmed, lower case, at most 40 characters; empty is no filter. */
export function tagFilter(raw: string | null | undefined): string | null {
  return raw?.trim().toLowerCase().slice(0, 40) || null;
}

/** A whole number above zero as text ("5"), or null for none. */
export function countFilter(raw: string | null | undefined, max = 100000): string | null {
  const n = Number.parseInt(raw?.trim() ?? '', 10);
  return Number.isFinite(n) && n > 0 ? String(Math.min(n, max)) : null;
}

/** One of the given values (compared as typed, after `normalize`), or null. */
export function oneOf<T extends string>(
  values: readonly T[],
  raw: string | null | undefined,
  normalize: (s: string) => string = (s) => s,
): T | null {
  const v = raw == null ? '' : normalize(raw.trim());
  return v && (values as readonly string[]).includes(v) ? (v as T) : null;
}

/** A claim kind, in any case ("bull" → "BULL"). */
export function kindFilter(raw: string | null | undefined): ClaimKind | null {
  return oneOf(CLAIM_KINDS, raw, (s) => s.toUpperCase());
}

/** A calendar date (YYYY-MM-DD), or null. */
export function dateFilter(raw: string | null | undefined): string | null {
  return raw && /^\d{4}-\d{2}-\d{2}$/.test(raw) ? raw : null;
}

/** The filters typed as text, and how each is read: the keys FilterForm's text fields may use. */
export const TEXT_FILTERS = {
  q: wordsFilter,
  source: sourceFilter,
  tag: tagFilter,
  minResolved: countFilter,
} as const;
export type TextFilterName = keyof typeof TEXT_FILTERS;
