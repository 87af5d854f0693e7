import { z } from 'zod';

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

export const HttpUrl = z
  .string()
  .max(LIMITS.url)
  .url()
  .refine((u) => /^https?:\/\//i.test(u), 'only http(s) URLs');

export const Id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'not a valid id');

export const Cursor = z.string().max(500);

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
