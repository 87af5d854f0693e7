import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../support/dialects.js';
import { EVIDENCE, makeClaim, makeSource, uniqueHandle } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/server.js';

const ids = (bucket: { items: { id: string }[] }) => bucket.items.map((c) => c.id);

for (const dialect of testDialects()) {
  describe(`${dialect}: review queue`, () => {
    let s: TestServer;
    beforeAll(async () => {
      s = await startTestServer(dialect, { now: '2026-03-01T12:00:00.000Z' });
    });
    afterAll(async () => s.close());

    it('lists due claims oldest first, then those closing soon, and the buckets move with the clock', async () => {
      s.clock.set('2026-03-01T12:00:00.000Z');
      const editor = await s.as('editor');
      const reviewer = await s.as('reviewer');
      const tag = uniqueHandle('q');
      const make = (windowEnd: string) => makeClaim(editor, { windowStart: '2026-01-01', windowEnd, tags: [tag] });
      const late = await make('2026-02-20');
      const early = await make('2026-02-10');
      const today = await make('2026-03-01');
      const soon = await make('2026-03-10');
      const later = await make('2026-04-30');
      const resolved = await make('2026-02-15');
      expect(
        (await reviewer.post(`/api/claims/${resolved.id}/resolutions`, { outcome: 'true', evidence: EVIDENCE })).status,
      ).toBe(201);

      const q = await s.anon.get(`/api/review/queue?tag=${tag}`);
      expect(q.status).toBe(200);
      expect(q.body.today).toBe('2026-03-01');
      expect(ids(q.body.due)).toEqual([early.id, late.id]);
      expect(q.body.due.items.every((c: any) => c.status === 'due')).toBe(true);
      // The window's last day is still open: it closes soon, it is not due yet.
      expect(ids(q.body.closingSoon)).toEqual([today.id, soon.id]);
      expect(q.body.counts).toEqual({ due: 2, closingSoon: 2, awaitingConfirmation: 0 });

      s.clock.set('2026-03-05T08:00:00.000Z');
      const moved = await s.anon.get(`/api/review/queue?tag=${tag}`);
      expect(ids(moved.body.due)).toEqual([early.id, late.id, today.id]);
      expect(ids(moved.body.closingSoon)).toEqual([soon.id]);

      s.clock.set('2026-04-20T12:00:00.000Z');
      const april = await s.anon.get(`/api/review/queue?tag=${tag}`);
      expect(ids(april.body.due)).toEqual([early.id, late.id, today.id, soon.id]);
      expect(ids(april.body.closingSoon)).toEqual([later.id]);
      expect((await s.anon.get(`/api/review/queue?tag=${tag}&days=5`)).body.closingSoon.items).toHaveLength(0);
      expect(april.body.counts).toMatchObject({ due: 4, closingSoon: 1 });
      s.clock.set('2026-03-01T12:00:00.000Z');
    });

    it('drops a claim from the queue once it is resolved, early or not', async () => {
      const editor = await s.as('editor');
      const reviewer = await s.as('reviewer');
      const tag = uniqueHandle('q');
      const due = await makeClaim(editor, { windowStart: '2026-01-01', windowEnd: '2026-02-01', tags: [tag] });
      const soon = await makeClaim(editor, { windowEnd: '2026-03-03', tags: [tag] });
      expect((await s.anon.get(`/api/review/queue?tag=${tag}`)).body.counts).toMatchObject({ due: 1, closingSoon: 1 });
      await reviewer.post(`/api/claims/${due.id}/resolutions`, { outcome: 'false', evidence: EVIDENCE });
      const res = await reviewer.post(`/api/claims/${soon.id}/resolutions`, {
        outcome: 'true',
        evidence: EVIDENCE,
        early: true,
        note: 'already announced',
      });
      expect(res.status).toBe(201);
      const q = await s.anon.get(`/api/review/queue?tag=${tag}`);
      expect(q.body.counts).toMatchObject({ due: 0, closingSoon: 0 });
      expect(q.body.due.items).toEqual([]);
    });

    it('filters by source, kind, tag and publication, and pages each bucket with its own cursor', async () => {
      const editor = await s.as('editor');
      const a = await makeSource(editor);
      const b = await makeSource(editor);
      const tag = uniqueHandle('q');
      const c1 = await makeClaim(editor, {
        kind: 'BULL',
        windowStart: null,
        windowEnd: '2026-01-05',
        tags: [tag],
        sources: [{ handle: a.handle }],
      });
      const c2 = await makeClaim(editor, {
        kind: 'BEAR',
        windowStart: null,
        windowEnd: '2026-01-06',
        tags: [tag],
        sources: [{ handle: a.handle }],
      });
      const c3 = await makeClaim(editor, {
        kind: 'BULL',
        windowStart: null,
        windowEnd: '2026-01-07',
        tags: [tag],
        sources: [{ handle: b.handle }],
      });
      const pub = await editor.post('/api/publications', {
        title: `Issue ${tag}`,
        publishedOn: '2026-01-01',
        text: `Issue text ${tag}: ${a.handle} says it ships.`,
        claims: [
          {
            kind: 'WATCH',
            statement: 'It ships.',
            windowEnd: '2026-01-04',
            tags: [tag],
            sources: [{ handle: a.handle }],
          },
        ],
      });
      expect(pub.status).toBe(201);
      const q = (query: string) => s.anon.get(`/api/review/queue?tag=${tag}&${query}`);
      const all = await q('');
      expect(all.body.due.items).toHaveLength(4);
      expect(ids((await q(`source=@${a.handle.toUpperCase()}`)).body.due)).toHaveLength(3);
      expect(ids((await q(`source=${b.handle}`)).body.due)).toEqual([c3.id]);
      expect(ids((await q('kind=BULL')).body.due)).toEqual([c1.id, c3.id]);
      const bySourceAndKind = (await s.anon.get(`/api/review/queue?source=${a.handle}&kind=BULL`)).body;
      expect(ids(bySourceAndKind.due)).toEqual([c1.id]);
      expect(bySourceAndKind.counts.due).toBe(1);
      expect((await q(`source=${a.handle}&kind=BEAR`)).body.counts.due).toBe(1);
      expect((await q(`publication=${pub.body.id}`)).body.due.items.map((c: any) => c.kind)).toEqual(['WATCH']);
      expect((await q('source=nobody_at_all')).body.counts.due).toBe(0);

      const first = await q('limit=2');
      expect(first.body.due.items).toHaveLength(2);
      expect(first.body.counts.due).toBe(4);
      const second = await q(`limit=2&dueCursor=${first.body.due.nextCursor}`);
      expect(ids(second.body.due)).toEqual([c2.id, c3.id]);
      expect(second.body.due.nextCursor).toBeNull();
    });

    it('the unfiltered counts of a paged queue match the claims listed', async () => {
      s.clock.set('2026-03-01T12:00:00.000Z');
      const editor = await s.as('editor');
      const reviewer = await s.as('reviewer');
      for (const windowEnd of ['2026-02-01', '2026-02-02', '2026-02-03', '2026-03-02', '2026-03-03'])
        await makeClaim(editor, { windowStart: '2026-01-01', windowEnd });
      const listed = async () => {
        const whole = (await s.anon.get('/api/review/queue?limit=200&days=30')).body;
        expect(whole.due.nextCursor).toBeNull();
        expect(whole.closingSoon.nextCursor).toBeNull();
        return { whole, due: whole.due.items.length, closingSoon: whole.closingSoon.items.length };
      };
      const counted = async () => (await s.anon.get('/api/review/queue?limit=1&days=30')).body.counts;
      const before = await listed();
      expect(before.due).toBeGreaterThanOrEqual(3);
      expect(before.closingSoon).toBeGreaterThanOrEqual(2);
      expect(await counted()).toMatchObject({ due: before.due, closingSoon: before.closingSoon });
      // A resolution takes its claim out of the count at once; a day later, one more has come due.
      const first = before.whole.due.items[0];
      const resolved = await reviewer.post(`/api/claims/${first.id}/resolutions`, {
        outcome: 'true',
        evidence: EVIDENCE,
      });
      expect(resolved.status).toBe(201);
      expect((await counted()).due).toBe(before.due - 1);
      // Undone, it is due again and counted again (the unfiltered counts come from the read model).
      const rid = resolved.body.resolutions[0].id as string;
      expect((await reviewer.post(`/api/resolutions/${rid}/withdraw`, {})).status).toBe(200);
      expect(await counted()).toMatchObject({ due: before.due, closingSoon: before.closingSoon });
      s.clock.set('2026-03-03T12:00:00.000Z');
      const later = await listed();
      expect(await counted()).toMatchObject({ due: later.due, closingSoon: later.closingSoon });
      expect(later.due).toBeGreaterThan(before.due - 1);
    });

    it('lists a claim with several sources and tags once, each as the claim itself shows them', async () => {
      const editor = await s.as('editor');
      const [a, b] = [await makeSource(editor), await makeSource(editor)];
      const [t1, t2, t3] = [uniqueHandle('q'), uniqueHandle('q'), uniqueHandle('q')];
      const many = await makeClaim(editor, {
        windowStart: null,
        windowEnd: '2026-01-04',
        tags: [t3, t1, t2],
        sources: [
          { handle: b.handle, role: 'made' },
          { handle: a.handle, role: 'cited' },
        ],
      });
      const single = await makeClaim(editor, { windowStart: null, windowEnd: '2026-01-05', tags: [t1] });
      const queue = (await s.anon.get(`/api/review/queue?tag=${t1}`)).body;
      expect(ids(queue.due)).toEqual([many.id, single.id]);
      expect(queue.counts.due).toBe(2);
      for (const item of queue.due.items) {
        const claim = (await s.anon.get(`/api/claims/${item.id}`)).body;
        expect(item.tags).toEqual(claim.tags);
        expect(item.sources).toEqual(claim.sources);
      }
      expect(queue.due.items[0].tags).toHaveLength(3);
      expect(queue.due.items[0].sources.map((x: { handle: string }) => x.handle)).toEqual([a.handle, b.handle].sort());
    });

    it('lists each claim with its own publication and assignee, and none for a claim without', async () => {
      const editor = await s.as('editor');
      const reviewer = await s.as('reviewer');
      const me = (await reviewer.get('/api/auth/me')).body.user as { username: string };
      const tag = uniqueHandle('q');
      const source = await makeSource(editor);
      const published = async (title: string, publishedOn: string, windowEnd: string) => {
        const res = await editor.post('/api/publications', {
          title,
          publishedOn,
          text: `${title}: ${source.handle} says it ships.`,
          claims: [
            { kind: 'WATCH', statement: 'It ships.', windowEnd, tags: [tag], sources: [{ handle: source.handle }] },
          ],
        });
        expect(res.status, JSON.stringify(res.body)).toBe(201);
        return { id: res.body.id as string, claimId: res.body.claims[0].id as string };
      };
      const first = await published(`Issue one ${tag}`, '2026-01-02', '2026-01-04');
      const second = await published(`Issue two ${tag}`, '2026-01-03', '2026-01-05');
      const alone = await makeClaim(editor, { windowStart: null, windowEnd: '2026-03-05', tags: [tag] });
      const assigned = await editor.post('/api/review/assignments', { reviewer: me.username, claimId: second.claimId });
      expect(assigned.body).toEqual({ reviewer: me.username, assigned: 1 });

      const queue = (await s.anon.get(`/api/review/queue?tag=${tag}&days=30`)).body;
      expect(ids(queue.due)).toEqual([first.claimId, second.claimId]);
      expect(ids(queue.closingSoon)).toEqual([alone.id]);
      expect(queue.due.items.map((c: { publication: unknown }) => c.publication)).toEqual([
        { id: first.id, title: `Issue one ${tag}`, publishedOn: '2026-01-02' },
        { id: second.id, title: `Issue two ${tag}`, publishedOn: '2026-01-03' },
      ]);
      expect(queue.closingSoon.items[0].publication).toBeNull();
      expect(queue.assignments).toEqual({ [second.claimId]: me.username });
    });

    it('rejects bad queries with 400', async () => {
      for (const query of [
        'days=-1',
        'days=366',
        'kind=MAYBE',
        'limit=0',
        'limit=500',
        'dueCursor=garbage!',
        'source=no%20spaces',
        'publication=bad%20id',
      ])
        expect((await s.anon.get(`/api/review/queue?${query}`)).status, query).toBe(400);
    });
  });
}
