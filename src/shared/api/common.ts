import { z } from 'zod';
import { unsafeTextReason } from '../text.js';

/** Text limits shared by server validation and the web forms. */
export const LIMITS = {
  handle: 32,
  name: 200,
  url: 2000,
  statement: 2000,
  quote: 5000,
  note: 5000,
  reason: 1000,
  tag: 40,
  tags: 20,
  evidence: 20,
  publicationText: 1_000_000,
  pageSize: 200,
} as const;

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A calendar date, `YYYY-MM-DD`, that exists (2026-02-30 is rejected). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(isRealDate, 'not a real calendar date');

/** A full UTC timestamp as produced by `Date.prototype.toISOString`. */
export const IsoTimestamp = z.string();

/**
 * A source handle as typed by people ("@AllIn") normalised to its stored form ("allin"):
 * lower-cased, leading `@` dropped, then `[a-z0-9_]{1,32}`.
 */
export const Handle = z
  .string()
  .trim()
  .transform((s) => s.replace(/^@/, '').toLowerCase())
  .pipe(z.string().regex(/^[a-z0-9_]{1,32}$/, 'a handle is 1–32 letters, digits or underscores'));

/**
 * Text the ledger can seal and both engines store exactly (see src/shared/text.ts): every text field
 * of every write goes through this, so a refusal is a 400 naming the field. Not NFC-normalised: the
 * row holds exactly the string that was sealed, and normalising would rewrite what people quoted.
 */
export function safeText() {
  return z.string().superRefine((s, ctx) => {
    const reason = unsafeTextReason(s);
    if (reason) ctx.addIssue({ code: 'custom', message: reason });
  });
}

/**
 * Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069): in a URL
 * they make the link read as another address than the one it opens.
 */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

/**
 * An http(s) URL as stored: safe text with no whitespace or control characters (the URL parser
 * would silently drop a tab or line break, so the stored link would not be the one checked) and no
 * bidi controls.
 */
export function urlText(max: number = LIMITS.url) {
  return (
    safeText()
      .max(max)
      .refine((u) => !BIDI_CONTROL.test(u), 'a URL must not hold bidirectional control characters')
      // eslint-disable-next-line no-control-regex -- finding control characters is the point
      .refine((u) => !/[\u0000-\u0020\u007F-\u009F]/.test(u), 'a URL must not hold spaces or control characters')
      .url()
      .refine((u) => /^https?:\/\//i.test(u), 'only http(s) URLs')
  );
}

export const HttpUrl = urlText();

export const Id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'not a valid id');

export const Cursor = safeText().max(500);

/** `?limit=` for every list: 1..200, default 50. */
export const PageQuery = z.object({
  cursor: Cursor.optional(),
  limit: z.coerce.number().int().min(1).max(LIMITS.pageSize).default(50),
});

/** A page of items with the cursor of the next page (null on the last). */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

/** The one error envelope of every 4xx and 5xx (DESIGN.md "HTTP API"). */
export const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    /** The request's id (its X-Request-Id), to find its line in the server's log. */
    requestId: z.string().optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;
