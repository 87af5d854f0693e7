import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClaims, extractClaimsWithSpans, findWindow } from '../../../src/ingest/index.js';
import { emptyTally, loadIssues, loadQuotedPhrases, ratios, scoreIssue, type Tally } from './fixture-score.js';

// Golden issues (test/fixtures/issues) and time phrases quoted from public pages (test/fixtures/time-phrases),
// labelled by hand from TIME-WINDOWS.md, never by running the extractor. Thresholds from issue 23.
const DIR = join(import.meta.dirname, '../../fixtures/issues');

/** Scores one set of quoted time phrases and prints its misses (a reader of the log sees what failed). */
function scoreQuoted(name: string) {
  const phrases = loadQuotedPhrases(name);
  const wrong: string[] = [];
  // Also printed: exact windows on the sentences labelled as forecasts alone, the measure closest to a set of
  // quoted forecasts without counter-cases (whose right answer is no window).
  let forecasts = 0;
  let forecastsExact = 0;
  for (const p of phrases) {
    const w = findWindow(p.text, p.published);
    const got = w && { start: w.start, end: w.end };
    const right = JSON.stringify(got) === JSON.stringify(p.window);
    if (!right) wrong.push(`${p.id} (${p.class}): ${JSON.stringify(got)}, want ${JSON.stringify(p.window)}`);
    if (p.claim === true) {
      forecasts += 1;
      if (right) forecastsExact += 1;
    }
  }
  const exact = 1 - wrong.length / phrases.length;
  const onForecasts = forecasts > 0 ? `, on the ${forecasts} forecasts ${(forecastsExact / forecasts).toFixed(3)}` : '';
  console.log(
    `quoted time phrases (${name}): ${phrases.length}, exact ${exact.toFixed(3)}${onForecasts}\n  ${wrong.join('\n  ')}`,
  );
  return { phrases, exact };
}

