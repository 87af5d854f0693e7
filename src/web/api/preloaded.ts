import type { z } from 'zod';
import { prime } from './use-query.js';

/** The class of the script elements the server renders a page's first data into (src/server/site/first-paint.ts). */
const PRELOADED_CLASS = 'preloaded-data';

/** Answers the server put in the page, by the API address each answers, until a hook takes them. */
const preloaded = new Map<string, unknown>();

/**
 * Reads the API answers the server rendered into the page, each under the address the page asks
 * for it (shared/leaderboard-filters.ts, shared/page-data.ts), so the first render shows them at
 * once and does not ask for them again.
 */
export function readPreloaded(): void {
  for (const element of document.querySelectorAll(`script.${PRELOADED_CLASS}[data-url]`)) {
    try {
      preloaded.set(element.getAttribute('data-url')!, JSON.parse(element.textContent ?? ''));
    } catch {
      // Not JSON: the page fetches that answer as usual.
    }
  }
}

/**
 * Seeds the query cache with the answer the page carries for `url`, read by the schema of the hook
 * that asks for it (so it holds what a fetch would have), once; an answer the schema refuses is
 * dropped and fetched as usual.
 */
export function takePreloaded(url: string, schema: z.ZodType): void {
  if (!preloaded.has(url)) return;
  const parsed = schema.safeParse(preloaded.get(url));
  preloaded.delete(url);
  if (parsed.success) prime(url, parsed.data);
}
