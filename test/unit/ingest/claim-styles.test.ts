import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/ingest/index.js';

// Rules that came from scoring the extractor on fresh issues (test/fixtures/issues: gold-tiny, climate-long,
// games-tables, labor-email, policy-desknotes; then pharma-bulletin, realestate-substack; then adtech-plain; then
// restaurants-weekly). Each case here is a new text written for the rule, labelled by
// hand from TIME-WINDOWS.md ("What counts as a claim", "More on claims") for published = 2026-03-02.
const P = { published: '2026-03-02' };

const brief = (text: string) =>
  extractClaims(text, P).map((c) => ({
    kind: c.kind,
    text: c.text,
    sources: c.sources,
    window: c.window && [c.window.start, c.window.end],
    restates: c.restates,
  }));

describe('More on claims: title, dateline, masthead and mail headers are never claims', () => {
  it('a two-line masthead under a title heading, joined into one paragraph, is not proposed', () => {
    const text = [
      'THE WEEKLY WIRE',
      'Edition 12 — Monday 2 March 2026 — London',
      'Telecoms, spectrum and the money behind them',
      '',
      'The Signal',
      'Ofcom auctions the mmWave spectrum by the end of Q3.',
    ].join('\n');
    expect(brief(text).map((c) => c.text)).toEqual(['Ofcom auctions the mmWave spectrum by the end of Q3.']);
  });

  it('an issue pasted inside a mail reply: the reply header, the quoted subject and the signature are not claims', () => {
    const text = [
      'Fine by me, send it.',
      '',
      'On Sun, Mar 1, 2026 at 8:40 PM Lee Park <lee@wire.example> wrote:',
      '> Subject: Spectrum sells out by summer',
      '>',
      '> The Signal',
      '> Ofcom auctions the mmWave spectrum by the end of Q3.',
      '>',
      '> --',
      '> Lee Park',
      '> Editor',
    ].join('\n');
    expect(brief(text)).toEqual([
      {
        kind: 'CLAIM',
        text: 'Ofcom auctions the mmWave spectrum by the end of Q3.',
        sources: [],
        window: ['2026-03-02', '2026-09-30'],
        restates: undefined,
      },
    ]);
  });

  it('a forwarded mail keeps none of its headers, and a title line set directly above the lede is left out', () => {
    const text = [
      '---------- Forwarded message ---------',
      'From: The Wire <desk@wire.example>',
      'Date: Mon, Mar 2, 2026 at 6:00 AM',
      'Subject: Fibre overbuilders consolidate by Christmas',
      '',
      'The Wire, our telecoms call for Monday 2 March 2026',
      'Two UK fibre overbuilders merge before the end of the year.',
      '',
      "What's Moving",
      '- Towers — Cellnex sells its Nordic towers in the second half (via @towerwatch)',
    ].join('\n');
    expect(brief(text).map((c) => [c.text, c.window])).toEqual([
      ['Two UK fibre overbuilders merge before the end of the year.', ['2026-03-02', '2026-12-31']],
      ['Cellnex sells its Nordic towers in the second half', ['2026-07-01', '2026-12-31']],
    ]);
  });
});

describe('More on claims: a greeting and a dateline sentence above the first house section are masthead', () => {
  it('the welcome line that gives the issue number and date is not proposed; the lede below its heading is', () => {
    const text = [
      'Hello readers,',
      '',
      'This is Spectrum Notes, edition 31, March 2, 2026. Forwarded this? Sign up below.',
      '',
      '**The Signal**',
      'Ofcom auctions the mmWave spectrum by the end of Q3.',
    ].join('\n');
    expect(brief(text).map((c) => c.text)).toEqual(['Ofcom auctions the mmWave spectrum by the end of Q3.']);
  });
});

