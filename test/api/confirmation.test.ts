import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/server/auth/service.js';
import { testDialects } from '../support/dialects.js';
import { EVIDENCE, makeClaim, uniqueHandle } from '../support/factories.js';
import { PASSWORD, startTestServer, type Client, type TestServer } from '../support/server.js';

for (const dialect of testDialects()) {
  describe(`${dialect}: second-reviewer confirmation`, () => {
    let s: TestServer;
    let first: Client;
    let second: Client;
    let third: Client;
    const reviewer = async (name: string) => {
      await createUser(s.ctx, { username: name, displayName: name, role: 'reviewer', password: PASSWORD });
      return s.signIn(name, PASSWORD);
    };
    beforeAll(async () => {
      s = await startTestServer(dialect, { now: '2026-03-01T12:00:00.000Z', config: { requireConfirmation: true } });
      first = await reviewer('first_reviewer');
      second = await reviewer('second_reviewer');
      third = await reviewer('third_reviewer');
    });
    afterAll(async () => s.close());

    it('a pending resolution does not count, shows in the queue, and its author cannot confirm it', async () => {
      const editor = await s.as('editor');
      const tag = uniqueHandle('c');
      const claim = await makeClaim(editor, { tags: [tag] });
      const res = await first.post(`/api/claims/${claim.id}/resolutions`, {
        outcome: 'true',
        evidence: EVIDENCE,
        note: 'shipped',
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ status: 'due', outcome: null, credit: null, resolvedAt: null });
      expect(res.body.resolutions).toHaveLength(1);
      const pending = res.body.resolutions[0];
      expect(pending).toMatchObject({ reviewer: 'first_reviewer', confirmedBy: null, confirmedAt: null });

      const queue = await s.anon.get(`/api/review/queue?tag=${tag}`);
      expect(queue.body.counts).toMatchObject({ due: 1, awaitingConfirmation: 1 });
      expect(queue.body.awaitingConfirmation).toEqual([
        {
          resolutionId: pending.id,
          claimId: claim.id,
          statement: res.body.statement,
          outcome: 'true',
          reviewer: 'first_reviewer',
          createdAt: pending.createdAt,
        },
      ]);
      // While it waits, nobody can record a competing resolution.
      expect(
        (await second.post(`/api/claims/${claim.id}/resolutions`, { outcome: 'false', evidence: EVIDENCE })).status,
      ).toBe(409);

      const before = await s.counts();
      const own = await first.post(`/api/resolutions/${pending.id}/confirm`);
      expect(own.status).toBe(403);
      expect(own.body.error.code).toBe('forbidden');
      expect(await s.counts()).toEqual(before);
      expect((await s.anon.get(`/api/claims/${claim.id}`)).body.outcome).toBeNull();
    });

    it('another reviewer confirms: it counts from then on; a second confirmation is a 409', async () => {
      const editor = await s.as('editor');
      const tag = uniqueHandle('c');
      const claim = await makeClaim(editor, { tags: [tag] });
      const res = await first.post(`/api/claims/${claim.id}/resolutions`, {
        outcome: 'partial',
        credit: 0.25,
        evidence: EVIDENCE,
      });
      const id = res.body.resolutions[0].id;
      const confirmed = await second.post(`/api/resolutions/${id}/confirm`);
      expect(confirmed.status).toBe(200);
      expect(confirmed.body).toMatchObject({ status: 'resolved', outcome: 'partial', credit: 0.25 });
      expect(confirmed.body.resolutions[0]).toMatchObject({ id, confirmedBy: 'second_reviewer' });
      expect(confirmed.body.history.map((h: any) => h.type)).toEqual([
        'claim.created',
        'resolution.recorded',
        'resolution.confirmed',
      ]);
      const queue = await s.anon.get(`/api/review/queue?tag=${tag}`);
      expect(queue.body.counts).toMatchObject({ due: 0, awaitingConfirmation: 0 });

      const before = await s.counts();
      const again = await third.post(`/api/resolutions/${id}/confirm`);
      expect(again.status).toBe(409);
      expect(await s.counts()).toEqual(before);
      expect((await third.post('/api/resolutions/not-a-resolution/confirm')).status).toBe(404);
      expect((await s.anon.post(`/api/resolutions/${id}/confirm`)).status).toBe(401);
      expect((await (await s.as('editor')).post(`/api/resolutions/${id}/confirm`)).status).toBe(403);
    });

    it('of two reviewers confirming at once exactly one wins; the other gets a 409', async () => {
      const editor = await s.as('editor');
      const claim = await makeClaim(editor);
      const id = (await first.post(`/api/claims/${claim.id}/resolutions`, { outcome: 'false', evidence: EVIDENCE }))
        .body.resolutions[0].id;
      const results = await Promise.all([
        second.post(`/api/resolutions/${id}/confirm`),
        third.post(`/api/resolutions/${id}/confirm`),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      const detail = await s.anon.get(`/api/claims/${claim.id}`);
      expect(detail.body.history.filter((h: any) => h.type === 'resolution.confirmed')).toHaveLength(1);
    });

    it('a correction also waits for confirmation; until then the earlier resolution still counts', async () => {
      const editor = await s.as('editor');
      const claim = await makeClaim(editor);
      const firstId = (await first.post(`/api/claims/${claim.id}/resolutions`, { outcome: 'true', evidence: EVIDENCE }))
        .body.resolutions[0].id;
      await second.post(`/api/resolutions/${firstId}/confirm`);
      const fix = await second.post(`/api/claims/${claim.id}/resolutions`, {
        outcome: 'false',
        evidence: EVIDENCE,
        supersedes: firstId,
        reason: 'misread the filing',
      });
      expect(fix.status).toBe(201);
      expect(fix.body).toMatchObject({ outcome: 'true' });
      const fixId = fix.body.resolutions[1].id;
      const queue = await s.anon.get('/api/review/queue?limit=200');
      expect(queue.body.awaitingConfirmation.map((r: any) => r.resolutionId)).toContain(fixId);
      expect(queue.body.awaitingConfirmation.map((r: any) => r.resolutionId)).not.toContain(firstId);
      const done = await third.post(`/api/resolutions/${fixId}/confirm`);
      expect(done.body).toMatchObject({ outcome: 'false' });
      expect(done.body.resolutions[0]).toMatchObject({ id: firstId, supersededBy: fixId });
    });
  });
}
