import type { Claim } from '../../shared/api/claims.js';
import type { ClaimCounts, Scorecard, ScorecardResponse } from '../../shared/api/leaderboard.js';
import type { Source } from '../../shared/api/sources.js';
import { EXPLANATIONS } from '../../shared/explanations.js';
import { date, hitSentence, interval, num, pct } from '../../shared/format.js';
import { sourcePageHref, type SourceClaimsView } from '../../shared/page-data.js';
import { byStatus, KIND_HELP, madeAndCited, SOURCE_TABS, tabLabel, totalOf } from '../../shared/record-words.js';
import { CALIBRATION_CHART_HEIGHT, CAPTION_ALLOWANCE, ROLLING_CHART_HEIGHT } from '../../shared/chart-sizes.js';
import { claimListHtml, kindBadge, witnessHtml } from './claim-html.js';
import { explainHtml } from './first-paint.js';
import { escapeHtml as e } from './head.js';

/** What a source's page shows, as the API answers the app's requests for it (shared/page-data.ts). */
export interface SourcePageData {
  /** The handle as the address names it (the app shows it so, even when it is an alias). */
  handle: string;
  source: Source;
  card: ScorecardResponse;
  claims: { items: Claim[]; nextCursor: string | null };
  view: SourceClaimsView;
  /** The site's origin, which the badge and scorecard snippets to copy are written with. */
  origin: string;
  /** The latest signed checkpoint (GET /api/ledger/checkpoints/latest), null before the first. */
  checkpoint: { seq: number; hash: string; at: string } | null;
}

const stat = (label: string, value: string, note: string, className = 'stat') =>
  `<div class="${className}"><span class="stat-label">${label}</span><span class="stat-value">${value}</span><span class="stat-note">${note}</span></div>`;

/** components/ScorecardSummary.tsx. */
function scorecardHtml(card: Scorecard, counts: ClaimCounts, citedCounts: ClaimCounts): string {
  const made = totalOf(counts);
  const cited = totalOf(citedCounts);
  return [
    '<div class="scorecard">',
    stat(
      `Hit rate ${explainHtml(EXPLANATIONS.hitRate)}`,
      pct(card.hitRate),
      hitSentence(card.hits, card.nDirectional, card.hitRate, card.wilsonLow, card.wilsonHigh),
      'stat lead-stat',
    ),
    stat(
      `Adjusted ${explainHtml(EXPLANATIONS.adjusted)}`,
      card.nDirectional > 0 ? pct(card.shrunkRate) : '—',
      card.nDirectional > 0 ? 'adjusted for sample size (the ranking measure)' : 'nothing resolved yet',
    ),
    stat(
      `Brier ${explainHtml(EXPLANATIONS.brier)}`,
      num(card.brier),
      card.nProbabilistic
        ? `${card.nProbabilistic} ${card.nProbabilistic === 1 ? 'call' : 'calls'} with a probability; 0 is perfect, coin flip = 0.25`
        : 'no stated probabilities',
    ),
    card.baselineScore !== null
      ? stat(
          `Baseline score ${explainHtml(EXPLANATIONS.baseline)}`,
          num(card.baselineScore, 1),
          'coin flip = 0, higher is better',
        )
      : '',
    stat('Calls made', String(made), made > 0 ? byStatus(counts) : 'none of its own on the record'),
    cited > 0
      ? stat('Cited in', String(cited), `${byStatus(citedCounts)}: others’ claim${cited === 1 ? '' : 's'}, not scored`)
      : '',
    card.nProbabilistic >= 20
      ? stat(
          `Calibration / discrimination ${explainHtml(EXPLANATIONS.calibration)}`,
          `${num(card.reliability, 3)} / ${num(card.resolution, 3)}`,
          'reliability (lower is better) and resolution (higher is better)',
        )
      : '',
    '</div>',
  ].join('');
}

/**
 * components/LazyChart.tsx's frame while its chart loads: the charts are drawn only by the app's
 * script, so a reader without one sees a note in their place (the figures stand in the scorecard).
 */
const chartFrame = (height: number) =>
  `<div class="chart-frame" style="min-height:${height}px"><div class="chart-placeholder" style="height:${height}px">` +
  '<p class="status empty no-script-block">The chart is drawn by the page’s script.</p></div></div>';

/** components/KindBreakdown.tsx. */
function kindTableHtml(rows: ScorecardResponse['byKind']): string {
  if (rows.length === 0) return '<p class="status empty">No resolved calls yet.</p>';
  const head = ['Kind', 'Resolved', 'Hit rate', '95% CI', 'Brier']
    .map((h, i) => `<th scope="col"${i > 0 ? ' class="num"' : ''}>${h}</th>`)
    .join('');
  const row = ({ kind, scorecard: s }: ScorecardResponse['byKind'][number]) =>
    `<tr><th scope="row">${kindBadge(kind)} <span class="sub">${KIND_HELP[kind]}</span></th><td class="num">${s.nDirectional}</td>` +
    `<td class="num">${pct(s.hitRate)}</td><td class="num">${interval(s.wilsonLow, s.wilsonHigh)}</td><td class="num">${num(s.brier)}</td></tr>`;
  return `<div class="table-scroll"><table class="data kind-table"><thead><tr>${head}</tr></thead><tbody>${rows.map(row).join('')}</tbody></table></div>`;
}

