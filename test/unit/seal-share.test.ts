import { describe, expect, it } from 'vitest';
import { SealShare } from '../../src/server/replay/seal-share.js';

/** Feeds both threads' costs for one batch of `n` events, each checking the hashes the share gives it. */
function batch(
  share: SealShare,
  n: number,
  cost: { importRest: number; writerRest: number; importSeal: number; writerSeal: number },
): number {
  const onImport = share.count(n);
  const onWriter = n - onImport;
  share.importCost(n, n * cost.importRest + onImport * cost.importSeal, onImport * cost.importSeal, onImport);
  share.writerCost(n, n * cost.writerRest + onWriter * cost.writerSeal, onWriter * cost.writerSeal, onWriter);
  return onImport;
}

describe('SealShare: how many of a batch’s hashes the import checks itself', () => {
  it('starts with the writer checking them all', () => {
    expect(new SealShare().count(50_000)).toBe(0);
  });

  it('moves hash checks to the import while the writer is the busier, until the two even out', () => {
    const share = new SealShare();
    const cost = { importRest: 0.04, writerRest: 0.045, importSeal: 0.01, writerSeal: 0.01 };
    let onImport = 0;
    for (let i = 0; i < 40; i++) onImport = batch(share, 50_000, cost);
    // Even: 0.04 + f·0.01 = 0.045 + (1 − f)·0.01 → f = 0.75.
    expect(onImport / 50_000).toBeCloseTo(0.75, 2);
    const importTotal = cost.importRest + (onImport / 50_000) * cost.importSeal;
    const writerTotal = cost.writerRest + (1 - onImport / 50_000) * cost.writerSeal;
    expect(Math.abs(importTotal - writerTotal)).toBeLessThan(0.0002);
  });

  it('weighs a hash check by what it costs on each thread', () => {
    const share = new SealShare();
    // A check costs the import twice what it costs the writer: even at 0.04 + 0.02·f = 0.045 + 0.01·(1 − f) → f = 0.5.
    for (let i = 0; i < 40; i++)
      batch(share, 10_000, { importRest: 0.04, writerRest: 0.045, importSeal: 0.02, writerSeal: 0.01 });
    expect(share.count(10_000) / 10_000).toBeCloseTo(0.5, 2);
  });

  it('leaves every check to the writer while the import is the busier, and all to the import when the writer cannot keep up anyway', () => {
    const busyImport = new SealShare();
    for (let i = 0; i < 20; i++)
      batch(busyImport, 1000, { importRest: 0.06, writerRest: 0.03, importSeal: 0.01, writerSeal: 0.01 });
    expect(busyImport.count(1000)).toBe(0);
    const busyWriter = new SealShare();
    for (let i = 0; i < 20; i++)
      batch(busyWriter, 1000, { importRest: 0.02, writerRest: 0.06, importSeal: 0.01, writerSeal: 0.01 });
    expect(busyWriter.count(1000)).toBe(1000);
  });

  it('follows a change in which thread is the busier', () => {
    const share = new SealShare();
    for (let i = 0; i < 30; i++)
      batch(share, 1000, { importRest: 0.02, writerRest: 0.06, importSeal: 0.01, writerSeal: 0.01 });
    expect(share.count(1000)).toBe(1000);
    for (let i = 0; i < 30; i++)
      batch(share, 1000, { importRest: 0.06, writerRest: 0.02, importSeal: 0.01, writerSeal: 0.01 });
    expect(share.count(1000)).toBe(0);
  });

  it('passes over one slow batch, and follows a lasting change within three', () => {
    const share = new SealShare();
    const cost = { importRest: 0.04, writerRest: 0.045, importSeal: 0.01, writerSeal: 0.01 };
    for (let i = 0; i < 30; i++) batch(share, 1000, cost);
    const settled = share.count(1000);
    // One batch during which the import's thread stalled (a full garbage collection, say) for five times its usual time.
    batch(share, 1000, { ...cost, importRest: 0.2 });
    expect(Math.abs(share.count(1000) - settled)).toBeLessThanOrEqual(0.05 * 1000);
    // Slower for good: within three batches, the share follows.
    for (let i = 0; i < 3; i++) batch(share, 1000, { ...cost, importRest: 0.05 });
    expect(share.count(1000)).toBe(250);
  });

  it('ignores empty batches and nonsense timings', () => {
    const share = new SealShare();
    share.importCost(0, 5, 0, 0);
    share.writerCost(0, 5, 0, 0);
    share.importCost(100, Number.NaN, 0, 0);
    share.writerCost(100, -1, 0, 0);
    expect(share.count(100)).toBe(0);
  });

  it('keeps a fixed share when given one, and refuses one outside [0, 1]', () => {
    const share = new SealShare(0.5);
    for (let i = 0; i < 10; i++)
      batch(share, 1000, { importRest: 0.06, writerRest: 0.02, importSeal: 0.01, writerSeal: 0.01 });
    expect(share.count(1000)).toBe(500);
    expect(() => new SealShare(1.5)).toThrow(RangeError);
    expect(() => new SealShare(-0.1)).toThrow(RangeError);
    expect(() => new SealShare(Number.NaN)).toThrow(RangeError);
  });
});
