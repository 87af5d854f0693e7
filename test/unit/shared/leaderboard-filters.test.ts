import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FILTERS,
  effectiveOrder,
  leaderboardDataUrl,
  leaderboardHref,
  pageHref,
  parseLeaderboardFilters,
  serializeLeaderboardFilters,
  sortHref,
  toggleSort,
  toLeaderboardQuery,
  updateFilters,
} from '../../../src/shared/leaderboard-filters.js';

describe('leaderboard URL filters', () => {
  it('reads an empty query as the defaults', () => {
    expect(parseLeaderboardFilters('')).toEqual(DEFAULT_FILTERS);
  });

  it('reads every filter', () => {
    expect(
      parseLeaderboardFilters('kind=bear&tag=%20Chips%20&period=90d&minResolved=5&sort=brier&order=desc&cursor=abc'),
    ).toEqual({
      kind: 'BEAR',
      tag: 'chips',
      period: '90d',
      minResolved: 5,
      sort: 'brier',
      order: 'desc',
      cursor: 'abc',
    });
  });

  it('falls back to defaults for unknown or malformed values', () => {
    const f = parseLeaderboardFilters('kind=MAYBE&period=forever&minResolved=-3&sort=vibes&order=sideways');
    expect(f).toEqual(DEFAULT_FILTERS);
    expect(parseLeaderboardFilters('minResolved=abc').minResolved).toBe(0);
    expect(parseLeaderboardFilters('minResolved=99999999').minResolved).toBe(100000);
  });

  it('round-trips, leaving defaults out of the URL', () => {
    expect(serializeLeaderboardFilters(DEFAULT_FILTERS).toString()).toBe('');
    const f = {
      ...DEFAULT_FILTERS,
      kind: 'WATCH' as const,
      tag: 'ai',
      period: '12m' as const,
      minResolved: 3,
      sort: 'hitRate' as const,
    };
    const qs = serializeLeaderboardFilters(f).toString();
    expect(qs).toBe('kind=WATCH&tag=ai&period=12m&minResolved=3&sort=hitRate');
    expect(parseLeaderboardFilters(qs)).toEqual(f);
  });

  it('omits an order that is the natural one for the measure', () => {
    expect(serializeLeaderboardFilters({ ...DEFAULT_FILTERS, sort: 'brier', order: 'asc' }).get('order')).toBeNull();
    expect(serializeLeaderboardFilters({ ...DEFAULT_FILTERS, sort: 'brier', order: 'desc' }).get('order')).toBe('desc');
  });

  it('goes back to the first page on any change but the cursor', () => {
    const paged = { ...DEFAULT_FILTERS, cursor: 'p2' };
    expect(updateFilters(paged, { kind: 'BULL' }).cursor).toBeNull();
    expect(updateFilters(paged, { cursor: 'p3' }).cursor).toBe('p3');
  });

  it('sorts a new column in its natural order and flips the same column', () => {
    const byHit = toggleSort(DEFAULT_FILTERS, 'hitRate');
    expect(byHit.sort).toBe('hitRate');
    expect(effectiveOrder(byHit)).toBe('desc');
    expect(effectiveOrder(toggleSort(byHit, 'hitRate'))).toBe('asc');
    expect(effectiveOrder(toggleSort(DEFAULT_FILTERS, 'brier'))).toBe('asc');
    expect(effectiveOrder(toggleSort(DEFAULT_FILTERS, 'rank'))).toBe('desc');
  });

  it('builds the API query', () => {
    expect(toLeaderboardQuery(DEFAULT_FILTERS, 50)).toEqual({
      kind: undefined,
      tag: undefined,
      period: undefined,
      minResolved: undefined,
      sort: undefined,
      order: undefined,
      cursor: undefined,
      limit: 50,
    });
    const q = toLeaderboardQuery({ ...DEFAULT_FILTERS, kind: 'CLAIM', sort: 'due', minResolved: 2 }, 20);
    expect(q).toMatchObject({ kind: 'CLAIM', sort: 'due', order: 'desc', minResolved: 2, limit: 20 });
  });

  it('names the API address the board asks for, the defaults left out as the app leaves them', () => {
    expect(leaderboardDataUrl(DEFAULT_FILTERS)).toBe('/api/leaderboard?limit=50');
    expect(leaderboardDataUrl(parseLeaderboardFilters('sort=brier&kind=bull&period=12m&junk=1'))).toBe(
      '/api/leaderboard?kind=BULL&period=12m&sort=brier&order=asc&limit=50',
    );
    expect(leaderboardDataUrl(parseLeaderboardFilters('period=forever&minResolved=-3&tag=%20'))).toBe(
      '/api/leaderboard?limit=50',
    );
  });

  it('links a header to the board sorted by its column and the pager to its pages, keeping the filters', () => {
    expect(leaderboardHref(DEFAULT_FILTERS)).toBe('/');
    // a new column in its natural order; the same column flipped; the rank's flip says its order
    expect(sortHref(DEFAULT_FILTERS, 'brier')).toBe('/?sort=brier');
    expect(sortHref(DEFAULT_FILTERS, 'hitRate')).toBe('/?sort=hitRate');
    expect(sortHref(parseLeaderboardFilters('sort=brier'), 'brier')).toBe('/?sort=brier&order=desc');
    expect(sortHref(parseLeaderboardFilters('sort=brier&order=desc'), 'brier')).toBe('/?sort=brier');
    expect(sortHref(DEFAULT_FILTERS, 'rank')).toBe('/?order=desc');
    expect(sortHref(parseLeaderboardFilters('sort=handle'), 'rank')).toBe('/');
    // a sort from a later page starts from the first, with the filters kept
    const paged = parseLeaderboardFilters('kind=BULL&tag=r%20and%20d&sort=open&cursor=eyJrIjoxfQ');
    expect(sortHref(paged, 'due')).toBe('/?kind=BULL&tag=r+and+d&sort=due');
    expect(pageHref(paged, null)).toBe('/?kind=BULL&tag=r+and+d&sort=open');
    expect(pageHref(DEFAULT_FILTERS, 'eyJrIjoxfQ')).toBe('/?cursor=eyJrIjoxfQ');
    // whatever the address held comes back the same from the link's address
    const odd = { ...DEFAULT_FILTERS, tag: 'a&b="<c>"#d?', cursor: 'x/y+z=' };
    const href = pageHref(odd, odd.cursor);
    expect(href).not.toMatch(/[<>"#]|&b/);
    expect(parseLeaderboardFilters(new URL(href, 'http://x').search)).toEqual(odd);
  });
});
