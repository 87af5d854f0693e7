import { describe, expect, it } from 'vitest';
import { collectDigests, ESCALATION_CAP } from '../../src/server/digest/collect.js';
import { testDialects } from '../support/dialects.js';
import { EVIDENCE, makeClaim, makeSource } from '../support/factories.js';
import { startTestServer } from '../support/server.js';

// The admins' escalation list reads the unresolved claims from the queue keys by kind and counts
// the rest from the open counts per day: no index on the claims lists the unresolved ones.
for (const dialect of testDialects()) {
  describe(`${dialect}: the digest's escalation`, () => {
    it('lists the oldest overdue claims of every kind in order, capped, and counts the rest', async () => {
      const s = await startTestServer(dialect, { now: '2026-03-01T12:00:00.000Z' });
      try {
        const editor = await s.as('editor');
        const reviewer = await s.as('reviewer');
        await s.as('admin');
        const source = await makeSource(editor);
        const kinds = ['BULL', 'BEAR', 'WATCH', 'CLAIM'];
        const made: { id: string; windowEnd: string }[] = [];
        for (let i = 0; i < ESCALATION_CAP + 4; i++) {
          const windowEnd = `2026-01-${String(1 + (i % 28)).padStart(2, '0')}`;
          const claim = await makeClaim(editor, {
            kind: kinds[i % 4],
            windowStart: '2025-12-01',
            windowEnd,
            sources: [{ handle: source.handle, role: 'made' }],
          });
          made.push({ id: claim.id, windowEnd });
        }
        // Resolved and not yet overdue claims are left out.
        await makeClaim(editor, { windowStart: '2026-01-01', windowEnd: '2026-02-27' });
        const resolved = made.pop()!;
        expect(
          (await reviewer.post(`/api/claims/${resolved.id}/resolutions`, { outcome: 'true', evidence: EVIDENCE }))
            .status,
        ).toBe(201);
        const { username } = await s.db.db
          .selectFrom('users')
          .select('username')
          .where('role', '=', 'admin')
          .executeTakeFirstOrThrow();
        await s.db.db
          .insertInto('reviewer_prefs')
          .values({ username, email: 'admin@example.com', digest: 1, lastDigestOn: null, updatedAt: '2026-03-01' })
          .execute();
        const [digest] = await collectDigests(s.db.db, '2026-03-01', { dueDays: 3, escalateDays: 7 });
        const order = (a: { id: string; windowEnd: string }, b: { id: string; windowEnd: string }) =>
          a.windowEnd < b.windowEnd ? -1 : a.windowEnd > b.windowEnd ? 1 : a.id < b.id ? -1 : 1;
        expect(digest!.escalated.map((c) => c.id)).toEqual(
          [...made]
            .sort(order)
            .slice(0, ESCALATION_CAP)
            .map((c) => c.id),
        );
        expect(digest!.escalatedMore).toBe(made.length - ESCALATION_CAP);
      } finally {
        await s.close();
      }
    });
  });
}
