import { CLAIM_KINDS } from '../../shared/api/claims.js';
import { PERIODS, type LeaderboardResponse, type LeaderboardRow } from '../../shared/api/leaderboard.js';
import { EXPLANATIONS } from '../../shared/explanations.js';
import { count, date, fmtHits, interval, num, pct } from '../../shared/format.js';
import { chartedRows } from '../../shared/leaderboard-chart.js';
import {
  activeFilterCount,
  clearedFilters,
  DEFAULT_FILTERS,
  effectiveOrder,
  LEADERBOARD_PAGE_SIZE as PAGE_SIZE,
  leaderboardHref,
  pageHref,
  serializeLeaderboardFilters,
  sortHref,
  type LeaderboardFilters,
} from '../../shared/leaderboard-filters.js';
import {
  CHART_HEADING,
  describeLeaderboard,
  FILTER_TEXT,
  intervalBar,
  LEADERBOARD_COLUMNS,
  LEADERBOARD_FOOTNOTE,
  LEADERBOARD_LEDE,
  LEADERBOARD_TITLE,
  METHODOLOGY_LINK,
  PERIOD_LABELS,
  PROVISIONAL_HEADING,
  PROVISIONAL_NOTE,
  PROVISIONAL_TITLE,
  SORT_TEXT,
  sortOptionLabel,
  TABLE_CAPTION,
  unscoredToggle,
} from '../../shared/leaderboard-page.js';
import { leaderboardChartHtml } from './chart-svg.js';
import { filterActionsHtml, inputHtml, selectHtml } from './filter-html.js';
import { escapeHtml as e } from './head.js';
import { siteFooter, siteHeader } from './page-frame.js';

/** The class of the script elements that hand the page's first data to the app (src/web/api/preloaded.ts). */
export const PRELOADED_CLASS = 'preloaded-data';

/**
 * An API answer for the app's first render, inline in the HTML under the address the app asks it
 * at: `<` is escaped so no text in it (a source's name, say) can close the script element.
 */
export function preloadedScript(url: string, data: unknown, status?: number): string {
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  const refused = status === undefined ? '' : ` data-status="${status}"`;
  return `<script type="application/json" class="${PRELOADED_CLASS}" data-url="${e(url)}"${refused}>${json}</script>`;
}

// The markup below is what the app's components render on their first render (named on each), with
// the same classes and text, so the first paint lays out as the app does and nothing moves when the
// app replaces it; the controls are plain links and forms (which the app's own links and forms take
// over), or wait for the app.

const place = (r: LeaderboardRow) =>
  `${r.place ?? '—'}${r.provisional && r.place !== null ? `<abbr class="provisional" title="${PROVISIONAL_TITLE}">*</abbr>` : ''}`;
const sourceLink = (r: LeaderboardRow) =>
  `<a href="/sources/${encodeURIComponent(r.handle)}">${e(r.displayName)}</a><span class="handle">@${e(r.handle)}</span>`;

/** components/LeaderboardTable.tsx: each column header a link to the board sorted by it (components/SortHeader.tsx). */
function tableHtml(rows: LeaderboardRow[], label: string, filters: LeaderboardFilters): string {
  const order = effectiveOrder(filters);
  const head = LEADERBOARD_COLUMNS.map((c) => {
    const active = c.sort === filters.sort;
    const sort = active ? (order === 'asc' ? 'ascending' : 'descending') : 'none';
    const arrow = active ? (order === 'asc' ? '▲' : '▼') : '↕';
    return [
      `<th scope="col"${c.className ? ` class="${c.className}"` : ''} aria-sort="${sort}"${c.title ? ` title="${e(c.title)}"` : ''}>`,
      `<a class="sort-button" href="${e(sortHref(filters, c.sort))}">${e(c.label)}<span class="sort-arrow" aria-hidden="true">${arrow}</span></a></th>`,
    ].join('');
  }).join('');
  const row = (r: LeaderboardRow) => {
    const bar = intervalBar(r.wilsonLow, r.wilsonHigh, r.hitRate);
    const barHtml = bar
      ? `<span class="interval-bar" aria-hidden="true"><span class="range" style="left:${bar.left};width:${bar.width}"></span>${
          bar.point === null ? '' : `<span class="point" style="left:${bar.point}"></span>`
        }</span>`
      : '';
    return [
      `<tr><td class="num rank-col">${place(r)}</td>`,
      `<th scope="row" class="source-col">${sourceLink(r)}</th>`,
      `<td class="num strong">${r.nDirectional > 0 ? pct(r.shrunkRate) : '—'}</td>`,
      `<td class="num">${pct(r.hitRate)}${r.nDirectional > 0 ? `<span class="sub">${fmtHits(r.hits)}/${r.nDirectional}</span>` : ''}</td>`,
      `<td class="num ci">${barHtml}${interval(r.wilsonLow, r.wilsonHigh)}</td>`,
      `<td class="num">${count(r.nDirectional)}</td>`,
      `<td class="num">${num(r.brier)}</td>`,
      `<td class="num">${count(r.open)}</td>`,
      `<td class="num">${r.due > 0 ? `<span class="due-count">${count(r.due)}</span>` : '0'}</td></tr>`,
    ].join('');
  };
  return [
    `<div class="table-scroll board-wide" role="region" aria-label="${label}" tabindex="0">`,
    `<table class="data leaderboard"><caption class="visually-hidden">${TABLE_CAPTION}</caption>`,
    `<thead><tr>${head}</tr></thead><tbody>${rows.map(row).join('')}</tbody></table></div>`,
  ].join('');
}

