import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../support/dialects.js';
import { EVIDENCE, makeClaim } from '../../support/factories.js';
import { parsePrometheus } from '../../support/prometheus.js';
import { PASSWORD, startTestServer, type TestServer } from '../../support/server.js';

const TOKEN = 'metrics-token-for-tests-0123456789';

for (const dialect of testDialects())
  describe(`${dialect}: /metrics`, () => {
    let ts: TestServer;
    beforeAll(async () => {
      ts = await startTestServer(dialect, {
        now: '2026-06-01T12:00:00.000Z',
        config: { metricsToken: TOKEN, webhooksAllowPrivate: true },
      });
    });
    afterAll(() => ts.close());

    const scrape = async () => {
      const res = await fetch(`${ts.baseUrl}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/plain');
      return parsePrometheus(await res.text());
    };

    it('answers only the metrics token', async () => {
      expect((await fetch(`${ts.baseUrl}/metrics`)).status).toBe(401);
      const wrong = await fetch(`${ts.baseUrl}/metrics`, { headers: { authorization: `Bearer ${TOKEN}x` } });
      expect(wrong.status).toBe(401);
      expect(((await wrong.json()) as { error: { code: string } }).error.code).toBe('unauthenticated');
    });

    it('is off (404) without a token configured', async () => {
      const off = await startTestServer(dialect);
      try {
        expect((await fetch(`${off.baseUrl}/metrics`)).status).toBe(404);
      } finally {
        await off.close();
      }
    });

    it('parses as Prometheus text, and its counters move with the requests made', async () => {
      const editor = await ts.as('editor');
      const reviewer = await ts.as('reviewer');
      const admin = await ts.as('admin');
      const before = await scrape();
      const sourcesOk = { method: 'GET', route: '/api/sources', status: '200' };

      for (let i = 0; i < 3; i++) expect((await ts.anon.get('/api/sources')).status).toBe(200);
      expect((await ts.anon.get('/api/claims/nope')).status).toBe(404);
      const wrong = await ts.anon.post('/api/auth/signin', { username: 'editor1', password: `${PASSWORD}x` });
      expect(wrong.status).toBe(401);
      await admin.post('/api/webhooks', { url: 'http://127.0.0.1:9/hook' });
      const due = await makeClaim(editor, { windowEnd: '2026-05-20' });
      await makeClaim(editor, { windowEnd: '2026-03-01' });
      await makeClaim(editor, { windowEnd: '2026-05-25' });
      await makeClaim(editor, { windowEnd: '2026-12-31' });
      const resolved = await reviewer.post(`/api/claims/${due.id}/resolutions`, {
        outcome: 'true',
        evidence: EVIDENCE,
      });
      expect(resolved.status).toBe(201);

      const after = await scrape();
      const moved = (name: string, labels?: Record<string, string>) =>
        after.value(name, labels) - before.value(name, labels);
      expect(moved('track_record_http_requests_total', sourcesOk)).toBe(3);
      expect(moved('track_record_http_request_duration_seconds_count', sourcesOk)).toBe(3);
      expect(moved('track_record_http_request_duration_seconds_bucket', { ...sourcesOk, le: '+Inf' })).toBe(3);
      expect(after.typeOf('track_record_http_request_duration_seconds')).toBe('histogram');
      expect(after.typeOf('track_record_http_requests_total')).toBe('counter');
      expect(moved('track_record_http_requests_total', { route: '/api/claims/:id', status: '404' })).toBe(1);
      expect(moved('track_record_signin_failures_total')).toBe(1);
      expect(moved('track_record_resolutions_total', { outcome: 'true' })).toBe(1);
      const head = (await ts.counts()).headSeq;
      expect(after.value('track_record_ledger_head_seq')).toBe(head);
      expect(after.value('track_record_ledger_events_total')).toBe(head);
      expect(moved('track_record_ledger_events_total')).toBeGreaterThanOrEqual(4);
      // Of the two unresolved claims whose windows ended, one ended more than 30 days ago.
      expect(after.value('track_record_claims_due')).toBe(2);
      expect(after.value('track_record_claims_overdue')).toBe(1);
      // The resolution queued a notification for the webhook; nothing has delivered it.
      expect(after.value('track_record_webhook_outbox_pending')).toBe(1);
      expect(after.value('track_record_webhook_outbox_failing')).toBe(0);
      if (dialect === 'postgres') expect(after.value('track_record_db_pool_connections')).toBeGreaterThanOrEqual(1);
      else expect(after.typeOf('track_record_db_pool_connections')).toBeUndefined();
    });

    it('counts rate-limit refusals', async () => {
      const before = await scrape();
      let last = 0;
      for (let i = 0; i < 11 && last !== 429; i++)
        last = (await ts.anon.post('/api/auth/signin', { username: 'nobody_here', password: 'wrong password' })).status;
      expect(last).toBe(429);
      const after = await scrape();
      expect(after.value('track_record_rate_limited_total', { route: '/api/auth/signin' })).toBe(
        before.value('track_record_rate_limited_total', { route: '/api/auth/signin' }) + 1,
      );
    });
  });
