import type { ClaimKind } from './api/claims.js';
import type { LEADERBOARD_SORTS, PERIODS } from './api/leaderboard.js';

/**
 * The words and parts of the site's frame and of the leaderboard page, used by the web app
 * (components/Layout.tsx, pages/LeaderboardPage.tsx) and by the server's first paint of `/`
 * (server/site/first-paint.ts), so the page a reader first sees lays out as the app's first render.
 */

/** The main navigation every reader sees; `end` marks a link that is current only on its own path. */
export const SITE_NAV: readonly { to: string; label: string; end?: boolean }[] = [
  { to: '/', label: 'Leaderboard', end: true },
  { to: '/claims', label: 'Claims', end: true },
  { to: '/publications', label: 'Issues' },
  { to: '/ledger', label: 'Ledger' },
];

export const SEARCH_LABEL = 'Search sources, claims and issues';
export const SEARCH_PLACEHOLDER = 'Search the record';

export const DEMO_NOTE =
  'made-up issues, sources and rulings, for trying Track Record out. Nothing here is a real record.';

/** The footer's links to the open data. */
export const SITE_FEEDS: readonly { href: string; label: string }[] = [
  { href: '/api/feeds/due.ics', label: 'calendar of resolution dates' },
  { href: '/api/feeds/resolutions.atom', label: 'feed of resolutions' },
  { href: '/api/export/claims.csv', label: 'all claims as CSV' },
  { href: '/api/export/claims.jsonl', label: 'as JSON lines' },
];

export const LEADERBOARD_TITLE = 'Who calls it right?';
export const LEADERBOARD_LEDE =
  'Every source the newsletter quotes, ranked by how often their calls came true — adjusted for sample size, so a lucky streak of two does not outrank a long record.';

export type Period = (typeof PERIODS)[number];

export const PERIOD_LABELS: Record<Period, string> = {
  all: 'All time',
  '30d': 'Last 30 days',
  '90d': 'Last 90 days',
  '12m': 'Last 12 months',
  ytd: 'Year to date',
};

/** What the filter bars (the leaderboard's, the claims page's, the queue's) say. */
export const FILTER_TEXT = {
  leaderboard: 'Filter the leaderboard',
  kind: 'Kind',
  anyKind: 'All kinds',
  tag: 'Tag',
  tagPlaceholder: 'any tag',
  period: 'Resolved in',
  minResolved: 'Min. resolved',
  minResolvedPlaceholder: '0',
} as const;

/** "All calls, tagged “rates”, last 30 days": what the board holds, at the head of the meta line. */
export function describeLeaderboard(filters: { kind: ClaimKind | null; tag: string | null; period: Period }): string {
  return [
    filters.kind ? `${filters.kind} calls` : 'All calls',
    filters.tag ? `tagged “${filters.tag}”` : null,
    PERIOD_LABELS[filters.period].toLowerCase(),
  ]
    .filter(Boolean)
    .join(', ');
}

export interface LeaderboardColumn {
  sort: (typeof LEADERBOARD_SORTS)[number];
  label: string;
  /** What the phone's sort control calls the column, where its header is a sign ("#"). */
  name?: string;
  title?: string;
  className?: string;
}

/** The table's columns, each sorting by its measure. */
export const LEADERBOARD_COLUMNS: readonly LeaderboardColumn[] = [
  { sort: 'rank', label: '#', name: 'Rank', title: 'Rank', className: 'num rank-col' },
  { sort: 'handle', label: 'Source', className: 'source-col' },
  {
    sort: 'shrunkRate',
    label: 'Adjusted',
    title: 'Hit rate adjusted for sample size (the ranking measure)',
    className: 'num',
  },
  {
    sort: 'hitRate',
    label: 'Hit rate',
    title: 'Share of resolved directional calls that were right',
    className: 'num',
  },
  {
    sort: 'wilsonLow',
    label: '95% CI',
    title: '95% Wilson interval of the hit rate (sorts by its lower end)',
    className: 'num',
  },
  { sort: 'nDirectional', label: 'Resolved', title: 'Resolved calls that count for the hit rate', className: 'num' },
  {
    sort: 'brier',
    label: 'Brier',
    title: 'Mean Brier score of calls with a stated probability (0 best; coin flip = 0.25)',
    className: 'num',
  },
  { sort: 'open', label: 'Open', title: 'Calls whose window has not ended', className: 'num' },
  { sort: 'due', label: 'Due', title: 'Calls whose window ended, awaiting a ruling', className: 'num' },
];

/**
 * The sort control a phone shows in place of the table's sort headers, which it hides with the table:
 * a choice of the same columns, and a link that reverses the order as a second click on a header does.
 */
export const SORT_TEXT = {
  form: 'Sort the leaderboard',
  label: 'Sort by',
  apply: 'Sort',
  reverse: 'Reverse',
  reverseTitle: 'Reverse the order',
  asc: '▲ Ascending',
  desc: '▼ Descending',
} as const;

/** The name of a column in the sort control. */
export const sortOptionLabel = (c: LeaderboardColumn): string => c.name ?? c.label;

export const TABLE_CAPTION = 'Sources ranked by hit rate adjusted for sample size';
export const PROVISIONAL_TITLE = 'Provisional: fewer than 5 resolved calls';
export const PROVISIONAL_HEADING = 'Provisional — fewer than 5 resolved calls';
export const PROVISIONAL_NOTE = 'Too few calls to rank with confidence: their adjusted rate leans on the average.';
export const CHART_HEADING = 'Hit rate with 95% interval';

/** The button that shows the sources with nothing resolved yet. */
export function unscoredToggle(shown: boolean, n: number): string {
  return `${shown ? 'Hide' : 'Show'} ${n} source${n === 1 ? '' : 's'} with no resolved calls yet`;
}

/** The footnote under the table, up to its link to the methodology. */
export const LEADERBOARD_FOOTNOTE =
  '* Provisional: fewer than 5 resolved calls. Brier score: 0 is perfect, a coin flip scores 0.25; shown only where the source stated probabilities.';
export const METHODOLOGY_LINK = 'How the numbers work';

/** The interval bar in the table's CI cell: the range and the point as shares of its width, or null. */
export function intervalBar(
  low: number | null,
  high: number | null,
  point: number | null,
): { left: string; width: string; point: string | null } | null {
  if (low === null || high === null) return null;
  return {
    left: `${low * 100}%`,
    width: `${Math.max(1, (high - low) * 100)}%`,
    point: point === null ? null : `${point * 100}%`,
  };
}
