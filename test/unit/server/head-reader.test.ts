import { describe, expect, it } from 'vitest';
import { coalescedReads } from '../../../src/server/ledger/head-reader.js';

/** A fake database read: each call starts a read of the current head that ends when told. */
function fakeHead() {
  let seq = 0;
  const pending: { started: number; finish(): void }[] = [];
  let starts = 0;
  const read = () =>
    new Promise<{ seq: number; hash: string }>((resolve) => {
      starts += 1;
      // The head as of when the read started.
      const started = seq;
      pending.push({ started, finish: () => resolve({ seq: started, hash: `h${started}` }) });
    });
  return {
    read,
    write: () => (seq += 1),
    finishAll: async () => {
      while (pending.length) {
        pending.shift()!.finish();
        await new Promise((r) => setImmediate(r));
      }
    },
    starts: () => starts,
  };
}

describe('coalesced head reads', () => {
  it('serve every caller a head read after it asked, with one read per batch of callers', async () => {
    const db = fakeHead();
    const head = coalescedReads(db.read);
    const first = head(); // starts read 1 (seq 0)
    db.write(); // a write commits while read 1 is in flight
    const later = [head(), head(), head()]; // must see the write: they wait for read 2
    await db.finishAll();
    expect((await first).seq).toBe(0);
    for (const h of await Promise.all(later)) expect(h.seq).toBe(1);
    expect(db.starts()).toBe(2);
    // Idle again: the next caller starts its own read.
    db.write();
    const again = head();
    await db.finishAll();
    expect((await again).seq).toBe(2);
    expect(db.starts()).toBe(3);
  });

  it('a failed read fails only its callers', async () => {
    let calls = 0;
    const head = coalescedReads(() =>
      ++calls === 1 ? Promise.reject(new Error('connection lost')) : Promise.resolve({ seq: 7, hash: 'h' }),
    );
    const failed = head();
    const next = head();
    await expect(failed).rejects.toThrow('connection lost');
    expect((await next).seq).toBe(7);
  });
});