/** components/LeaderboardCards.tsx: the stylesheet shows these instead of the table on a phone. */
function cardsHtml(rows: LeaderboardRow[], label: string): string {
  const stat = (term: string, value: string) => `<div><dt>${term}</dt><dd>${value}</dd></div>`;
  const card = (r: LeaderboardRow) =>
    [
      '<li class="board-card"><div class="board-card-head">',
      `<span class="board-card-rank">${place(r)}</span>`,
      `<span class="board-card-who">${sourceLink(r)}</span>`,
      `<span class="board-card-score" title="Hit rate adjusted for sample size">${r.nDirectional > 0 ? pct(r.shrunkRate) : '—'}</span></div>`,
      '<dl class="board-card-stats">',
      stat('Hit rate', `${pct(r.hitRate)}${r.nDirectional > 0 ? ` (${fmtHits(r.hits)}/${r.nDirectional})` : ''}`),
      stat('95% CI', interval(r.wilsonLow, r.wilsonHigh)),
      stat('Brier', r.brier === null ? '—' : r.brier.toFixed(2)),
      stat('Open · due', `${count(r.open)} · ${count(r.due)}`),
      '</dl></li>',
    ].join('');
  return `<ol class="board-cards board-narrow" aria-label="${label}">${rows.map(card).join('')}</ol>`;
}

/**
 * components/LeaderboardSortControl.tsx, which the stylesheet shows only on a phone, as a plain GET
 * form: the filters ride along in hidden fields, and its Sort button, which the app does without,
 * is there for a reader without a script.
 */
function sortHtml(filters: LeaderboardFilters): string {
  const options = LEADERBOARD_COLUMNS.map(
    (c) => `<option value="${c.sort}"${c.sort === filters.sort ? ' selected' : ''}>${e(sortOptionLabel(c))}</option>`,
  ).join('');
  const kept = serializeLeaderboardFilters({ ...filters, sort: DEFAULT_FILTERS.sort, order: null, cursor: null });
  const hidden = [...kept].map(([name, value]) => `<input type="hidden" name="${name}" value="${e(value)}">`);
  return [
    `<form class="board-sort board-narrow" aria-label="${SORT_TEXT.form}" action="/" method="get">`,
    `<label><span>${SORT_TEXT.label}</span><select name="sort">${options}</select></label>`,
    ...hidden,
    `<button type="submit" class="button secondary no-script-only">${SORT_TEXT.apply}</button>`,
    `<span class="sort-order"><span class="sort-now">${SORT_TEXT[effectiveOrder(filters)]}</span>`,
    `<a href="${e(sortHref(filters, filters.sort))}" title="${SORT_TEXT.reverseTitle}">${SORT_TEXT.reverse}</a></span></form>`,
  ].join('');
}

/**
 * components/LeaderboardFilters.tsx as a plain GET form showing the address's filters: the app reads
 * the same names from the address. The sort rides along in hidden fields, as the app keeps it when a
 * filter changes; Clear is the app's button, and without a script a link to the cleared board.
 */
function filtersHtml(filters: LeaderboardFilters): string {
  const sort = serializeLeaderboardFilters(clearedFilters(filters));
  const hidden = [...sort].map(([name, value]) => `<input type="hidden" name="${name}" value="${e(value)}">`);
  return [
    `<form class="filters" aria-label="${FILTER_TEXT.leaderboard}" action="/" method="get">`,
    selectHtml(FILTER_TEXT.kind, 'kind', filters.kind ?? '', [
      { value: '', label: FILTER_TEXT.anyKind },
      ...CLAIM_KINDS.map((k) => ({ value: k, label: k })),
    ]),
    inputHtml(
      FILTER_TEXT.tag,
      `type="search" name="tag" value="${e(filters.tag ?? '')}" placeholder="${FILTER_TEXT.tagPlaceholder}"`,
    ),
    selectHtml(
      FILTER_TEXT.period,
      'period',
      filters.period,
      PERIODS.map((p) => ({ value: p, label: PERIOD_LABELS[p] })),
    ),
    inputHtml(
      FILTER_TEXT.minResolved,
      `type="number" name="minResolved" value="${filters.minResolved || ''}" placeholder="${FILTER_TEXT.minResolvedPlaceholder}" class="narrow" min="0" inputmode="numeric"`,
    ),
    ...hidden,
    filterActionsHtml(activeFilterCount(filters) > 0 ? leaderboardHref(clearedFilters(filters)) : null),
    '</form>',
  ].join('');
}