/** The tabs over the claims (the app's are buttons; these are links to the same addresses). */
function tabsHtml(d: SourcePageData): string {
  const tab = (s: (typeof SOURCE_TABS)[number]) => {
    const counts = s
      ? `<span class="tab-count">${d.card.counts[s]}</span>${d.card.citedCounts[s] > 0 ? `<span class="tab-count">+ ${d.card.citedCounts[s]} cited</span>` : ''}`
      : '';
    const current = d.view.status === s ? ' aria-current="page"' : '';
    return `<a class="tab" href="${e(sourcePageHref(d.handle, { status: s, cursor: null }))}"${current}>${tabLabel(s)}${counts}</a>`;
  };
  return `<div class="tabs" role="group" aria-label="Show claims">${SOURCE_TABS.map(tab).join('')}</div>`;
}

/** components/FollowShare.tsx: the copy buttons wait for the app's script; the snippets are there to select. */
function followShareHtml(handle: string, origin: string): string {
  const h = encodeURIComponent(handle);
  const badge = `${origin}/api/sources/${h}/badge.svg`;
  const page = `${origin}/sources/${h}`;
  const embed = `${origin}/embed/sources/${h}`;
  const field = (label: string, value: string) =>
    `<div class="copy-field"><label><span>${label}</span><input readonly value="${e(value)}"></label>` +
    '<button type="button" class="button secondary script-only">Copy</button></div>';
  const who = `@${e(handle)}`;
  return [
    '<div class="two-col follow-share"><section aria-labelledby="follow-h" class="block">',
    `<h2 id="follow-h">Follow ${who}</h2><ul class="plain-list">`,
    `<li><a href="/api/feeds/due.ics?source=${h}">Calendar of ${who}’s resolution dates</a> <span class="sub">(iCalendar: add it to any calendar app)</span></li>`,
    `<li><a href="/api/feeds/resolutions.atom?source=${h}">Feed of ${who}’s resolutions</a> <span class="sub">(Atom: for a feed reader)</span></li>`,
    '</ul></section><section aria-labelledby="share-h" class="block"><h2 id="share-h">Share this record</h2>',
    `<p class="badge-preview"><img src="/api/sources/${h}/badge.svg" alt="${who}'s record badge"> `,
    `<img src="/api/sources/${h}/badge.svg?theme=dark" alt="${who}'s record badge, dark"></p>`,
    field('Badge (HTML)', `<a href="${page}"><img src="${badge}" alt="@${handle} on Track Record" /></a>`),
    field('Badge (Markdown)', `[![@${handle} on Track Record](${badge})](${page})`),
    field(
      'Scorecard (iframe)',
      `<iframe src="${embed}" width="320" height="150" style="border:0" title="@${handle} on Track Record"></iframe>`,
    ),
    '<p class="sub">Add ?theme=dark to the badge or scorecard address for dark pages. Both update as calls resolve.</p>',
    '</section></div>',
  ].join('');
}

/** pages/SourcePage.tsx as the app first renders it for a reader not signed in, its charts left to the app. */
export function sourcePageHtml(d: SourcePageData): string {
  const { source, card, claims, view } = d;
  const url = source.url && /^https?:\/\//i.test(source.url) ? source.url : null;
  const meta = [
    `@${e(d.handle)}`,
    source.aliases.length ? ` · also ${e(source.aliases.map((a) => `@${a}`).join(', '))}` : '',
    url ? ` · <a href="${e(url)}" rel="noopener noreferrer">${e(url.replace(/^https?:\/\//, ''))}</a>` : '',
    ` · scored as of ${date(card.asOf)}`,
  ].join('');
  const made = totalOf(card.counts);
  const cited = totalOf(card.citedCounts);
  return [
    '<article class="page"><header class="page-header">',
    `<p class="eyebrow">Source · ${e(source.kind)}</p><h1>${e(source.displayName)}</h1><p class="meta">${meta}</p></header>`,
    witnessHtml(d.checkpoint),
    '<section aria-labelledby="scorecard-h" class="block"><h2 id="scorecard-h">Scorecard</h2>',
    `${scorecardHtml(card.scorecard, card.counts, card.citedCounts)}</section>`,
    '<div class="two-col"><section aria-labelledby="rolling-h" class="block"><h2 id="rolling-h">Hit rate over time</h2>',
    card.rolling.some((p) => p.n > 0)
      ? chartFrame(ROLLING_CHART_HEIGHT + CAPTION_ALLOWANCE)
      : `<p class="status empty">No resolved calls in the last ${card.rolling.length} months.</p>`,
    '</section><section aria-labelledby="calibration-h" class="block"><h2 id="calibration-h">Calibration</h2>',
    card.scorecard.nProbabilistic === 0
      ? '<p class="status empty">This source has not stated probabilities on resolved calls, so there is nothing to calibrate.</p>'
      : chartFrame(CALIBRATION_CHART_HEIGHT + CAPTION_ALLOWANCE),
    '</section></div>',
    '<section aria-labelledby="kind-h" class="block"><h2 id="kind-h">By kind of call</h2>',
    `${kindTableHtml(card.byKind.filter((k) => k.scorecard.n > 0))}</section>`,
    '<section aria-labelledby="claims-h" class="block"><h2 id="claims-h">Claims</h2>',
    cited > 0 ? `<p class="sub">${e(madeAndCited(source.handle, made, cited))}</p>` : '',
    tabsHtml(d),
    claims.items.length === 0
      ? `<p class="status empty">No ${view.status ?? ''} claims.</p>`
      : claimListHtml(claims.items, source.handle),
    claims.nextCursor
      ? `<a class="button secondary" href="${e(sourcePageHref(d.handle, { status: view.status, cursor: claims.nextCursor }))}">More claims →</a>`
      : '',
    '</section>',
    followShareHtml(source.handle, d.origin),
    '</article>',
  ].join('');
}