describe('What counts as a claim: listings, housekeeping and rules in force are not claims', () => {
  it('each markdown table row stands alone, so a row that opens on a date is a listing', () => {
    const text = [
      'The Signal',
      'Handset upgrades stay slow through the summer.',
      '',
      '| Date | Event | Where |',
      '|------|-------|-------|',
      '| Mar 3 | Spectrum auction opens | London |',
      '| Jun 9 | Apple keynote | Cupertino |',
    ].join('\n');
    expect(brief(text).map((c) => c.text)).toEqual(['Handset upgrades stay slow through the summer.']);
  });

  it("the newsletter's own schedule and sign-off are housekeeping", () => {
    const text = [
      'The Signal',
      'Handset upgrades stay slow through the summer. Next issue: Friday, March 6.',
      "That's all for this week. We're back on Monday 9 March.",
    ].join('\n');
    expect(brief(text).map((c) => c.text)).toEqual(['Handset upgrades stay slow through the summer.']);
  });

  it('an event on a given day is a calendar entry unless the sentence asserts an outcome of it', () => {
    const text = [
      'The Signal',
      'Vodafone reports on May 12. The regulator votes on the merger remedies on 3 June.',
      'The auction opens on June 10, and bids top £2 billion by June 30.',
    ].join('\n');
    expect(brief(text).map((c) => c.text)).toEqual([
      'The auction opens on June 10, and bids top £2 billion by June 30.',
    ]);
  });

  it('an obligation states the rule in force ("must", "are required to"); a forecast about it is still a claim', () => {
    const text = [
      "What's Moving",
      '- Roaming — Carriers must cap roaming charges by July 1 (via @telcoreg)',
      '- Masts — Operators are required to share rural masts by 2027 (via @telcoreg)',
      '- Fines — Regulators will fine at least one carrier for missing the July 1 cap by year-end (via @telcoreg)',
    ].join('\n');
    expect(brief(text).map((c) => c.text)).toEqual([
      'Regulators will fine at least one carrier for missing the July 1 cap by year-end',
    ]);
  });

  it('a "could" or "would" in a trailing ", which …" clause does not take the claim away', () => {
    const text = ['The Signal', 'Handset prices rise 8% by June, which could hurt upgrades.'].join('\n');
    expect(brief(text).map((c) => c.window)).toEqual([['2026-03-02', '2026-06-30']]);
  });

  it('pointing and check-mark symbols mark bullets, each with its own sources', () => {
    const text = [
      "What's Moving",
      '👉 Towers — Cellnex sells its Nordic towers in the second half (via @towerwatch)',
      '✅ Cable — Liberty Global spins off its Belgian unit by year-end (via @cablecowboy)',
    ].join('\n');
    expect(brief(text).map((c) => [c.text, c.sources])).toEqual([
      ['Cellnex sells its Nordic towers in the second half', ['@towerwatch']],
      ['Liberty Global spins off its Belgian unit by year-end', ['@cablecowboy']],
    ]);
  });

  it('lettered items are bullets, and a numbered ALL-CAPS line heads a section (a corrections section makes no calls)', () => {
    const text = [
      "1) WHAT'S MOVING",
      'a. Towers — Cellnex sells its Nordic towers in the second half (via @towerwatch)',
      '(b) Cable — Liberty Global spins off its Belgian unit by year-end (via @cablecowboy)',
      '',
      '2) CORRECTIONS',
      'Last week we wrote that the auction opens on June 3. It opens on June 10.',
    ].join('\n');
    expect(extractClaims(text, P).map((c) => [c.text, c.sources, c.section])).toEqual([
      ['Cellnex sells its Nordic towers in the second half', ['@towerwatch'], "What's Moving"],
      ['Liberty Global spins off its Belgian unit by year-end', ['@cablecowboy'], "What's Moving"],
    ]);
  });

  it('words of a promotion name things in forecasts too; they mark a promotion only when it addresses the reader', () => {
    const text = [
      'The Signal',
      'Discount grocers take 15% of UK grocery sales by 2027.',
      'This issue is sponsored by Acme: get 20% off your first order before June 1.',
    ].join('\n');
    expect(brief(text).map((c) => c.text)).toEqual(['Discount grocers take 15% of UK grocery sales by 2027.']);
  });

  it('a sentence that opens on "It" or "They" carries the sentence before it', () => {
    const text = [
      "What's Moving",
      '- Towers — Tower rents fell 3% in 2025. They rebound in the second half (via @towerwatch)',
    ].join('\n');
    expect(brief(text).map((c) => c.text)).toEqual(['Tower rents fell 3% in 2025. They rebound in the second half']);
  });
});

describe('More on claims: a Desk Note restates a claim only when it asserts the same outcome', () => {
  const text = [
    "What's Moving",
    '- Fibre — Openreach passes 20 million premises by the end of Q3; altnets keep cutting prices (via @fibrefan)',
    '- Mobile — US carriers raise unlimited-plan prices in the second half (via @mobileanalyst)',
    '',
    'Desk Notes',
    '- @fibrefan — Openreach at 20 million premises by the end of Q3',
    '- @fibrefan — altnet prices fall again by the end of Q3',
    '- @fibrefan — CityFibre passes 5 million premises by the end of Q3',
    '- @mobileanalyst — European carriers raise prices in the second half',
    '- @mobileanalyst — prepaid plans go up in the second half too',
  ].join('\n');
  const got = brief(text);

  it('does not link a note to a desk claim it shares only a year with', () => {
    const desk = [
      'The Signal',
      'Fixed-line revenue keeps shrinking, and we expect BT to cut its dividend in 2027.',
      '',
      'Desk Notes',
      '- @towerwatch — tower consolidation finishes in 2027',
      '- @divwatch — BT dividend cut in 2027',
    ].join('\n');
    expect(brief(desk).map((c) => c.restates)).toEqual([undefined, undefined, 0]);
  });

  it('a date before ", and …" reaches the second conjunct: a note restating that conjunct is linked', () => {
    const text = [
      "What's Moving",
      '- Spectrum — The auction closes by the end of Q3, and Vodafone wins the largest block (via @spectrumwonk)',
      '',
      'Desk Notes',
      '- @spectrumwonk — Vodafone takes the largest block by the end of Q3',
    ].join('\n');
    expect(brief(text).map((c) => c.restates)).toEqual([undefined, 0]);
  });

  it('links the note that repeats the dated outcome', () => {
    expect(got[2]).toMatchObject({ sources: ['@fibrefan'], restates: 0 });
  });

  it('does not link a note that takes up the claim’s undated clause, names another company, another market, or says "too"', () => {
    expect(got.slice(3).map((c) => [c.sources[0], c.window?.[1], c.restates])).toEqual([
      ['@fibrefan', '2026-09-30', undefined],
      ['@fibrefan', '2026-09-30', undefined],
      ['@mobileanalyst', '2026-12-31', undefined],
      ['@mobileanalyst', '2026-12-31', undefined],
    ]);
  });
});
