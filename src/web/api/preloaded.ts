import { LeaderboardResponse } from '../../shared/api/leaderboard.js';
import { prime } from './use-query.js';

/** The element the server renders the page's first data into (src/server/site/first-paint.ts). */
const PRELOADED_ID = 'preloaded-data';

/**
 * Hands the leaderboard data the server put in the page to the query cache under the API address
 * the page's filters ask for (shared/leaderboard-filters.ts: leaderboardDataUrl), so the first
 * render shows the rows at once and does not ask for them again.
 */
export function primeFromPage(): void {
  const element = document.getElementById(PRELOADED_ID);
  const url = element?.getAttribute('data-url');
  if (!element || !url) return;
  try {
    const parsed = LeaderboardResponse.safeParse(JSON.parse(element.textContent ?? ''));
    if (parsed.success) prime(url, parsed.data);
  } catch {
    // Not JSON: the page fetches its data as usual.
  }
}