/** components/Explain.tsx: a "?" that opens without any script. */
export function explainHtml({ what, anchor, text }: { what: string; anchor: string; text: string }): string {
  return [
    `<details class="explain"><summary aria-label="What is ${what}?" title="What is ${what}?">?</summary>`,
    `<div class="explain-body" role="note">${e(text)} <a href="/methodology#${anchor}">More</a></div></details>`,
  ].join('');
}

/**
 * The leaderboard page as the app's first render lays it out (pages/LeaderboardPage.tsx inside
 * components/Layout.tsx): the site's header, the intro, the filters, the ranked and provisional
 * sources and the chart, shown while the app's script loads (and to a reader without JavaScript);
 * the app replaces it with the same page on its first render.
 */
export function leaderboardFirstPaint(
  board: LeaderboardResponse,
  filters: LeaderboardFilters,
  options: { demo?: boolean } = {},
): string {
  const ranked = board.items.filter((r) => r.rank !== null && !r.provisional);
  const provisional = board.items.filter((r) => r.rank !== null && r.provisional);
  const unscored = board.items.filter((r) => r.rank === null);
  const charted = chartedRows(board.items);
  const boardHtml = (rows: LeaderboardRow[], label: string) => tableHtml(rows, label, filters) + cardsHtml(rows, label);
  const describe = describeLeaderboard(filters);
  const meta = `${describe}. ${count(board.total)} sources; average hit rate ${pct(board.priorMean)}; as of ${date(board.asOf)}. <a href="/ledger">Ledger #${board.headSeq}</a>`;
  const table = [
    board.items.length === 0
      ? `<p class="status empty">No source matches these filters${filters.minResolved ? ` with at least ${filters.minResolved} resolved calls` : ''}.</p>`
      : '',
    board.items.length > 0 ? sortHtml(filters) : '',
    ranked.length > 0 ? boardHtml(ranked, 'Ranked sources') : '',
    provisional.length > 0
      ? [
          '<section class="board-group" aria-label="Provisional sources">',
          `<h2 class="h3">${PROVISIONAL_HEADING}</h2><p class="sub">${PROVISIONAL_NOTE}</p>`,
          `${boardHtml(provisional, 'Provisional sources')}</section>`,
        ].join('')
      : '',
    // The app's toggle, closed; without a script (which cannot work it) the sources stand listed instead.
    unscored.length > 0
      ? [
          '<section class="board-group" aria-label="Sources with no resolved calls">',
          `<button type="button" class="link-button" aria-expanded="false">${unscoredToggle(false, unscored.length)}</button>`,
          `<div class="no-script-block"><h2 class="h3">${count(unscored.length)} source${unscored.length === 1 ? '' : 's'} with no resolved calls yet</h2>`,
          `${boardHtml(unscored, 'Sources with no resolved calls')}</div></section>`,
        ].join('')
      : '',
    '<nav class="pager" aria-label="Pages">',
    filters.cursor ? `<a class="button secondary" href="${e(pageHref(filters, null))}">← First page</a>` : '',
    board.nextCursor
      ? `<a class="button secondary" href="${e(pageHref(filters, board.nextCursor))}">Next ${PAGE_SIZE} →</a>`
      : '',
    '</nav>',
    `<p class="footnote">${LEADERBOARD_FOOTNOTE} <a href="/methodology">${METHODOLOGY_LINK}</a>.</p>`,
    '<div class="footnote explain-row">What the columns mean: Adjusted ',
    `${explainHtml(EXPLANATIONS.adjusted)} · Hit rate and 95% CI ${explainHtml(EXPLANATIONS.hitRate)} · Brier ${explainHtml(EXPLANATIONS.brier)}</div>`,
  ].join('');
  const chart = [
    `<aside class="board-chart" aria-label="Chart of the ranked sources"><h2 class="h3">${CHART_HEADING}</h2>`,
    charted.length > 0
      ? leaderboardChartHtml(charted, board.priorMean)
      : '<p class="sub">No source here has resolved calls to chart yet.</p>',
    '</aside>',
  ].join('');
  return [
    siteHeader({ demo: options.demo ?? false, current: '/' }),
    '<main id="main" class="wrap" tabindex="-1"><section class="page">',
    `<header class="page-header"><h1>${LEADERBOARD_TITLE}</h1><p class="lede">${LEADERBOARD_LEDE}</p></header>`,
    filtersHtml(filters),
    `<p class="meta" aria-live="polite">${meta}</p>`,
    `<div class="board-layout"><div class="board-table">${table}</div>${chart}</div></section></main>`,
    siteFooter(),
  ].join('');
}
