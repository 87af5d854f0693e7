import { describe, expect, it } from 'vitest';
import type { StateRow } from '../../../src/server/ledger/apply.js';
import { StateImage } from '../../../src/server/replay/image/state-image.js';
import { claimScoreState } from '../../../src/server/read-model/source-stats.js';
import { emptyTotals } from '../../../src/scoring/index.js';

const source = (id: string): StateRow<'sources'> => ({
  id,
  handle: id,
  displayName: id,
  kind: 'person',
  url: null,
  createdAt: 'a',
  updatedAt: 'a',
});
const claim = (
  id: string,
): Pick<
  StateRow<'claims'>,
  'id' | 'kind' | 'statement' | 'publishedStatement' | 'windowEnd' | 'windowStated' | 'createdAt' | 'createdBy'
> => ({
  id,
  kind: 'BULL',
  statement: `s ${id}`,
  publishedStatement: `s ${id}`,
  windowEnd: '2030-01-01',
  windowStated: 1,
  createdAt: 'a',
  createdBy: 'a',
});

function imageWith(...ids: string[]): StateImage {
  const image = new StateImage('complete');
  for (const id of ids) image.apply({ op: 'insert', table: 'sources', row: source(id) });
  return image;
}

describe('StateImage inserts', () => {
  it('refuses a second row with the same key, and is left empty rather than wrong', () => {
    const image = imageWith('s1', 's2');
    image.apply({ op: 'insert', table: 'claims', row: claim('c1') });
    expect(() => image.apply({ op: 'insert', table: 'claims', row: claim('c1') })).toThrow(
      'duplicate key c1 in claims',
    );
    expect(image.size).toBe(0);
    expect(image.peek('claims', 'c1')).toBeUndefined();
  });

  it('brings a row deleted and not yet written back as a change, and still refuses a duplicate of it', () => {
    const image = imageWith('s1');
    image.commit();
    image.apply({ op: 'deleteWhere', table: 'sources', column: 'id', value: 's1' });
    expect(image.pending().map((e) => [e.key, e.state])).toEqual([['s1', 'deleted']]);
    image.apply({ op: 'insert', table: 'sources', row: { ...source('s1'), displayName: 'again' } });
    expect(image.pending().map((e) => [e.key, e.state, e.row.displayName])).toEqual([['s1', 'dirty', 'again']]);
    expect(() => image.apply({ op: 'insert', table: 'sources', row: source('s1') })).toThrow(
      'duplicate key s1 in sources',
    );
  });

  it('inserts a key it knows to be absent', () => {
    const image = new StateImage('preloaded');
    image.load('sources', ['s9'], []);
    image.apply({ op: 'insert', table: 'sources', row: source('s9') });
    expect(image.peek('sources', 's9')?.state).toBe('new');
    expect(() => image.apply({ op: 'insert', table: 'sources', row: source('s9') })).toThrow(
      'duplicate key s9 in sources',
    );
  });

  it('keeps every row of a group, in order, short or long', () => {
    const image = imageWith('s1', 's2');
    image.apply({ op: 'insert', table: 'claims', row: claim('c1') });
    const tags = Array.from({ length: 20 }, (_, i) => `t${i}`);
    for (const tag of tags) image.apply({ op: 'insert', table: 'claim_tags', row: { claimId: 'c1', tag } });
    image.apply({ op: 'insert', table: 'claim_sources', row: { claimId: 'c1', sourceId: 's1', role: 'made' } });
    image.apply({ op: 'insert', table: 'claim_sources', row: { claimId: 'c1', sourceId: 's2', role: 'cited' } });
    expect(image.group('claim_tags', 'c1').map((e) => e.row.tag)).toEqual(tags);
    expect(image.group('claim_sources', 'c1').map((e) => e.row.sourceId)).toEqual(['s1', 's2']);
    expect(() => image.apply({ op: 'insert', table: 'claim_tags', row: { claimId: 'c1', tag: 't13' } })).toThrow(
      'duplicate key c1, t13 in claim_tags',
    );
  });

  it('hands a claim the groups made for it before it was known', () => {
    const image = new StateImage('preloaded');
    image.load('claim_tags', ['c1'], []);
    image.apply({ op: 'insert', table: 'claim_tags', row: { claimId: 'c1', tag: 'x' } });
    image.apply({ op: 'insert', table: 'claims', row: claim('c1') });
    expect(image.peek('claims', 'c1')?.state).toBe('new');
    expect(image.group('claim_tags', 'c1').map((e) => e.row.tag)).toEqual(['x']);
  });
});

