import type { LeaderboardResponse, LeaderboardRow } from '../../shared/api/leaderboard.js';
import { count, fmtHits, interval, num, pct } from '../../shared/format.js';
import { chartedRows } from '../../shared/leaderboard-chart.js';
import { leaderboardChartHtml } from './chart-svg.js';
import { escapeHtml } from './head.js';

/** The id of the script element that hands the page's first data to the app (src/web/api/preloaded.ts). */
export const PRELOADED_ID = 'preloaded-data';

/**
 * Data for the app's first render, inline in the HTML: `<` is escaped so no text in it (a
 * source's name, say) can close the script element.
 */
export function preloadedScript(url: string, data: unknown): string {
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${PRELOADED_ID}" data-url="${escapeHtml(url)}">${json}</script>`;
}

const COLUMNS = ['#', 'Source', 'Adjusted', 'Hit rate', '95% CI', 'Resolved', 'Brier', 'Open', 'Due'];

const STAR = '<abbr class="provisional" title="Provisional: fewer than 5 resolved calls">*</abbr>';

function rowHtml(r: LeaderboardRow): string {
  const handle = escapeHtml(r.handle);
  const hits = r.nDirectional > 0 ? `<span class="sub">${fmtHits(r.hits)}/${r.nDirectional}</span>` : '';
  return [
    `<tr><td class="num rank-col">${r.place ?? '—'}${r.provisional && r.place !== null ? STAR : ''}</td>`,
    `<th scope="row" class="source-col"><a href="/sources/${encodeURIComponent(r.handle)}">${escapeHtml(r.displayName)}</a><span class="handle">@${handle}</span></th>`,
    `<td class="num strong">${pct(r.shrunkRate)}</td>`,
    `<td class="num">${pct(r.hitRate)}${hits}</td>`,
    `<td class="num ci">${interval(r.wilsonLow, r.wilsonHigh)}</td>`,
    `<td class="num">${count(r.nDirectional)}</td>`,
    `<td class="num">${num(r.brier)}</td>`,
    `<td class="num">${count(r.open)}</td>`,
    `<td class="num">${count(r.due)}</td></tr>`,
  ].join('');
}

function tableHtml(rows: LeaderboardRow[], label: string): string {
  return [
    `<div class="table-scroll board-wide" role="region" aria-label="${label}" tabindex="0">`,
    '<table class="data leaderboard"><caption class="visually-hidden">Sources ranked by hit rate adjusted for sample size</caption>',
    `<thead><tr>${COLUMNS.map((c) => `<th scope="col">${c}</th>`).join('')}</tr></thead>`,
    `<tbody>${rows.map(rowHtml).join('')}</tbody></table></div>`,
  ].join('');
}

/**
 * The leaderboard's scored rows (ranked, then provisional ones apart) and its chart as plain HTML,
 * laid out as the app lays them out, shown while the app's script loads (and to a reader without
 * JavaScript); the app replaces them with the same tables and chart on its first render.
 */
export function leaderboardFirstPaint(board: LeaderboardResponse): string {
  const ranked = board.items.filter((r) => r.nDirectional > 0 && !r.provisional);
  const provisional = board.items.filter((r) => r.nDirectional > 0 && r.provisional);
  const charted = chartedRows(board.items);
  if (ranked.length === 0 && provisional.length === 0 && charted.length === 0) return '';
  const tables = [
    ranked.length > 0 ? tableHtml(ranked, 'Ranked sources') : '',
    provisional.length > 0
      ? [
          '<section class="board-group" aria-label="Provisional sources">',
          '<h2 class="h3">Provisional — fewer than 5 resolved calls</h2>',
          '<p class="sub">Too few calls to rank with confidence: their adjusted rate leans on the average.</p>',
          `${tableHtml(provisional, 'Provisional sources')}</section>`,
        ].join('')
      : '',
  ].join('');
  const chart =
    charted.length === 0
      ? ''
      : [
          '<aside class="board-chart" aria-label="Chart of the ranked sources"><h2 class="h3">Hit rate with 95% interval</h2>',
          leaderboardChartHtml(charted, board.priorMean),
          '</aside>',
        ].join('');
  // The app's main column (components/Layout.tsx), so the tables and chart have the width they keep.
  return [
    '<main id="main" class="wrap"><section class="page"><header class="page-header"><h1>Who calls it right?</h1></header>',
    `<div class="board-layout"><div class="board-table">${tables}</div>${chart}</div></section></main>`,
  ].join('');
}
