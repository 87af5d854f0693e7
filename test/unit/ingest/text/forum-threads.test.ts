import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../../src/ingest/index.js';

// A pasted forum thread: each post's byline ("▲ 212 · u/name · 5h") separates posts, and a line a reply quotes from
// an earlier post ("> …") is that post's words, not a new call (TIME-WINDOWS.md "What counts as a claim").

const P = { published: '2026-10-20' };
const texts = (text: string) => extractClaims(text, P).map((c) => [c.text, c.sources]);

describe('forum bylines and quoted lines in replies', () => {
  it('a byline is no part of the post under it, and a quoted line above a reply is not proposed again', () => {
    const text = [
      'r/Bonds · Posted by u/ladder_larry · 6h',
      'New I bond rate — what are you expecting?',
      '',
      'My guess: the fixed rate drops to 0.9% on Nov 1.',
      '',
      '    ▲ 95 · u/fedwatcher99 · 4h',
      '    Fed cuts again at the December 9 meeting, per @fedfundsfutures.',
      '',
      '        ▲ 40 · u/ladder_larry (OP) · 3h',
      '        > Fed cuts again at the December 9 meeting',
      '        If they do, T-bill yields fall under 3.5% by February.',
    ].join('\n');
    expect(texts(text)).toEqual([
      ['My guess: the fixed rate drops to 0.9% on Nov 1.', []],
      ['Fed cuts again at the December 9 meeting, per @fedfundsfutures.', ['@fedfundsfutures']],
      ['If they do, T-bill yields fall under 3.5% by February.', []],
    ]);
  });

  it('counter: a sentence with middle dots and no user name stays text', () => {
    const text = [
      'THE CART REPORT',
      '',
      'Eggs · beef · coffee prices fall by March, per @aislewatch. Beef stays firm through year-end.',
    ].join('\n');
    expect(texts(text).map((t) => t[0])).toEqual([
      'Eggs · beef · coffee prices fall by March, per @aislewatch.',
      'Beef stays firm through year-end.',
    ]);
  });

  it('counter: a markdown blockquote alone keeps its reading, and a whole reply quoted in a forward is read as before', () => {
    const text = ['The Signal', '', '> Copper tops $13,000 by December.', '', 'Nickel falls in Q1.'].join('\n');
    expect(texts(text).map((t) => t[0])).toEqual(['Copper tops $13,000 by December.', 'Nickel falls in Q1.']);
  });

  // review7: a markdown quote's lazy continuation, and a digest's dotted metadata line with a board but no user.
  it('counter: an unquoted line that runs on from a quote continues it', () => {
    const text = ['> The Fed will cut rates', "in March, Powell's allies say."].join('\n');
    expect(texts(text).map((t) => t[0])).toEqual(["The Fed will cut rates in March, Powell's allies say."]);
  });

  it("counter: a TL;DR quote under a metadata line with no user is still the desk's", () => {
    const text = [
      'Dec 7 · r/CanadianInvestor weekly · 5 min read',
      '',
      '> TL;DR: the BoC cuts again in January.',
      '',
      'The loonie will weaken through March.',
    ].join('\n');
    // Published on the dateline's day, as the reviewer's case was, so the dateline's own date is not ahead.
    expect(extractClaims(text, { published: '2026-12-07' }).map((c) => c.text)).toEqual([
      'TL;DR: the BoC cuts again in January.',
      'The loonie will weaken through March.',
    ]);
  });
});
