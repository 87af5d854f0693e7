import { expect, it } from 'vitest';
import { extractClaims, findWindow } from '../../../src/ingest/index.js';
import { emptyTally, loadIssues, loadQuotedPhrases, ratios, scoreIssue } from './fixture-score.js';

it('prints the current scores', () => {
  const total = emptyTally();
  for (const issue of loadIssues()) {
    const t = scoreIssue(issue.claims, extractClaims(issue.text, { published: issue.published }));
    for (const k of Object.keys(total) as Array<keyof typeof total>) total[k] += t[k];
    console.log(issue.name, JSON.stringify(ratios(t)), '\n  ' + t.misses.join('\n  '));
  }
  console.log('ISSUES', JSON.stringify(total), JSON.stringify(ratios(total)));
  let ok = 0;
  const phrases = loadQuotedPhrases();
  for (const p of phrases) {
    const w = findWindow(p.text, p.published);
    const got = w && { start: w.start, end: w.end };
    if (JSON.stringify(got) === JSON.stringify(p.window)) ok++;
    else console.log('PHRASE', p.id, p.class, JSON.stringify(got), 'want', JSON.stringify(p.window));
  }
  console.log('PHRASES', ok, phrases.length, (ok / phrases.length).toFixed(3));
  expect(phrases.length).toBeGreaterThanOrEqual(200);
});
