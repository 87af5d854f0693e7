import type { LeaderboardResponse, LeaderboardRow } from '../../shared/api/leaderboard.js';
import { count, fmtHits, interval, num, pct } from '../../shared/format.js';
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

function rowHtml(r: LeaderboardRow): string {
  const handle = escapeHtml(r.handle);
  const hits = r.nDirectional > 0 ? `<span class="sub">${fmtHits(r.hits)}/${r.nDirectional}</span>` : '';
  return [
    `<tr><td class="num rank-col">${r.place ?? '—'}</td>`,
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

/**
 * The leaderboard's ranked rows as plain HTML, shown while the app's script loads (and to a
 * reader without JavaScript); the app replaces it with the same table on its first render.
 */
export function leaderboardFirstPaint(board: LeaderboardResponse): string {
  const ranked = board.items.filter((r) => r.nDirectional > 0 && !r.provisional);
  if (ranked.length === 0) return '';
  return [
    '<section class="page"><header class="page-header"><h1>Who calls it right?</h1></header>',
    '<div class="board-layout"><div class="board-table"><div class="table-scroll board-wide">',
    '<table class="data leaderboard"><caption class="visually-hidden">Sources ranked by hit rate adjusted for sample size</caption>',
    `<thead><tr>${COLUMNS.map((c) => `<th scope="col">${c}</th>`).join('')}</tr></thead>`,
    `<tbody>${ranked.map(rowHtml).join('')}</tbody></table></div></div></div></section>`,
  ].join('');
}
