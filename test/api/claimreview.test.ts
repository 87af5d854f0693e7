import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClaimReviewJsonLd } from '../../src/shared/api/claimreview.js';
import { testDialects } from '../support/dialects.js';
import { EVIDENCE, makeClaim, makeSource, uniqueHandle } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/server.js';

for (const dialect of testDialects()) {
  describe(`${dialect}: ClaimReview JSON-LD`, () => {
    let s: TestServer;
    beforeAll(async () => {
      s = await startTestServer(dialect, { now: '2026-03-01T12:00:00.000Z' });
    });
    afterAll(async () => s.close());

    const review = async (id: string) => {
      const res = await fetch(`${s.baseUrl}/api/claims/${id}/claimreview`);
      return { status: res.status, type: res.headers.get('content-type'), body: await res.json() };
    };

    it('describes a resolved claim as schema.org ClaimReview', async () => {
      const editor = await s.as('editor');
      const reviewer = await s.as('reviewer');
      const person = await makeSource(editor, { displayName: 'Ann Analyst', url: 'https://ann.example.com' });
      const outlet = await makeSource(editor, { displayName: 'The Wire', kind: 'outlet' });
      const tag = uniqueHandle('r');
      const pub = await editor.post('/api/publications', {
        title: 'Issue 12',
        publishedOn: '2026-01-15',
        url: 'https://news.example.com/issue-12',
        text: `Issue 12 ${tag}: rates fall.`,
        claims: [
          {
            kind: 'BEAR',
            statement: 'Rates fall by June.',
            windowEnd: '2026-02-28',
            sources: [{ handle: person.handle }, { handle: outlet.handle, role: 'cited' }],
          },
        ],
      });
      const claimId = pub.body.claims[0].id;
      await reviewer.post(`/api/claims/${claimId}/resolutions`, {
        outcome: 'true',
        evidence: EVIDENCE,
        note: 'The Fed cut in May.',
      });
      const res = await review(claimId);
      expect(res.status).toBe(200);
      expect(res.type).toBe('application/ld+json; charset=utf-8');
      expect(ClaimReviewJsonLd.safeParse(res.body).success).toBe(true);
      expect(res.body).toEqual({
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        url: `http://localhost/claims/${claimId}`,
        datePublished: '2026-03-01',
        claimReviewed: 'Rates fall by June.',
        reviewBody: 'The Fed cut in May.',
        author: { '@type': 'Organization', name: 'Track Record', url: 'http://localhost/' },
        reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 1, worstRating: 0, alternateName: 'True' },
        itemReviewed: {
          '@type': 'Claim',
          author: [{ '@type': 'Person', name: 'Ann Analyst', url: 'https://ann.example.com' }],
          datePublished: '2026-01-15',
          appearance: [{ '@type': 'CreativeWork', url: 'https://news.example.com/issue-12' }],
        },
      });
    });

    it('rates false as 0, partial by its credit, and void without a number', async () => {
      const editor = await s.as('editor');
      const reviewer = await s.as('reviewer');
      const f = await makeClaim(editor);
      const p = await makeClaim(editor);
      const v = await makeClaim(editor);
      await reviewer.post(`/api/claims/${f.id}/resolutions`, { outcome: 'false', evidence: EVIDENCE });
      await reviewer.post(`/api/claims/${p.id}/resolutions`, { outcome: 'partial', credit: 0.4, evidence: EVIDENCE });
      await reviewer.post(`/api/claims/${v.id}/resolutions`, { outcome: 'void', voidReason: 'withdrawn' });
      expect((await review(f.id)).body.reviewRating).toMatchObject({ ratingValue: 0, alternateName: 'False' });
      expect((await review(p.id)).body.reviewRating).toMatchObject({ ratingValue: 0.4, alternateName: 'Partly true' });
      const voided = (await review(v.id)).body;
      expect(voided.reviewRating).toEqual({
        '@type': 'Rating',
        bestRating: 1,
        worstRating: 0,
        alternateName: 'Void: withdrawn',
      });
      expect(voided.itemReviewed.datePublished).toBe('2026-03-01');
    });

    it('is 404 for an unknown claim and for a claim with no resolution yet', async () => {
      const editor = await s.as('editor');
      const open = await makeClaim(editor);
      const unresolved = await review(open.id);
      expect(unresolved.status).toBe(404);
      expect(unresolved.body.error.message).toContain('no resolution');
      expect((await review('no-such-claim')).status).toBe(404);
      expect((await fetch(`${s.baseUrl}/api/claims/bad%20id/claimreview`)).status).toBe(400);
      // The claim routes behind it still answer.
      expect((await s.anon.get(`/api/claims/${open.id}`)).status).toBe(200);
    });
  });
}
