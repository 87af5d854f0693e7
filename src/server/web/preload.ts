/**
 * The leaderboard page (`/`) gets its data inline with the HTML (site/first-paint.ts). The data URL
 * is the one the page's default filters request (src/web: toLeaderboardQuery with PAGE_SIZE 50); a
 * query string of other filters gets none, since a wrong guess would cost a wasted render.
 */
export const LEADERBOARD_DATA_URL = '/api/leaderboard?limit=50';

/** The leaderboard with its default filters: the page whose data is preloaded. */
export function isLeaderboardHome(path: string, query: string): boolean {
  return path === '/' && query === '';
}
