import { describe, expect, it } from 'vitest';
import { newId } from '../../../src/server/ids.js';

// Ids take their random bits from a pool refilled every 512 ids (server/ids.ts).
describe('newId', () => {
  it('gives distinct, well-formed ids that sort in creation order, across refills of its random pool', () => {
    const at = new Date('2026-03-01T12:00:00.000Z');
    const ids = Array.from({ length: 3000 }, () => newId(at));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect([...ids].sort()).toEqual(ids);
    // The random part differs from one id to the next, not only the counter.
    const randomParts = new Set(ids.map((id) => id.slice(-12)));
    expect(randomParts.size).toBe(ids.length);
  });
});
