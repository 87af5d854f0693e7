import { describe, expect, it } from 'vitest';
import { parseClaimFilters } from '../../../src/shared/claim-filters.js';
import { countFilter, kindFilter, sourceFilter, tagFilter, wordsFilter } from '../../../src/shared/filter-values.js';
import {
  NO_QUEUE_FILTERS,
  parseQueueFilters,
  QUEUE_FILTERS_CODEC,
  serializeQueueFilters,
  toQueueQuery,
  updateQueueFilters,
} from '../../../src/web/state/queue-filters.js';
import { parseLeaderboardFilters } from '../../../src/shared/leaderboard-filters.js';

describe('the filters every list shares', () => {
  it('reads what a person types into the stored form', () => {
    expect(sourceFilter('  @AllIn ')).toBe('allin');
    expect(tagFilter(' Chips ')).toBe('chips');
    expect(wordsFilter('  token supply ')).toBe('token supply');
    expect(kindFilter('bull')).toBe('BULL');
    expect(countFilter('5')).toBe('5');
    for (const empty of ['', '   ', '@', null, undefined]) expect(sourceFilter(empty)).toBeNull();
    expect(kindFilter('MAYBE')).toBeNull();
    expect(countFilter('-3')).toBeNull();
    expect(countFilter('abc')).toBeNull();
    expect(countFilter('99999999')).toBe('100000');
  });

  it('reads kind and tag the same way on the leaderboard, the claims page and the queue', () => {
    const address = 'kind=bear&tag=%20Chips%20&source=%40AllIn';
    const board = parseLeaderboardFilters(address);
    const claims = parseClaimFilters(address);
    const queue = parseQueueFilters(address);
    for (const f of [board, claims, queue]) expect([f.kind, f.tag]).toEqual(['BEAR', 'chips']);
    expect([claims.source, queue.source]).toEqual(['allin', 'allin']);
  });
});

describe('review queue URL filters', () => {
  it('reads an empty query as the defaults and leaves them out of the URL', () => {
    expect(parseQueueFilters('')).toEqual(NO_QUEUE_FILTERS);
    expect(serializeQueueFilters(NO_QUEUE_FILTERS).toString()).toBe('');
    expect(QUEUE_FILTERS_CODEC.active(NO_QUEUE_FILTERS)).toBe(0);
  });

  it('round-trips every filter', () => {
    const qs = 'assigned=me&kind=WATCH&source=gridline&tag=ai&days=30&dueCursor=d2&closingCursor=c2';
    const f = parseQueueFilters(qs);
    expect(f).toEqual({
      assigned: 'me',
      kind: 'WATCH',
      source: 'gridline',
      tag: 'ai',
      days: '30',
      dueCursor: 'd2',
      closingCursor: 'c2',
    });
    expect(serializeQueueFilters(f).toString()).toBe(qs);
    expect(QUEUE_FILTERS_CODEC.active(f)).toBe(5);
    expect(toQueueQuery(NO_QUEUE_FILTERS)).toEqual({
      assigned: undefined,
      kind: undefined,
      source: undefined,
      tag: undefined,
      days: '14',
      dueCursor: undefined,
      closingCursor: undefined,
    });
  });

  it('ignores a look-ahead the page does not offer', () => {
    expect(parseQueueFilters('days=1000').days).toBe('14');
  });

  it('goes back to the first pages on any change but a cursor', () => {
    const paged = { ...NO_QUEUE_FILTERS, dueCursor: 'd2', closingCursor: 'c2' };
    expect(updateQueueFilters(paged, { tag: 'ai' })).toMatchObject({ dueCursor: null, closingCursor: null });
    expect(updateQueueFilters(paged, { dueCursor: 'd3' })).toMatchObject({ dueCursor: 'd3', closingCursor: 'c2' });
  });
});
