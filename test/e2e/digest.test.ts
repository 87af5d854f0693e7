import { spawn } from 'node:child_process';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeArgs } from '../support/child.js';
import {
  apiSession,
  createStaff,
  ROOT,
  ADMIN_PASSWORD,
  STAFF_PASSWORD,
  startServer,
  type RunningServer,
} from './support.js';

const dayFromToday = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

// Issue 25: the daily digest arrives at a real SMTP server (started here), parsed, with working
// links and only the reviewer's assigned claims; escalation reaches the admins; opting out → nothing.
describe('the e-mail digest', () => {
  let server: RunningServer;
  let smtp: SMTPServer;
  let smtpPort = 0;
  const inbox: ParsedMail[] = [];
  const ids: Record<string, string> = {};

  // Asynchronous on purpose: the SMTP server runs in this process and must keep answering.
  const runDigest = () =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [...nodeArgs('src/cli/main.ts'), 'digest'], {
        cwd: ROOT,
        env: {
          ...process.env,
          DATABASE_URL: '',
          TRACK_RECORD_DATA_DIR: server.dataDir,
          TRACK_RECORD_DEMO: 'off',
          TRACK_RECORD_PUBLIC_URL: server.baseUrl,
          TRACK_RECORD_SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
          TRACK_RECORD_MAIL_FROM: 'Track Record <digest@track-record.test>',
          TRACK_RECORD_ESCALATE_DAYS: '7',
        },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('exit', (status) => resolve({ status, stdout, stderr }));
    });
  const to = (m: ParsedMail) => (Array.isArray(m.to) ? m.to[0] : m.to)?.value[0]?.address;

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, _session, callback) {
        simpleParser(stream).then(
          (mail) => {
            inbox.push(mail);
            callback();
          },
          (err: Error) => callback(err),
        );
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve()));
    smtpPort = (smtp.server.address() as { port: number }).port;

    server = await startServer();
    await createStaff(server.baseUrl);
    const admin = await apiSession(server.baseUrl, 'admin', ADMIN_PASSWORD);
    await admin.post('/api/users', { username: 'sam', displayName: 'Sam', role: 'reviewer', password: STAFF_PASSWORD });
    const editor = await apiSession(server.baseUrl, 'erin', STAFF_PASSWORD);
    await editor.post('/api/sources', { handle: 'dana', displayName: 'Dana Analyst' });
    const make = async (key: string, windowEnd: string) => {
      const res = await editor.post('/api/claims', {
        kind: 'CLAIM',
        statement: `Claim ${key} will come true.`,
        windowEnd,
        sources: [{ handle: 'dana', role: 'made' }],
      });
      expect(res.status).toBe(201);
      ids[key] = res.body.id as string;
    };
    await make('overdue2', dayFromToday(-2));
    await make('dueSoon', dayFromToday(1));
    await make('later', dayFromToday(30));
    await make('overdue10', dayFromToday(-10));
    await make('samsClaim', dayFromToday(-1));
    await make('unassigned', dayFromToday(-1));
    for (const key of ['overdue2', 'dueSoon', 'later'])
      expect((await editor.post('/api/review/assignments', { reviewer: 'rafa', claimId: ids[key] })).status).toBe(200);
    await editor.post('/api/review/assignments', { reviewer: 'sam', claimId: ids.samsClaim });

    const rafa = await apiSession(server.baseUrl, 'rafa', STAFF_PASSWORD);
    expect((await rafa.patch('/api/review/prefs', { email: 'rafa@example.com', digest: true })).status).toBe(200);
    const sam = await apiSession(server.baseUrl, 'sam', STAFF_PASSWORD);
    await sam.patch('/api/review/prefs', { email: 'sam@example.com', digest: true });
    // Sam changes their mind: opted out, nothing should arrive.
    await sam.patch('/api/review/prefs', { email: 'sam@example.com', digest: false });
    await admin.patch('/api/review/prefs', { email: 'admin@example.com', digest: true });
  });

  afterAll(async () => {
    await server?.stop();
    await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
  });

  it('sends the reviewer only their assigned due and overdue claims, text and HTML, with working links', async () => {
    const run = await runDigest();
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('sent to 2');
    const mail = inbox.find((m) => to(m) === 'rafa@example.com');
    expect(mail).toBeDefined();
    const m = mail!;
    expect(m.subject).toMatch(/1 overdue, 1 due/);
    expect(m.text).toContain('Claim overdue2 will come true.');
    expect(m.text).toContain('Claim dueSoon will come true.');
    for (const other of ['later', 'overdue10', 'samsClaim', 'unassigned'])
      expect(m.text).not.toContain(`Claim ${other} will`);
    expect(m.html).toBeTruthy();
    const links = [...String(m.html).matchAll(/href="([^"]+\/claims\/[^"]+)"/g)].map((x) => x[1]!);
    expect(links.sort()).toEqual([ids.overdue2, ids.dueSoon].map((id) => `${server.baseUrl}/claims/${id}`).sort());
    for (const link of links) {
      expect(m.text).toContain(link);
      const page = await fetch(link);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');
      const api = await fetch(link.replace('/claims/', '/api/claims/'));
      expect(api.status).toBe(200);
    }
  });

  it("escalates claims overdue past the configured days to the admins' digest; an opted-out reviewer gets nothing", () => {
    const admin = inbox.find((m) => to(m) === 'admin@example.com');
    expect(admin).toBeDefined();
    expect(admin!.text).toContain('Escalated');
    expect(admin!.text).toContain('Claim overdue10 will come true.');
    expect(admin!.text).toContain('unassigned');
    expect(admin!.text).not.toContain('Claim overdue2 will');
    expect(inbox.some((m) => to(m) === 'sam@example.com')).toBe(false);
  });

  it('a second run the same day sends nothing again', async () => {
    const before = inbox.length;
    const run = await runDigest();
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('already sent today');
    expect(inbox.length).toBe(before);
  });
});
