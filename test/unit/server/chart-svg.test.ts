import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { LeaderboardRow } from '../../../src/shared/api/leaderboard.js';
import { leaderboardChartHtml } from '../../../src/server/site/chart-svg.js';
import { LeaderboardChart } from '../../../src/web/charts/LeaderboardChart.js';

const row = (handle: string, displayName: string, over: Partial<LeaderboardRow> = {}): LeaderboardRow => ({
  n: 8,
  nVoid: 0,
  nDirectional: 8,
  nProbabilistic: 0,
  hits: 6,
  hitRate: 0.75,
  wilsonLow: 0.41,
  wilsonHigh: 0.93,
  shrunkRate: 0.7,
  brier: null,
  logScore: null,
  baselineScore: null,
  handle,
  displayName,
  sourceKind: 'person',
  rank: 1,
  provisional: false,
  place: 1,
  open: 2,
  due: 1,
  ...over,
});

const HOSTILE = `Evil </li><script>alert("x")</script> & 'co'`;
const rows = [
  row('evil', HOSTILE),
  row('plain', 'Plain Source', { place: 2, rank: 2, hitRate: 0.5, wilsonLow: 0.2, wilsonHigh: 0.8 }),
  row('new', 'New Source', { place: 1, rank: 3, provisional: true, hitRate: 1, wilsonLow: 0.34, wilsonHigh: 1 }),
];

describe('the leaderboard chart drawn on the server', () => {
  it('is the markup the app renders for the same rows, so its first render changes nothing on screen', () => {
    const app = renderToStaticMarkup(createElement(LeaderboardChart, { rows, priorMean: 0.6 }));
    // React writes an apostrophe as &#x27;, the server as &#39;: the same character.
    expect(leaderboardChartHtml(rows, 0.6)).toBe(app.replace(/&#x27;/g, '&#39;'));
  });

  it('escapes every name it shows', () => {
    const html = leaderboardChartHtml(rows, 0.6);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('</li><script');
    expect(html).toContain(
      '<li style="height:28px;line-height:28px" title="1. Evil &lt;/li&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;">',
    );
    expect(html).toContain(
      '<title>1. Evil &lt;/li&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;: 75%',
    );
  });
});
