import type { z } from 'zod';
import { ErrorBody } from '../../shared/api/common.js';
import { ApiError } from './client.js';
import { prime, primeError } from './use-query.js';

/** The class of the script elements the server renders a page's first data into (src/server/site/first-paint.ts). */
const PRELOADED_CLASS = 'preloaded-data';

/** Answers the server put in the page, by the API address each answers, until a hook takes them; `status` marks a refusal. */
const preloaded = new Map<string, { status: number | null; body: unknown }>();

/**
 * Reads the API answers the server rendered into the page, each under the address the page asks
 * for it (shared/leaderboard-filters.ts, shared/page-data.ts), so the first render shows them at
 * once and does not ask for them again.
 */
export function readPreloaded(): void {
  for (const element of document.querySelectorAll(`script.${PRELOADED_CLASS}[data-url]`)) {
    try {
      const status = element.getAttribute('data-status');
      preloaded.set(element.getAttribute('data-url')!, {
        status: status ? Number(status) : null,
        body: JSON.parse(element.textContent ?? ''),
      });
    } catch {
      // Not JSON: the page fetches that answer as usual.
    }
  }
}

/**
 * Seeds the query cache with the answer the page carries for `url`, read by the schema of the hook
 * that asks for it (so it holds what a fetch would have), once; an answer the schema refuses is
 * dropped and fetched as usual. A refusal the page carries (a claim not on the record) is seeded as
 * the ApiError a fetch would have thrown.
 */
export function takePreloaded(url: string, schema: z.ZodType): void {
  const answer = preloaded.get(url);
  if (!answer) return;
  preloaded.delete(url);
  if (answer.status !== null) {
    const body = ErrorBody.safeParse(answer.body);
    if (body.success) primeError(url, new ApiError(body.data.error.message, answer.status, body.data.error.code));
    return;
  }
  const parsed = schema.safeParse(answer.body);
  if (parsed.success) prime(url, parsed.data);
}
