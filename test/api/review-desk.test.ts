import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/server/auth/service.js';
import { verifyLedger } from '../../src/server/replay/index.js';
import { testDialects } from '../support/dialects.js';
import { EVIDENCE, makeClaim, makeSource, uniqueHandle } from '../support/factories.js';
import { PASSWORD, startTestServer, type Client, type TestServer } from '../support/server.js';

// The reviewer's desk (issue 25): no verdict without an outcome, undo as a correction event,
// recent rulings, assignments and digest preferences.
for (const dialect of testDialects()) {
  describe(`${dialect}: the reviewer's desk`, () => {
    let s: TestServer;
    let ann: Client;
    let bob: Client;
    let editor: Client;
    const reviewer = async (name: string) => {
      await createUser(s.ctx, { username: name, displayName: name, role: 'reviewer', password: PASSWORD });
      return s.signIn(name, PASSWORD);
    };
    beforeAll(async () => {
      s = await startTestServer(dialect, { now: '2026-03-01T12:00:00.000Z' });
      ann = await reviewer('ann_desk');
      bob = await reviewer('bob_desk');
      editor = await s.as('editor');
    });
    afterAll(async () => s.close());

    it('refuses a resolution without an outcome (400), records nothing', async () => {
      const claim = await makeClaim(editor);
      const res = await ann.post(`/api/claims/${claim.id}/resolutions`, { evidence: EVIDENCE, note: 'x' });
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body)).toContain('outcome');
      expect((await s.anon.get(`/api/claims/${claim.id}`)).body.status).toBe('due');
    });

    it('undo records resolution.withdrawn and returns the claim to open; verify still passes', async () => {
      const claim = await makeClaim(editor);
      const resolved = await ann.post(`/api/claims/${claim.id}/resolutions`, { outcome: 'true', evidence: EVIDENCE });
      expect(resolved.status).toBe(201);
      const rid = resolved.body.resolutions[0].id;
      expect((await bob.post(`/api/resolutions/${rid}/withdraw`, {})).status).toBe(403);
      s.clock.advance(5_000);
      const undone = await ann.post(`/api/resolutions/${rid}/withdraw`, {});
      expect(undone.status).toBe(200);
      expect(undone.body).toMatchObject({ status: 'due', outcome: null, credit: null, resolvedAt: null });
      expect(undone.body.resolutions[0]).toMatchObject({ id: rid, withdrawnBy: 'ann_desk' });
      expect(undone.body.history.map((e: { type: string }) => e.type)).toEqual([
        'claim.created',
        'resolution.recorded',
        'resolution.withdrawn',
      ]);
      expect((await ann.post(`/api/resolutions/${rid}/withdraw`, {})).status).toBe(409);
      // Back in the queue, and resolvable again.
      const again = await ann.post(`/api/claims/${claim.id}/resolutions`, { outcome: 'false', evidence: EVIDENCE });
      expect(again.status).toBe(201);
      expect(again.body.outcome).toBe('false');
      expect((await verifyLedger(s.db.db)).ok).toBe(true);
    });

    it('undoing a correction restores the ruling it superseded; too late → 409', async () => {
      const claim = await makeClaim(editor);
      const first = await ann.post(`/api/claims/${claim.id}/resolutions`, { outcome: 'true', evidence: EVIDENCE });
      const firstId = first.body.resolutions[0].id;
      s.clock.advance(1_000);
      const corr = await bob.post(`/api/claims/${claim.id}/resolutions`, {
        outcome: 'partial',
        credit: 0.5,
        evidence: EVIDENCE,
        supersedes: firstId,
        reason: 'only half of it happened',
      });
      expect(corr.body).toMatchObject({ outcome: 'partial', credit: 0.5 });
      const corrId = corr.body.resolutions.find((r: { supersedes: string | null }) => r.supersedes === firstId).id;
      const undone = await bob.post(`/api/resolutions/${corrId}/withdraw`, { reason: 'wrong claim, sorry' });
      expect(undone.status).toBe(200);
      expect(undone.body).toMatchObject({ outcome: 'true', credit: 1, resolvedAt: first.body.resolvedAt });
      expect(undone.body.resolutions.find((r: { id: string }) => r.id === firstId).supersededBy).toBeNull();
      s.clock.advance(10 * 60_000);
      expect((await ann.post(`/api/resolutions/${firstId}/withdraw`, {})).status).toBe(409);
      expect((await verifyLedger(s.db.db)).ok).toBe(true);
    });

    it('recently resolved lists rulings newest first, mine or everyone’s, with what a correction needs', async () => {
      const claim = await makeClaim(editor);
      const first = await ann.post(`/api/claims/${claim.id}/resolutions`, { outcome: 'false', evidence: EVIDENCE });
      const firstId = first.body.resolutions[0].id;
      s.clock.advance(1_000);
      const corr = await ann.post(`/api/claims/${claim.id}/resolutions`, {
        outcome: 'true',
        evidence: EVIDENCE,
        supersedes: firstId,
        reason: 'misread the report',
      });
      const corrId = corr.body.resolutions.find((r: { supersedes: string | null }) => r.supersedes === firstId).id;
      const listed = (await ann.get('/api/review/recent?mine=true&limit=50')).body.items;
      expect(listed.find((r: { resolutionId: string }) => r.resolutionId === firstId)).toMatchObject({
        current: false,
        supersededBy: corrId,
      });
      expect(listed.find((r: { resolutionId: string }) => r.resolutionId === corrId)).toMatchObject({
        current: true,
        supersededBy: null,
      });
      const mine = await ann.get('/api/review/recent?mine=true&limit=50');
      expect(mine.status).toBe(200);
      expect(mine.body.items.every((r: { reviewer: string }) => r.reviewer === 'ann_desk')).toBe(true);
      const all = await ann.get('/api/review/recent?limit=50');
      expect(all.body.items.length).toBeGreaterThanOrEqual(mine.body.items.length);
      // Bob's only ruling was withdrawn: withdrawn rulings are not listed.
      expect((await bob.get('/api/review/recent?mine=true')).body.items).toEqual([]);
      const top = all.body.items[0];
      expect(top).toMatchObject({ evidence: EVIDENCE, note: expect.any(String), current: expect.any(Boolean) });
      const dates = all.body.items.map((r: { createdAt: string }) => r.createdAt);
      expect([...dates].sort().reverse()).toEqual(dates);
      expect((await s.anon.get('/api/review/recent')).status).toBe(401);
    });

    it('an editor assigns a claim, a source or a tag; the queue filters "assigned to me"', async () => {
      const src = await makeSource(editor);
      const tag = uniqueHandle('t');
      const a = await makeClaim(editor, { sources: [{ handle: src.handle, role: 'made' }], tags: [tag] });
      const b = await makeClaim(editor, { sources: [{ handle: src.handle, role: 'made' }] });
      const c = await makeClaim(editor, { tags: [tag] });
      expect((await ann.post('/api/review/assignments', { reviewer: 'ann_desk', claimId: a.id })).status).toBe(403);
      expect((await editor.post('/api/review/assignments', { reviewer: 'nobody_x', claimId: a.id })).status).toBe(400);
      expect((await editor.post('/api/review/assignments', { reviewer: 'ann_desk' })).status).toBe(400);
      const bySource = await editor.post('/api/review/assignments', { reviewer: 'ann_desk', source: src.handle });
      expect(bySource.body).toEqual({ reviewer: 'ann_desk', assigned: 2 });
      const byTag = await editor.post('/api/review/assignments', { reviewer: 'bob_desk', tag });
      expect(byTag.body.assigned).toBe(2);
      const annQueue = await ann.get('/api/review/queue?assigned=me');
      expect(annQueue.body.due.items.map((x: { id: string }) => x.id)).toEqual([b.id]);
      expect(annQueue.body.assignments).toEqual({ [b.id]: 'ann_desk' });
      const bobQueue = await bob.get('/api/review/queue?assigned=me');
      expect(bobQueue.body.due.items.map((x: { id: string }) => x.id).sort()).toEqual([a.id, c.id].sort());
      expect((await s.anon.get('/api/review/queue?assigned=me')).status).toBe(401);
      expect((await editor.del(`/api/review/assignments/${a.id}`)).status).toBe(204);
      expect((await bob.get('/api/review/queue?assigned=me')).body.due.items).toHaveLength(1);
    });

    it('a reviewer opts in and out of the digest; an address is needed to opt in', async () => {
      expect((await ann.get('/api/review/prefs')).body).toEqual({ email: null, digest: false });
      expect((await ann.patch('/api/review/prefs', { email: null, digest: true })).status).toBe(400);
      const on = await ann.patch('/api/review/prefs', { email: 'ann@example.com', digest: true });
      expect(on.body).toEqual({ email: 'ann@example.com', digest: true });
      const off = await ann.patch('/api/review/prefs', { email: 'ann@example.com', digest: false });
      expect(off.body.digest).toBe(false);
    });
  });
}
