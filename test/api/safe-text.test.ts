import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClaim } from '../../src/server/claims/service.js';
import { importEvents, ImportError } from '../../src/server/replay/import.js';
import { readEvents, verifyLedger } from '../../src/server/replay/index.js';
import type { RecordedEvent } from '../../src/server/ledger/events.js';
import { trackRecord } from '../support/cli.js';
import { createTestDb } from '../support/db.js';
import { testDialects } from '../support/dialects.js';
import { EVIDENCE, makeClaim, makeSource } from '../support/factories.js';
import { startTestServer, type Client, type TestServer } from '../support/server.js';

// Issue 21, items 1, 6 and 10: text that cannot be stored exactly as sealed is refused at every
// write (400 naming the field, nothing written, on both engines), and a ledger sealed with such
// text before the refusal is reported by verify as an encoding mismatch, not as tampering.

const HOSTILE: [string, string][] = [
  ['lone surrogate', 'x \ud800 y'],
  ['NUL', 'x \u0000 y'],
  ['C0 control', 'x \u0007 y'],
  ['C1 control', 'x \u0085 y'],
  ['bare CR', 'x \r y'],
];

interface Case {
  who: 'editor' | 'reviewer' | 'admin';
  method: 'post' | 'patch';
  path: string;
  body: (bad: string) => unknown;
  field: string;
}

