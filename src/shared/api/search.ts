import { z } from 'zod';

export const SEARCH_KINDS = ['source', 'claim', 'publication'] as const;
export const SearchKind = z.enum(SEARCH_KINDS);
export type SearchKind = z.infer<typeof SearchKind>;

export const SearchQuery = z.object({
  q: z.string().trim().min(1).max(200),
  /** Only this kind of result; all three when absent. */
  kind: SearchKind.optional(),
  /** Results per kind. */
  limit: z.coerce.number().int().min(1).max(50).default(5),
});
export type SearchQuery = z.infer<typeof SearchQuery>;

/** Text cut into runs, `hit` on the runs that match the query (rendered as <mark>). */
export const Highlighted = z.array(z.object({ text: z.string(), hit: z.boolean() }));
export type Highlighted = z.infer<typeof Highlighted>;

export const SearchHit = z.object({
  kind: SearchKind,
  /** The source's handle, or the claim's or issue's id. */
  id: z.string(),
  /** The page of the result. */
  path: z.string(),
  /** The source's name, the claim's statement, the title. */
  title: Highlighted,
  /** Matching words from the handle and aliases, the quote, or the text; empty when none. */
  snippet: Highlighted,
  /** "@handle", "BULL · Issue title · 2026-02-09", the date. */
  detail: z.string().nullable(),
});
export type SearchHit = z.infer<typeof SearchHit>;

/** Best match first within each kind. */
export const SearchResponse = z.object({
  q: z.string(),
  sources: z.array(SearchHit),
  claims: z.array(SearchHit),
  publications: z.array(SearchHit),
});
export type SearchResponse = z.infer<typeof SearchResponse>;
