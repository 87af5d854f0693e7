import { describe, expect, it } from 'vitest';
import { STATE_TABLES, type Row, type StateTable } from '../../../src/server/ledger/apply.js';
import { BatchEncoder } from '../../../src/server/replay/batch-encoder.js';
import type { Entry } from '../../../src/server/replay/image/state-image.js';

const columns = Object.fromEntries(
  STATE_TABLES.map((t) => [t, t === 'claim_tags' ? ['claimId', 'tag'] : ['id', 'name']]),
) as Record<StateTable, string[]>;
const entry = (table: StateTable, row: Row): Entry => ({
  table,
  key: String(row.id ?? row.tag),
  row,
  state: 'new',
  seq: 1,
  seen: false,
});

describe('BatchEncoder', () => {
  it("writes a changed row's values in the table's column order", () => {
    // A part's arrays are written over by the next: each is copied as it comes.
    const parts = [];
    for (const p of new BatchEncoder(columns).parts(
      [],
      [entry('sources', { name: 'Ada', id: 's1' }), entry('claim_tags', { tag: 'ai', claimId: 'c1' })],
    ))
      parts.push({ table: p.table, op: p.op, values: [...p.values], seqs: [...p.seqs] });
    expect(parts).toEqual([
      { table: 'sources', op: 'insert', values: ['s1', 'Ada'], seqs: [1] },
      { table: 'claim_tags', op: 'insert', values: ['c1', 'ai'], seqs: [1] },
    ]);
  });

  it('leaves out the events and the tables it is told not to write', () => {
    const event = {
      seq: 1,
      at: 'a',
      actor: 'x',
      type: 't',
      entity: 'e',
      entityId: 'i',
      payload: '{}',
      prevHash: 'p',
      hash: 'h',
    };
    const rows = [entry('sources', { name: 'Ada', id: 's1' }), entry('claim_tags', { tag: 'ai', claimId: 'c1' })];
    const tables = (encoder: BatchEncoder) => [...encoder.parts([event], rows)].map((p) => p.table);
    expect(tables(new BatchEncoder(columns))).toEqual(['events', 'sources', 'claim_tags']);
    expect(tables(new BatchEncoder(columns, undefined, new Set(['events', 'claim_tags'])))).toEqual(['sources']);
  });

  it('refuses a row with a column its table lacks, including names every object inherits', () => {
    for (const extra of ['nickname', 'constructor', 'toString', '__proto__']) {
      const row: Row = { id: 's1', name: 'Ada' };
      Object.defineProperty(row, extra, { value: 1, enumerable: true, configurable: true, writable: true });
      expect(() => [...new BatchEncoder(columns).parts([], [entry('sources', row)])]).toThrow(
        `sources has no column ${extra}`,
      );
    }
  });
});