// Each round of issues was labelled before the extractor ran on it; its held-out score before the rules it
// prompted is in git history (the round's commits, and docs/ingest.md as of 5bf993e).
describe('golden issues (fixtures)', () => {
  const issues = loadIssues();
  const total: Tally = emptyTally();
  const misses: string[] = [];
  for (const issue of issues) {
    const got = extractClaims(issue.text, { published: issue.published });
    const t = scoreIssue(issue.claims, got);
    for (const k of Object.keys(total) as Array<keyof Tally>) total[k] += t[k];
    misses.push(...t.misses.map((m) => `${issue.name}: ${m}`));
    it(`${issue.name}: extractClaims equals extractClaimsWithSpans(...).map(claim)`, () => {
      expect(extractClaimsWithSpans(issue.text, { published: issue.published }).map((x) => x.claim)).toEqual(got);
    });
  }

  it('meets claims F1 ≥ 0.95, windows exact ≥ 93%, kinds+sources ≥ 98%, restatement links ≥ 90%', () => {
    expect(issues.length).toBeGreaterThanOrEqual(45);
    const r = ratios(total);
    console.log(
      `ingest fixtures: ${issues.length} issues, ${total.expected} expected, ${total.proposed} proposed, ${total.matched} matched; ` +
        Object.entries(r)
          .map(([k, v]) => `${k} ${v.toFixed(3)}`)
          .join(', ') +
        (misses.length ? `\n  ${misses.join('\n  ')}` : ''),
    );
    expect(r.f1).toBeGreaterThanOrEqual(0.95);
    expect(r.windows).toBeGreaterThanOrEqual(0.93);
    expect(r.kindSources).toBeGreaterThanOrEqual(0.98);
    expect(r.links).toBeGreaterThanOrEqual(0.9);
  });

  it('time phrases quoted from public pages: ≥ 95% exact windows on ≥ 200 phrases', () => {
    const { phrases, exact } = scoreQuoted('quoted');
    expect(phrases.length).toBeGreaterThanOrEqual(200);
    expect(phrases.every((p) => /^https?:\/\//.test(p.url))).toBe(true);
    expect(exact).toBeGreaterThanOrEqual(0.95);
  });

  it('a second quoted set, gathered to find failures on new text: ≥ 95% exact windows on ≥ 120 sentences', () => {
    const { phrases, exact } = scoreQuoted('quoted-2');
    expect(phrases.length).toBeGreaterThanOrEqual(120);
    expect(new Set(phrases.map((p) => p.id)).size).toBe(phrases.length);
    expect(phrases.every((p) => /^https?:\/\//.test(p.url))).toBe(true);
    expect(exact).toBeGreaterThanOrEqual(0.95);
  });

  // Sets gathered in turn, each labelled before the extractor ran on it and before the fixes it prompted (each
  // set's held-out score is in git history, as above); the floors hold what the fixes reached since.
  it.each([
    ['quoted-3', 50, 0.95],
    ['quoted-4', 40, 0.95],
    ['quoted-5', 29, 0.85],
    ['quoted-6', 16, 0.9],
    ['quoted-7', 18, 0.9],
    ['quoted-8', 51, 0.9],
    ['quoted-9', 39, 0.9],
    ['quoted-10', 17, 0.85],
    ['quoted-11', 92, 0.93],
    ['quoted-12', 62, 0.9],
    ['quoted-13', 87, 0.95],
    ['quoted-14', 87, 0.95],
    ['quoted-15', 78, 0.95],
    ['quoted-16', 95, 0.98],
    ['quoted-17', 67, 0.97],
    ['quoted-18', 51, 0.98],
    ['quoted-19', 86, 0.98],
    ['quoted-20', 128, 0.96],
    ['quoted-21-r18', 23, 0.95],
    ['quoted-22', 30, 0.95],
    ['quoted-23', 30, 0.95],
    ['quoted-24', 42, 0.93],
    ['quoted-25', 46, 0.93],
    ['quoted-26', 46, 0.93],
    ['quoted-27', 53, 0.96],
    ['quoted-28', 64, 0.85],
    ['quoted-29', 90, 0.9],
    // Held out (q30), labelled before the rules it prompted: exact 0.929, claim decisions 0.940.
    ['quoted-30', 84, 0.95],
    // Held out (q31), labelled before the rules it prompted: exact 0.670, claim decisions 0.769.
    ['quoted-31', 91, 0.9],
    // Held out (q32), labelled before the rules it prompted: exact 0.784, claim decisions 0.761.
    ['quoted-32', 88, 0.87],
    // Held out (q33), labelled before the rules it prompted: exact 0.780, claim decisions 0.780.
    ['quoted-33', 91, 0.85],
    // Held out (q34), labelled before the rules it prompted: exact 0.795, claim decisions 0.727.
    ['quoted-34', 88, 0.82],
    // Held out (q35), labelled before the rules it prompted: exact 0.660, claim decisions 0.710.
    ['quoted-35', 100, 0.7],
    // Held out (q36), labelled before the rules it prompted: exact 0.812, claim decisions 0.761, on the 33
    // forecasts 0.909 (0.846, 0.812 and 0.970 with them).
    ['quoted-36', 117, 0.85],
    // Held out (q37), labelled before the rules it prompted: exact 0.645, claim decisions 0.645, on the 34
    // forecasts 0.794 (0.665, 0.658 and 0.824 with them).
    ['quoted-37', 155, 0.66],
    // Held out (q38), labelled before the rules it prompted: exact 0.743, claim decisions 0.743, on the 54
    // forecasts 0.833 (0.757, 0.750 and 0.852 with them).
    ['quoted-38', 140, 0.75],
    // Held out (q39), labelled before the rules it prompted: exact 0.764, claim decisions 0.845, on the 88
    // forecasts 0.784 (0.787, 0.845 and 0.830 with them).
    ['quoted-39', 174, 0.78],
    // Held out (q40), labelled before the rules it prompted: exact 0.771, claim decisions 0.831, on the 69
    // forecasts 0.812 (0.795, 0.831 and 0.870 with them; 0.837, 0.873 and 0.870 with the past-form and habit rules
    // after them).
    ['quoted-40', 166, 0.83],
    // Held out (q41), labelled before the rules it prompted: exact 0.823, claim decisions 0.909, on the 82
    // forecasts 0.805 (0.851, 0.909 and 0.817 with the labels corrected to documented conventions).
    ['quoted-41', 175, 0.87],
    // Held out (q42), labelled before the rules it prompted: exact 0.833, claim decisions 0.877, on the 82
    // forecasts 0.878 (0.864, 0.901 and 0.915 with them).
    ['quoted-42', 162, 0.86],
  ] as const)('fresh quoted set %s: at least %i sentences, exact windows ≥ %f', (name, count, floor) => {
    const { phrases, exact } = scoreQuoted(name);
    expect(phrases.length).toBeGreaterThanOrEqual(count);
    expect(new Set(phrases.map((p) => p.id)).size).toBe(phrases.length);
    expect(phrases.every((p) => /^https?:\/\//.test(p.url))).toBe(true);
    expect(exact).toBeGreaterThanOrEqual(floor);
  });

  it.each([
    ['quoted-11', 0.9],
    ['quoted-12', 0.93],
    ['quoted-13', 0.97],
    ['quoted-14', 0.97],
    ['quoted-15', 0.97],
    ['quoted-16', 0.97],
    ['quoted-17', 0.97],
    ['quoted-18', 0.98],
    ['quoted-19', 0.98],
    ['quoted-20', 0.95],
    ['quoted-21-r18', 0.95],
    ['quoted-22', 0.95],
    ['quoted-23', 0.95],
    ['quoted-24', 0.97],
    ['quoted-25', 0.93],
    ['quoted-26', 0.93],
    ['quoted-27', 0.98],
    ['quoted-28', 0.87],
    ['quoted-29', 0.92],
    ['quoted-30', 0.96],
    ['quoted-31', 0.91],
    ['quoted-32', 0.88],
    // 0.879 on extract28 alone; 0.868 merged: openmiss's fronted "At … Friday," dates tar1 right (exact 0.857 ->
    // 0.868), which leaves its entry "will implement the new tariff structure" proposed as a call (open miss).
    ['quoted-33', 0.86],
    // 0.864: CES's row dates tech7's "at CES" (its window now right), which leaves Intel's own launch there proposed as
    // a call, as a company's "will launch on <day>" (tech17) already is (open miss).
    ['quoted-34', 0.87],
    ['quoted-35', 0.81],
    ['quoted-36', 0.92],
    // A scheduled thing's occurrence on its day stated with "will" is an entry (docs/ingest.md, "Calendar entries").
    ['quoted-37', 0.7],
    ['quoted-38', 0.77],
    ['quoted-39', 0.84],
    ['quoted-40', 0.87],
    ['quoted-41', 0.91],
    ['quoted-42', 0.89],
  ] as const)(
    '%s: the claim-or-not decision of each one-sentence forecast (hand-labelled) is right for ≥ %f',
    (name, floor) => {
      const phrases = loadQuotedPhrases(name);
      const wrong = phrases.filter((p) => extractClaims(p.text, { published: p.published }).length > 0 !== p.claim);
      const right = 1 - wrong.length / phrases.length;
      console.log(
        `${name} claim decisions: ${right.toFixed(3)}\n  ${wrong.map((p) => `${p.id}: want ${String(p.claim)}`).join('\n  ')}`,
      );
      expect(phrases.every((p) => typeof p.claim === 'boolean')).toBe(true);
      expect(right).toBeGreaterThanOrEqual(floor);
    },
  );

  // Each later round was labelled and committed before the extractor changed; what the extractor scored on it
  // then is in the comment, and the floors sit just under what the rules it prompted reach.
  it.each([
    // Seventh: F1 0.923, windows 0.917, links 8 of 10.
    {
      round: 'seventh',
      names: ['transfer-window', 'city-desk-plain', 'netzero-bold', 'biotech-misformatted', 'retail-aisle'],
      claims: 60,
      windows: 0.97,
      links: 0.85,
    },
    // Eighth: F1 0.953, windows 0.941, links 6 of 11.
    {
      round: 'eighth',
      names: ['hurricane-reinsurance', 'cb-watch-plain', 'boxoffice-brief', 'parcel-peak', 'ski-email'],
      claims: 50,
      windows: 0.96,
      links: 0.8,
    },
    // Ninth: F1 0.961, windows 0.980, kinds and sources 0.878, links 5 of 10.
    {
      round: 'ninth',
      names: ['mining-footnotes', 'water-drought-plain', 'medtech-table', 'transit-entities'],
      claims: 50,
      windows: 0.98,
      links: 0.75,
    },
    // Tenth: F1 0.918, windows 0.911, kinds and sources 0.933, links 6 of 12.
    {
      round: 'tenth',
      names: ['hoops-lines', 'grid-letter-plain', 'valve-misformatted', 'county-square'],
      claims: 50,
      windows: 0.97,
      links: 0.8,
    },
    // Eleventh: F1 0.788, windows 0.923, kinds and sources 0.974, links 6 of 15.
    {
      round: 'eleventh',
      names: ['cocoa-desk-misformatted', 'hotel-nights', 'campus-budget-plain', 'salmon-quota'],
      claims: 55,
      windows: 0.98,
      links: 0.9,
    },
    // Twelfth: F1 0.913, windows 0.929, kinds and sources 1.000, links 8 of 9.
    {
      round: 'twelfth',
      names: ['esports-short', 'rba-rbnz-long', 'lumber-table', 'wine-plain'],
      claims: 45,
      windows: 0.98,
      links: 0.9,
    },
    // Thirteenth: F1 0.914, windows 0.969, kinds and sources 0.906, links 5 of 5.
    {
      round: 'thirteenth',
      names: ['poultry-forwarded', 'fertilizer-qa', 'gridload-listicle'],
      claims: 33,
      windows: 0.98,
      links: 0.9,
    },
    // Fourteenth: F1 0.874, windows 0.921, kinds and sources 0.868, links 5 of 7.
    {
      round: 'fourteenth',
      names: ['fabfloor-podcast', 'northcoast-roundup', 'citrus-cover-tables', 'marine-pdf-paste'],
      claims: 40,
      windows: 0.98,
      links: 0.9,
    },
    // Sixteenth: F1 0.966, windows 0.958, kinds and sources 0.930, links 14 of 17.
    {
      round: 'sixteenth',
      names: [
        'luxury-tradecraft',
        'usedcars-replies',
        'motorsport-roundtable',
        'defense-scorecard',
        'elections-abroad',
      ],
      claims: 72,
      windows: 0.98,
      links: 0.95,
    },
    // Eighteenth: F1 0.968, windows 0.973, kinds and sources 1.000, links 17 of 19.
    {
      round: 'eighteenth',
      names: [
        'agri-monsoon-r18',
        'telecom-spectrum-r18',
        'cityhealth-plain-r18',
        'frontoffice-sportsbiz-r18',
        'harbour-ballot-r18',
      ],
      claims: 76,
      windows: 0.98,
      links: 0.95,
    },
    // Twentieth: F1 0.958, windows 0.986, kinds and sources 1.000, links 14 of 16.
    {
      round: 'twentieth',
      names: [
        'latam-andes-plain-r20',
        'pensions-annuities-md-r20',
        'chips-supply-fwd-r20',
        'artmarket-webpaste-r20',
        'jobs-thread-r20',
      ],
      claims: 69,
      windows: 0.98,
      links: 0.95,
    },
    // Twenty-first: F1 0.773, windows 0.935 (0.957 once one label was corrected), kinds and sources 1.000, links 8 of 16.
    {
      round: 'twenty-first',
      names: [
        'muni-replies-r21',
        'weather-desk-nested-r21',
        'awards-html-r21',
        'cannabis-tiny-r21',
        'sovereign-essay-r21',
        'tennis-preview-r21',
      ],
      claims: 63,
      windows: 0.98,
      links: 0.95,
    },
    // Twenty-second (r22): F1 0.873, windows 0.896, kinds and sources 1.000, links 6 of 8 (F1 0.893, windows 0.940,
    // links 7 of 9 once two Desk Note labels were corrected to the ';' convention).
    {
      round: 'twenty-second',
      names: ['freight-beehiiv-r22', 'catbond-qa-r22', 'etf-bullets-r22', 'strike-fwd-r22', 'council-brokenwrap-r22'],
      claims: 55,
      windows: 0.98,
      links: 0.95,
    },
    // Twenty-ninth (q29): F1 0.963, windows 0.885, kinds and sources 1.000, links 7 of 10.
    {
      round: 'twenty-ninth',
      names: [
        'festive-india-md-q29',
        'budget-fwd-plain-q29',
        'spirits-bold-q29',
        'visa-numbered-q29',
        'retail-hardwrap-q29',
      ],
      claims: 56,
      windows: 0.96,
      links: 0.95,
    },
    // Thirtieth (r30): F1 0.896, windows 0.946, kinds and sources 1.000, links 7 of 8 (F1 0.945, windows 0.967, links
    // 11 of 12 once the two ';' Desk Notes and a WATCH trigger were labelled by the documented conventions).
    {
      round: 'thirtieth',
      names: ['cruise-plain-r30', 'coffee-markdown-r30', 'cricket-email-r30', 'dairy-tiny-r30', 'macau-numbered-r30'],
      claims: 63,
      windows: 0.98,
      links: 0.95,
    },
    // Thirty-first (r31): F1 0.971, windows 0.941, kinds and sources 1.000, links 12 of 13.
    {
      round: 'thirty-first',
      names: [
        'rugby-plain-r31',
        'rail-markdown-r31',
        'publishing-email-r31',
        'textiles-misformatted-r31',
        'insurance-long-r31',
      ],
      claims: 69,
      windows: 0.98,
      links: 0.95,
    },
    // Thirty-second (r32): F1 0.955, windows 0.938, kinds and sources 1.000, links 9 of 13 (F1 0.985, windows 0.970
    // once the calendar entries, 'when' clauses and Rapidus's fiscal year were read by the documented conventions).
    {
      round: 'thirty-second',
      names: [
        'foundry-markdown-r32',
        'cb-abroad-email-r32',
        'projects-plain-r32',
        'boxoffice-misformatted-r32',
        'southern-harvest-long-r32',
      ],
      claims: 67,
      windows: 0.96,
      links: 0.75,
    },
    // Thirty-third (r33): F1 0.960, windows 0.900, kinds and sources 1.000, links 12 of 13.
    {
      round: 'thirty-third',
      names: ['frontier-thread-r33', 'opec-fwd-r33', 'deals-markdown-r33', 'tariffs-hardwrap-r33', 'flu-brief-r33'],
      claims: 61,
      windows: 0.98,
      links: 0.95,
    },
    // Thirty-fourth (r34): F1 0.871, windows 0.934, kinds and sources 1.000, links 13 of 14; its F1 floor is its own
    // until the misses in docs/ingest.md's open list are settled.
    {
      round: 'thirty-fourth',
      names: [
        'launch-window-substack-r34',
        'megaevents-long-r34',
        'campus-year-brokenwrap-r34',
        'bank-season-bullets-r34',
        'automakers-misformatted-r34',
      ],
      claims: 62,
      windows: 0.95,
      links: 0.95,
      f1: 0.9,
    },
    // Thirty-fifth (r35): F1 0.870 (P 0.862, R 0.877), windows 0.860, kinds and sources 1.000, links 8 of 12; its F1
    // floor is its own until the misses in docs/ingest.md's open list are settled.
    {
      round: 'thirty-fifth',
      names: [
        'capitol-weekahead-plain-r35',
        'sideline-substack-r35',
        'medicare-brief-numbered-r35',
        'reit-webpaste-table-r35',
        'desk-mobile-tiny-r35',
      ],
      claims: 57,
      windows: 0.94,
      links: 0.75,
      f1: 0.9,
    },
    // Thirty-sixth (r36): F1 0.878 (precision 0.824, recall 0.938), windows 0.885, kinds and sources 0.918, links
    // 12 of 14 (12 of 13 once a Desk Note's label was corrected to the restatement rule); with the rules it prompted
    // F1 0.941 (0.901, 0.985), windows 0.953, kinds and sources 1.000, links 13 of 13.
    {
      round: 'thirty-sixth',
      names: [
        'eu-ledger-markdown-r36',
        'asia-fwd-replies-r36',
        'spring-sport-longform-r36',
        'pipeline-html-table-r36',
        'rights-podcast-notes-r36',
      ],
      claims: 65,
      windows: 0.95,
      links: 0.95,
      f1: 0.94,
    },
    // Thirty-seventh (r37): F1 0.884 (precision 0.847, recall 0.924), windows 0.951, kinds and sources 1.000, links
    // 11 of 16; with the rules it prompted F1 0.950 (0.904, 1.000), windows 0.985, kinds and sources 1.000, links 13
    // of 15. Its F1 floor is its own until the misses in docs/ingest.md's open list are settled.
    {
      round: 'thirty-seventh',
      names: [
        'taxseason-email-r37',
        'statehouse-wage-plain-r37',
        'gas-storage-markdown-r37',
        'f1-groupchat-r37',
        'games-slate-footnotes-r37',
      ],
      claims: 66,
      windows: 0.98,
      links: 0.85,
      f1: 0.94,
    },
    // Thirty-eighth (r38): F1 0.950 (precision 0.943, recall 0.957), windows 0.924, kinds and sources 0.970, links
    // 13 of 15; with the rules it prompted F1 0.971 (0.958, 0.986), windows 0.956, kinds and sources 1.000, links 13
    // of 15. Its F1 floor is its own until the misses in docs/ingest.md's open list are settled.
    {
      round: 'thirty-eighth',
      names: [
        'bankreg-memo-footnotes-r38',
        'ai-rules-webpaste-r38',
        'retail-mobile-emoji-r38',
        'weather-outlook-plain-r38',
        'tv-upfronts-fwd-r38',
      ],
      claims: 69,
      windows: 0.95,
      links: 0.85,
      f1: 0.96,
    },
    // Thirty-ninth (r39): F1 0.889 (precision 0.889, recall 0.889), windows 0.922, kinds and sources 1.000, links
    // 9 of 11 (0.908 with the three Scorecard rows dropped to the documented reading); with the rules it prompted F1
    // 0.937 (0.905, 0.971), windows 0.970, kinds and sources 1.000, links 10 of 11; F1 0.944 (0.918, 0.971) once a
    // fiscal year's stated run was read as its definition. Its F1 floor is its own until the misses in
    // docs/ingest.md's open list are settled.
    {
      round: 'thirty-ninth',
      names: [
        'ottawa-fiscal-plain-r39',
        'asx-pitport-markdown-r39',
        'worldcup-slack-r39',
        'mortgage-substack-long-r39',
        'airline-linkedin-emoji-r39',
      ],
      claims: 69,
      windows: 0.96,
      links: 0.9,
      f1: 0.94,
    },
    // Fortieth (r40): F1 0.764 (precision 0.644, recall 0.940), windows 0.894, kinds and sources 0.957, links 6 of 7;
    // with the rules it prompted F1 0.790 (0.662, 0.980), windows 0.918, kinds and sources 1.000, links 6 of 7, and
    // with the listing, habit, plan, fiscal-year and guidance rules after them F1 0.925 (0.875, 0.980), windows 0.939.
    // Its F1 floor is its own until the misses in docs/ingest.md's open list are settled.
    {
      round: 'fortieth',
      names: [
        'jpkr-equities-translated-r40',
        'bowls-hoops-markdown-r40',
        'grocery-caps-hardwrap-r40',
        'ibonds-forum-thread-r40',
        'capex-digest-html-r40',
      ],
      claims: 50,
      windows: 0.93,
      links: 0.85,
      f1: 0.92,
    },
    // Forty-first (r41): F1 0.884 (precision 0.884, recall 0.884), windows 0.902, kinds and sources 0.918, links 12
    // of 15 (windows 0.951 with the labels corrected to documented conventions); with the rules it prompted F1 0.965
    // (0.944, 0.986), windows 0.971, kinds and sources 1.000, links 14 of 15. Its F1 floor is its own until the
    // misses in docs/ingest.md's open list are settled.
    {
      round: 'forty-first',
      names: [
        'ev-battery-transcript-r41',
        'compute-x-thread-r41',
        'sarb-minutes-pdf-r41',
        'india-budget-rbi-r41',
        'pdufa-calendar-markdown-r41',
      ],
      claims: 69,
      windows: 0.96,
      links: 0.9,
      f1: 0.96,
    },
    // Forty-second (r42): F1 0.857 (precision 0.882, recall 0.833), windows 0.844, kinds and sources 0.956, links 7
    // of 13 on the labels as first committed; F1 0.893 (0.902, 0.885), windows 0.826, kinds and sources 0.957, links 8
    // of 12 once three labels were corrected to documented conventions; with the rules it prompted F1 0.971 (0.962,
    // 0.981), windows 0.961, kinds and sources 1.000, links 11 of 12. Its F1 floor is its own until the misses in
    // docs/ingest.md's open list are settled.
    {
      round: 'forty-second',
      names: [
        'uk-budget-email-r42',
        'enso-outlook-agency-r42',
        'nfl-podcast-notes-r42',
        'rss-digest-r42',
        'tech-rumor-emoji-r42',
      ],
      claims: 52,
      windows: 0.95,
      links: 0.9,
      f1: 0.96,
    },
  ])(
    'the $round round of golden issues: F1 ≥ 0.98 (or its own floor), windows ≥ $windows, kinds+sources ≥ 0.98 (or its own floor), links ≥ $links',
    ({
      names,
      claims,
      windows,
      links,
      f1 = 0.98,
      kindSources = 0.98,
    }: {
      names: string[];
      claims: number;
      windows: number;
      links: number;
      f1?: number;
      kindSources?: number;
    }) => {
      const round = new Set(names);
      const tally: Tally = emptyTally();
      for (const issue of issues.filter((x) => round.has(x.name))) {
        const t = scoreIssue(issue.claims, extractClaims(issue.text, { published: issue.published }));
        for (const k of Object.keys(tally) as Array<keyof Tally>) tally[k] += t[k];
      }
      const r = ratios(tally);
      expect(issues.filter((x) => round.has(x.name))).toHaveLength(names.length);
      expect(tally.expected).toBeGreaterThanOrEqual(claims);
      expect(r.f1).toBeGreaterThanOrEqual(f1);
      expect(r.windows).toBeGreaterThanOrEqual(windows);
      expect(r.kindSources).toBeGreaterThanOrEqual(kindSources);
      expect(r.links).toBeGreaterThanOrEqual(links);
    },
  );

  it('the worked example of TIME-WINDOWS.md, exactly', () => {
    const text = readFileSync(join(DIR, 'the-signal-sample.txt'), 'utf8');
    const got = extractClaims(text, { published: '2026-02-09' });
    const brief = got.map((c) => ({
      kind: c.kind,
      sources: c.sources,
      section: c.section,
      window: c.window && [c.window.start, c.window.end, c.window.isDefault],
      restates: c.restates,
    }));
    expect(brief).toEqual([
      {
        kind: 'CLAIM',
        sources: [],
        section: 'The Signal',
        window: ['2026-02-09', '2028-12-31', false],
        restates: undefined,
      },
      {
        kind: 'CLAIM',
        sources: ['@bindureddy'],
        section: "What's Moving",
        window: ['2026-02-09', '2026-05-10', true],
        restates: undefined,
      },
      { kind: 'BULL', sources: [], section: 'Tradecraft', window: null, restates: undefined },
      {
        kind: 'BEAR',
        sources: [],
        section: 'Tradecraft',
        window: ['2026-02-09', '2028-12-31', false],
        restates: undefined,
      },
      {
        kind: 'WATCH',
        sources: [],
        section: 'Tradecraft',
        window: ['2026-07-01', '2026-12-31', false],
        restates: undefined,
      },
      {
        kind: 'CLAIM',
        sources: ['@allin'],
        section: 'Desk Notes',
        window: ['2026-02-09', '2028-12-31', false],
        restates: 0,
      },
    ]);
    expect(got[0]?.text).toContain("token supply won't meet demand through 2027-28");
    expect(got[1]?.text).toBe('Token consumption parity with Gemini-class models is imminent.');
    expect(got[5]?.text).toBe('compute as the real constraint through 2028');
    expect('restates' in (got[0] as object)).toBe(false);
  });
});