describe('StateImage source totals', () => {
  const stats = (sourceId: string, nOpen = 0): StateRow<'source_stats'> => ({
    sourceId,
    totals: JSON.stringify(emptyTotals()),
    nOpen,
    nResolved: 0,
  });
  const opened = {
    op: 'stats',
    claimId: 'c1',
    before: null,
    after: claimScoreState({ kind: 'BULL', probability: null }, null),
  } as const;
  function withMadeClaim(): StateImage {
    const image = imageWith('s1');
    image.apply({ op: 'insert', table: 'source_stats', row: stats('s1') });
    image.apply({ op: 'insert', table: 'claims', row: claim('c1') });
    image.apply({ op: 'insert', table: 'claim_sources', row: { claimId: 'c1', sourceId: 's1', role: 'made' } });
    return image;
  }
  const rowOf = (image: StateImage) => image.peek('source_stats', 's1')!.row;
  /** The claim's source linked to its totals row (one adjustment, written), then that row deleted. */
  function linkedThenDeleted(): StateImage {
    const image = withMadeClaim();
    image.apply(opened);
    image.pending();
    image.commit();
    image.apply({ op: 'deleteWhere', table: 'source_stats', column: 'sourceId', value: 's1' });
    return image;
  }

  it('holds the totals ahead of the row, and writes them back when the row is read or the changed rows are taken', () => {
    const image = withMadeClaim();
    image.apply(opened);
    image.apply(opened);
    expect(rowOf(image).nOpen).toBe(0);
    expect(image.apply({ op: 'get', table: 'source_stats', key: { sourceId: 's1' }, columns: ['nOpen'] })).toEqual({
      nOpen: 2,
    });
    image.apply(opened);
    expect(rowOf(image).nOpen).toBe(2);
    image.pending();
    expect(rowOf(image).nOpen).toBe(3);
    expect(image.pending().filter((e) => e.table === 'source_stats')).toHaveLength(1);
  });

  it('goes on from the totals an update sets, not from those it held', () => {
    const image = withMadeClaim();
    image.apply(opened);
    image.apply({ op: 'update', table: 'source_stats', key: { sourceId: 's1' }, set: { nOpen: 10 } });
    image.apply(opened);
    image.pending();
    expect(rowOf(image).nOpen).toBe(11);
  });

  it('starts a row deleted and inserted again from its new totals', () => {
    const image = withMadeClaim();
    image.commit();
    image.apply(opened);
    image.apply({ op: 'deleteWhere', table: 'source_stats', column: 'sourceId', value: 's1' });
    image.apply({ op: 'insert', table: 'source_stats', row: stats('s1', 5) });
    image.apply(opened);
    image.pending();
    expect(rowOf(image).nOpen).toBe(6);
  });

  it('adjusts the row that holds the totals now, after the one found before was dropped', () => {
    const image = linkedThenDeleted();
    image.commit();
    image.apply({ op: 'insert', table: 'source_stats', row: stats('s1', 7) });
    image.apply(opened);
    image.pending();
    expect(rowOf(image).nOpen).toBe(8);
  });

  it('leaves the totals of a deleted row alone', () => {
    const image = linkedThenDeleted();
    image.apply(opened);
    image.pending();
    expect(rowOf(image).nOpen).toBe(1);
    expect(image.pending().map((e) => [e.table, e.state])).toEqual([['source_stats', 'deleted']]);
  });
});