for (const dialect of testDialects()) {
  describe(`${dialect}: unstorable text is refused at every write`, () => {
    let s: TestServer;
    let editor: Client;
    let handle: string;
    let claimId: string;
    beforeAll(async () => {
      s = await startTestServer(dialect);
      editor = await s.as('editor');
      await s.as('reviewer');
      await s.as('admin');
      handle = (await makeSource(editor)).handle;
      claimId = (await makeClaim(editor, { windowEnd: '2026-02-20' })).id;
    });
    afterAll(async () => s.close());

    const claim = { kind: 'CLAIM', statement: 'Fine words', windowEnd: '2026-12-31' };
    const publication = { title: 'Issue', publishedOn: '2026-02-01', text: 'Some text here.', desk: 'thedesk' };
    const cases = (): Case[] => [
      {
        who: 'editor',
        method: 'post',
        path: '/api/sources',
        body: (b) => ({ handle: 'nn', displayName: b }),
        field: 'displayName',
      },
      {
        who: 'editor',
        method: 'patch',
        path: `/api/sources/${handle}`,
        body: (b) => ({ displayName: b }),
        field: 'displayName',
      },
      {
        who: 'editor',
        method: 'post',
        path: '/api/claims',
        body: (b) => ({ ...claim, statement: b }),
        field: 'statement',
      },
      { who: 'editor', method: 'post', path: '/api/claims', body: (b) => ({ ...claim, quote: b }), field: 'quote' },
      {
        who: 'editor',
        method: 'post',
        path: '/api/claims',
        body: (b) => ({ ...claim, condition: b }),
        field: 'condition',
      },
      {
        who: 'editor',
        method: 'post',
        path: '/api/claims',
        body: (b) => ({ ...claim, criteria: b }),
        field: 'criteria',
      },
      {
        who: 'editor',
        method: 'post',
        path: '/api/claims',
        body: (b) => ({ ...claim, timePhrase: b }),
        field: 'timePhrase',
      },
      {
        who: 'editor',
        method: 'patch',
        path: `/api/claims/${claimId}`,
        body: (b) => ({ reason: 'fix it', statement: b }),
        field: 'statement',
      },
      {
        who: 'editor',
        method: 'patch',
        path: `/api/claims/${claimId}`,
        body: (b) => ({ reason: b, kind: 'BULL' }),
        field: 'reason',
      },
      {
        who: 'reviewer',
        method: 'post',
        path: `/api/claims/${claimId}/resolutions`,
        body: (b) => ({ outcome: 'true', evidence: EVIDENCE, note: b }),
        field: 'note',
      },
      {
        who: 'editor',
        method: 'post',
        path: '/api/publications',
        body: (b) => ({ ...publication, title: b }),
        field: 'title',
      },
      {
        who: 'editor',
        method: 'post',
        path: '/api/publications',
        body: (b) => ({ ...publication, text: b }),
        field: 'text',
      },
      {
        who: 'editor',
        method: 'post',
        path: '/api/publications',
        body: (b) => ({ ...publication, claims: [{ ...claim, statement: b }] }),
        field: 'claims.0.statement',
      },
      {
        who: 'editor',
        method: 'post',
        path: '/api/publications',
        body: (b) => ({ ...publication, newSources: [{ handle: 'fresh', displayName: b }] }),
        field: 'newSources.0.displayName',
      },
      {
        who: 'admin',
        method: 'post',
        path: '/api/users',
        body: (b) => ({ username: 'newuser', displayName: b, role: 'editor', password: 'a long enough password 1' }),
        field: 'displayName',
      },
      { who: 'editor', method: 'post', path: '/api/tokens', body: (b) => ({ name: b }), field: 'name' },
      {
        who: 'admin',
        method: 'post',
        path: '/api/webhooks',
        body: (b) => ({ url: 'https://hooks.example/x', description: b }),
        field: 'description',
      },
      {
        who: 'admin',
        method: 'post',
        path: '/api/calendars/events',
        body: (b) => ({ names: [b], rule: 'fixed 01-01', source: 'https://e.example' }),
        field: 'names.0',
      },
    ];

    it('every text field of every write: 400 naming the field, nothing written', async () => {
      const before = await s.counts();
      for (const c of cases()) {
        const client = await s.as(c.who);
        for (const [what, bad] of HOSTILE) {
          const res = await client[c.method](c.path, c.body(bad));
          const label = `${c.method} ${c.path} ${c.field} with ${what}`;
          expect(res.status, label).toBe(400);
          expect(res.body.error.code, label).toBe('invalid_request');
          expect(res.body.error.message, label).toContain(c.field);
        }
      }
      expect(await s.counts()).toEqual(before);
    });

    it('the anonymous searches refuse NUL and lone surrogates in ?q= with a 400 (PostgreSQL gave a 500)', async () => {
      for (const path of ['/api/claims', '/api/sources', '/api/export/claims.csv', '/api/claims?tag=']) {
        for (const bad of ['%00', '%C2%85', 'a%01b']) {
          const url = path.includes('?') ? `${path}${bad}` : `${path}?q=${bad}`;
          const res = await s.anon.get(url);
          expect(res.status, url).toBe(400);
          expect(res.body.error.code, url).toBe('invalid_request');
        }
      }
    });

    it('tabs, line breaks (LF and CRLF) and every Unicode plane are text and are stored exactly', async () => {
      const text = 'Tab\there, lines\nand\r\nCRLF, 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀 中文 \u{10FFFD} e\u0301';
      const res = await editor.post('/api/claims', { ...claim, statement: text, quote: text });
      expect(res.status).toBe(201);
      expect(res.body.statement).toBe(text);
      expect((await s.anon.get(`/api/claims/${res.body.id}`)).body.quote).toBe(text);
    });

    it('URLs with bidi controls, spaces or control characters are refused in every URL field', async () => {
      const bidi = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];
      const bad = [
        ...bidi.map((c) => `https://example.com/${c}gpj.exe`),
        'https://exa\tmple.com/',
        'https://e.com/a\nb',
      ];
      const admin = await s.as('admin');
      const reviewer = await s.as('reviewer');
      const before = await s.counts();
      for (const url of bad) {
        const tries: [Client, 'post' | 'patch', string, unknown, string][] = [
          [editor, 'post', '/api/sources', { handle: 'urlx', displayName: 'x', url }, 'url'],
          [editor, 'patch', `/api/sources/${handle}`, { url }, 'url'],
          [editor, 'post', '/api/publications', { ...publication, url }, 'url'],
          [reviewer, 'post', `/api/claims/${claimId}/resolutions`, { outcome: 'true', evidence: [url] }, 'evidence.0'],
          [admin, 'post', '/api/webhooks', { url }, 'url'],
          [admin, 'post', '/api/calendars/events', { names: ['x'], rule: 'fixed 01-01', source: url }, 'source'],
        ];
        for (const [client, method, path, body, field] of tries) {
          const res = await client[method](path, body);
          expect(res.status, `${path} ${JSON.stringify(url)}`).toBe(400);
          expect(res.body.error.message).toContain(field);
        }
      }
      expect(await s.counts()).toEqual(before);
    });

    it('a claim span outside the text, or with only one end, is refused', async () => {
      const before = await s.counts();
      const spans = [{ spanStart: 0, spanEnd: 99 }, { spanStart: 3 }, { spanEnd: 3 }, { spanStart: 5, spanEnd: 2 }];
      for (const span of spans) {
        const res = await editor.post('/api/publications', { ...publication, claims: [{ ...claim, ...span }] });
        expect(res.status, JSON.stringify(span)).toBe(400);
        expect(res.body.error.message).toMatch(/span/);
      }
      expect(await s.counts()).toEqual(before);
      const ok = await editor.post('/api/publications', {
        ...publication,
        title: 'Spanned',
        claims: [{ ...claim, spanStart: 0, spanEnd: publication.text.length }],
      });
      expect(ok.status).toBe(201);
    });

    it('the body limit follows the character limits: 700,000 CJK characters (2.1 MB of UTF-8) are accepted', async () => {
      const text = '中'.repeat(700_000);
      const res = await editor.post('/api/publications', { ...publication, title: 'CJK', text });
      expect(res.status).toBe(201);
    });

    it('verify reports an event sealed with a lone surrogate as an encoding mismatch and still finds later tampering', async () => {
      const legacy = await createTestDb(dialect);
      try {
        const ctx = { ...s.ctx, db: legacy.db };
        const input = { kind: 'CLAIM' as const, windowEnd: '2026-12-31', windowStated: true, tags: [], sources: [] };
        await createClaim(ctx, 'before-the-fix', { ...input, statement: 'early' });
        await createClaim(ctx, 'before-the-fix', { ...input, statement: 'lone \ud800 surrogate' });
        const later = await createClaim(ctx, 'editor', { ...input, statement: 'later words' });
        const stored = await legacy.db
          .selectFrom('claims')
          .select('statement')
          .where('statement', 'like', 'lone%')
          .executeTakeFirstOrThrow();
        expect(stored.statement).toMatch(/^lone \ufffd+ surrogate$/);

        const clean = await verifyLedger(legacy);
        expect(clean).toMatchObject({ ok: true, problem: null });
        expect(clean.encodingMismatches).toHaveLength(1);
        expect(clean.encodingMismatches[0]).toMatch(
          /^event 2 \(claim\.created\): statement contains a lone UTF-16 surrogate/,
        );
        const cli = trackRecord(['verify'], { DATABASE_URL: legacy.url });
        expect(cli.code, cli.stderr).toBe(0);
        expect(cli.stderr).toMatch(/ENCODING MISMATCH: event 2 \(claim\.created\)/);
        expect(cli.stderr).not.toMatch(/TAMPERED/);

        // Text the events cannot explain after it is still found.
        await legacy.db.updateTable('claims').set({ statement: 'forged' }).where('id', '=', later).execute();
        const tampered = await verifyLedger(legacy);
        expect(tampered.ok).toBe(false);
        expect(tampered.problem).toMatch(new RegExp(`claims row id=${later}: statement is "forged"`));
        const cli2 = trackRecord(['verify'], { DATABASE_URL: legacy.url });
        expect(cli2.code).toBe(1);
        expect(cli2.stderr).toMatch(/ENCODING MISMATCH: event 2/);
        expect(cli2.stderr).toMatch(/TAMPERED: claims row/);

        // The ledger import refuses the event, naming it (nothing is imported).
        await legacy.db.updateTable('claims').set({ statement: 'later words' }).where('id', '=', later).execute();
        const events: RecordedEvent[] = [];
        for await (const e of readEvents(legacy.db)) events.push(e);
        const target = await createTestDb(dialect);
        try {
          const err = await importEvents(target, events, undefined, { batchSize: 1 }).catch((e: unknown) => e);
          expect(err).toBeInstanceOf(ImportError);
          expect((err as ImportError).message).toMatch(
            /^event 2 \(claim\.created\): statement contains a lone UTF-16 surrogate/,
          );
          expect((err as ImportError).imported).toBe(1);
        } finally {
          await target.destroy();
        }
      } finally {
        await legacy.destroy();
      }
    });
  });
}
