import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../support/dialects.js';
import { EVIDENCE, makeClaim, makeSource, ruling } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/server.js';

for (const dialect of testDialects()) {
  describe(`${dialect}: claims and resolutions`, () => {
    let s: TestServer;
    beforeAll(async () => {
      s = await startTestServer(dialect, { now: '2026-03-01T12:00:00.000Z' });
    });
    afterAll(async () => s.close());

    it('creates a claim alone and shows it with sources, tags, window and derived status', async () => {
      const editor = await s.as('editor');
      const src = await makeSource(editor);
      const created = await editor.post('/api/claims', {
        kind: 'BEAR',
        statement: 'Foundation model moats compress.',
        condition: 'If compute remains constrained through 2028',
        timePhrase: 'through 2028',
        windowStart: '2026-02-09',
        windowEnd: '2028-12-31',
        probability: 0.7,
        tags: ['AI', 'compute'],
        sources: [{ handle: `@${src.handle.toUpperCase()}`, role: 'made' }],
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        kind: 'BEAR',
        statement: 'Foundation model moats compress.',
        publishedStatement: 'Foundation model moats compress.',
        windowEnd: '2028-12-31',
        probability: 0.7,
        tags: ['ai', 'compute'],
        status: 'open',
        sources: [{ handle: src.handle, role: 'made' }],
      });
      expect(created.body.history).toHaveLength(1);
      expect(created.body.history[0].type).toBe('claim.created');
      const got = await s.anon.get(`/api/claims/${created.body.id}`);
      expect(got.body.id).toBe(created.body.id);
    });

    it('filters the list by source, kind, status, tag, window end and text, with a cursor', async () => {
      const editor = await s.as('editor');
      const src = await makeSource(editor);
      const made = [];
      for (let i = 0; i < 3; i++)
        made.push(
          await makeClaim(editor, {
            statement: `Filter probe ${i} ships`,
            windowEnd: `2026-0${i + 2}-15`,
            tags: ['probe'],
            sources: [{ handle: src.handle }],
          }),
        );
      const bySource = await s.anon.get(`/api/claims?source=${src.handle}&limit=2`);
      expect(bySource.body.items).toHaveLength(2);
      const next = await s.anon.get(`/api/claims?source=${src.handle}&limit=2&cursor=${bySource.body.nextCursor}`);
      expect(next.body.items).toHaveLength(1);
      expect(next.body.nextCursor).toBeNull();
      const ids = [...bySource.body.items, ...next.body.items].map((c: any) => c.id).sort();
      expect(ids).toEqual(made.map((m) => m.id).sort());
      // Today is 2026-03-01: the claim ending 2026-02-15 is due, the others open.
      const due = await s.anon.get(`/api/claims?source=${src.handle}&status=due`);
      expect(due.body.items.map((c: any) => c.windowEnd)).toEqual(['2026-02-15']);
      expect((await s.anon.get(`/api/claims?source=${src.handle}&status=open`)).body.items).toHaveLength(2);
      expect((await s.anon.get(`/api/claims?tag=probe&endsBefore=2026-03-15`)).body.items).toHaveLength(2);
      expect((await s.anon.get(`/api/claims?tag=probe&endsAfter=2026-03-15`)).body.items).toHaveLength(2);
      expect((await s.anon.get(`/api/claims?q=FILTER%20PROBE%201`)).body.items).toHaveLength(1);
      // words match like the site search: any order, stems and prefixes, whole words only
      expect((await s.anon.get(`/api/claims?source=${src.handle}&q=ship%20filt`)).body.items).toHaveLength(3);
      expect((await s.anon.get(`/api/claims?source=${src.handle}&q=ilter`)).body.items).toHaveLength(0);
      expect((await s.anon.get(`/api/claims?source=${src.handle}&q=%25%25`)).body.items).toHaveLength(0);
      expect((await s.anon.get(`/api/claims?kind=WATCH&tag=probe`)).body.items).toHaveLength(0);
      expect((await s.anon.get(`/api/claims?source=nobody_here`)).body.items).toHaveLength(0);
    });

    it('lists due claims newest first under every filter, page by page, as the unfiltered list shows them', async () => {
      const editor = await s.as('editor');
      const reviewer = await s.as('reviewer');
      const [a, b] = [await makeSource(editor), await makeSource(editor)];
      const specs = [
        ['BULL', '2026-01-10', [a], ['duecheck']],
        ['BEAR', '2026-02-10', [a, b], ['duecheck', 'other']],
        ['BULL', '2026-02-20', [b], ['other']],
        ['WATCH', '2026-02-27', [a], []],
        ['BULL', '2026-03-10', [a], ['duecheck']],
        ['CLAIM', '2026-01-05', [b], ['duecheck']],
      ] as const;
      const made = [];
      for (const [kind, windowEnd, sources, tags] of specs)
        made.push(
          await makeClaim(editor, {
            kind,
            statement: `Due probe ${kind} ${windowEnd} lands`,
            windowStart: '2025-12-01',
            windowEnd,
            tags,
            sources: sources.map((x) => ({ handle: x.handle })),
          }),
        );
      // A resolved claim is due no more.
      expect((await reviewer.post(`/api/claims/${made[5]!.id}/resolutions`, ruling('true'))).status).toBe(201);
      const pages = async (query: string) => {
        const ids: string[] = [];
        let cursor = '';
        do {
          const res = await s.anon.get(`/api/claims?${query}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
          expect(res.status).toBe(200);
          ids.push(...res.body.items.map((c: any) => c.id));
          cursor = res.body.nextCursor ?? '';
        } while (cursor);
        return ids;
      };
      for (const filter of [
        `source=${a.handle}`,
        `source=${b.handle}&kind=BEAR`,
        `source=${a.handle}&tag=duecheck`,
        'tag=duecheck',
        'tag=duecheck&kind=BULL',
        `source=${a.handle}&endsAfter=2026-02-01&endsBefore=2026-02-27`,
        `source=${a.handle}&q=due%20probe`,
      ]) {
        const all = (await s.anon.get(`/api/claims?${filter}&limit=100`)).body.items as any[];
        const want = all.filter((c) => c.status === 'due').map((c) => c.id);
        expect(await pages(`${filter}&status=due`), filter).toEqual(want);
        expect(want.length, filter).toBeGreaterThan(0);
      }
      expect(await pages(`source=${a.handle}&status=due`)).toEqual([made[3]!.id, made[1]!.id, made[0]!.id]);
      expect(await pages(`source=${b.handle}&status=due&kind=CLAIM`)).toEqual([]);
      expect(await pages('source=nobody_here&status=due')).toEqual([]);
    });

    it('amends with a reason and keeps the words first published', async () => {
      const editor = await s.as('editor');
      const claim = await makeClaim(editor, { statement: 'Teh supply crunch lasts through 2028.' });
      const amended = await editor.patch(`/api/claims/${claim.id}`, {
        statement: 'The supply crunch lasts through 2028.',
        windowEnd: '2028-12-31',
        reason: 'typo and window',
      });
      expect(amended.status).toBe(200);
      expect(amended.body.statement).toBe('The supply crunch lasts through 2028.');
      expect(amended.body.publishedStatement).toBe('Teh supply crunch lasts through 2028.');
      expect(amended.body.amendedAt).not.toBeNull();
      const amendEvent = amended.body.history.find((h: any) => h.type === 'claim.amended');
      expect(amendEvent.payload).toMatchObject({
        reason: 'typo and window',
        changes: { statement: 'The supply crunch lasts through 2028.' },
      });
    });

    it('resolves true/false/partial/void, corrects by superseding, and keeps every resolution', async () => {
      const editor = await s.as('editor');
      const reviewer = await s.as('reviewer');
      const claim = await makeClaim(editor);
      const first = await reviewer.post(`/api/claims/${claim.id}/resolutions`, {
        outcome: 'true',
        evidence: EVIDENCE,
        note: 'shipped',
      });
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({ status: 'resolved', outcome: 'true', credit: 1 });
      const firstId = first.body.resolutions[0].id;
      const again = await reviewer.post(`/api/claims/${claim.id}/resolutions`, {
        outcome: 'false',
        evidence: EVIDENCE,
      });
      expect(again.status).toBe(409);
      const noReason = await reviewer.post(`/api/claims/${claim.id}/resolutions`, {
        outcome: 'partial',
        credit: 0.4,
        evidence: EVIDENCE,
        supersedes: firstId,
      });
      expect(noReason.status).toBe(400);
      const corrected = await reviewer.post(`/api/claims/${claim.id}/resolutions`, {
        outcome: 'partial',
        credit: 0.4,
        evidence: EVIDENCE,
        supersedes: firstId,
        reason: 'only half shipped',
      });
      expect(corrected.status).toBe(201);
      expect(corrected.body).toMatchObject({ status: 'resolved', outcome: 'partial', credit: 0.4 });
      expect(corrected.body.resolutions).toHaveLength(2);
      expect(corrected.body.resolutions[0]).toMatchObject({
        id: firstId,
        outcome: 'true',
        supersededBy: corrected.body.resolutions[1].id,
      });
      expect(corrected.body.resolutions[1]).toMatchObject({
        supersedes: firstId,
        reason: 'only half shipped',
        reviewer: 'reviewer2',
      });
      const stale = await reviewer.post(`/api/claims/${claim.id}/resolutions`, {
        outcome: 'void',
        voidReason: 'ambiguous',
        supersedes: firstId,
        reason: 'x',
      });
      expect(stale.status).toBe(409);
      const voided = await reviewer.post(`/api/claims/${claim.id}/resolutions`, {
        outcome: 'void',
        voidReason: 'ambiguous',
        supersedes: corrected.body.resolutions[1].id,
        reason: 'criteria unclear',
      });
      expect(voided.body).toMatchObject({ status: 'void', outcome: 'void', credit: null });
    });

    it('needs "early" to resolve before the window ends', async () => {
      const editor = await s.as('editor');
      const reviewer = await s.as('reviewer');
      const claim = await makeClaim(editor, { windowEnd: '2027-01-01' });
      const before = await s.counts();
      const res = await reviewer.post(`/api/claims/${claim.id}/resolutions`, { outcome: 'true', evidence: EVIDENCE });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain('early');
      expect(await s.counts()).toEqual(before);
      const early = await reviewer.post(`/api/claims/${claim.id}/resolutions`, {
        outcome: 'true',
        evidence: EVIDENCE,
        early: true,
        note: 'announced already',
      });
      expect(early.status).toBe(201);
      expect(early.body.resolutions[0].early).toBe(true);
    });

    it('of two racing resolutions of one claim exactly one wins; the other gets a 409', async () => {
      const editor = await s.as('editor');
      const reviewer = await s.as('reviewer');
      const claim = await makeClaim(editor);
      const results = await Promise.all(
        ['true', 'false', 'true', 'false', 'true'].map((outcome) =>
          reviewer.post(`/api/claims/${claim.id}/resolutions`, { outcome, evidence: EVIDENCE }),
        ),
      );
      expect(results.filter((r) => r.status === 201)).toHaveLength(1);
      expect(results.filter((r) => r.status === 409)).toHaveLength(4);
      expect((await s.anon.get(`/api/claims/${claim.id}`)).body.resolutions).toHaveLength(1);
    });

    it('rejects bad claims and resolutions with 4xx and changes nothing', async () => {
      const editor = await s.as('editor');
      const reviewer = await s.as('reviewer');
      const claim = await makeClaim(editor);
      const src = await makeSource(editor);
      const before = await s.counts();
      const base = { kind: 'CLAIM', statement: 'x', windowEnd: '2026-12-31', sources: [{ handle: src.handle }] };
      const bad: [unknown, number][] = [
        [{ ...base, windowEnd: undefined }, 400],
        [{ ...base, windowStart: '2027-01-01' }, 400],
        [{ ...base, windowEnd: '2026-02-30' }, 400],
        [{ ...base, probability: 1.5 }, 400],
        [{ ...base, probability: -0.1 }, 400],
        [{ ...base, kind: 'MAYBE' }, 400],
        [{ ...base, statement: 'x'.repeat(2001) }, 400],
        [{ ...base, sources: [{ handle: 'not_a_source' }] }, 400],
        [{ ...base, publicationId: 'nope' }, 404],
        [{ ...base, surprise: true }, 400],
      ];
      for (const [body, status] of bad) {
        const res = await editor.post('/api/claims', body);
        expect(res.status, JSON.stringify(body)).toBe(status);
        expect(res.body.error.code).toBeTypeOf('string');
      }
      const badResolutions: [unknown, number][] = [
        [{ outcome: 'true' }, 400],
        [{ outcome: 'partial', evidence: ['https://e.com'] }, 400],
        [{ outcome: 'partial', credit: 2, evidence: ['https://e.com'] }, 400],
        [{ outcome: 'void' }, 400],
        [{ outcome: 'void', voidReason: 'condition_not_met' }, 400],
        [{ outcome: 'true', evidence: ['not a url'] }, 400],
        [{ outcome: 'yes', evidence: ['https://e.com'] }, 400],
      ];
      for (const [body, status] of badResolutions) {
        const res = await reviewer.post(`/api/claims/${claim.id}/resolutions`, body);
        expect(res.status, JSON.stringify(body)).toBe(status);
      }
      expect(
        (await reviewer.post('/api/claims/nope/resolutions', { outcome: 'true', evidence: EVIDENCE })).status,
      ).toBe(404);
      expect((await editor.patch(`/api/claims/${claim.id}`, { statement: 'y' })).status).toBe(400);
      expect((await editor.patch(`/api/claims/${claim.id}`, { reason: 'nothing' })).status).toBe(400);
      expect(
        (await editor.patch(`/api/claims/${claim.id}`, { reason: 'bad window', windowStart: '2030-01-01' })).status,
      ).toBe(400);
      expect((await editor.patch('/api/claims/nope', { reason: 'x y z', statement: 'y' })).status).toBe(404);
      expect((await s.anon.get('/api/claims?status=weird')).status).toBe(400);
      expect((await s.anon.get('/api/claims?cursor=garbage!')).status).toBe(400);
      expect((await s.anon.get('/api/claims/nope')).status).toBe(404);
      expect(await s.counts()).toEqual(before);
    });
  });
}
