import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServe } from '../../support/cli.js';

/** Sends raw bytes and returns everything the server writes back before it closes the socket. */
function raw(baseUrl: string, bytes: string): Promise<string> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(bytes));
    let reply = '';
    socket.on('data', (d: Buffer) => (reply += d.toString()));
    socket.on('end', () => resolve(reply));
    socket.on('error', reject);
  });
}

function parse(reply: string) {
  const [head = '', body = ''] = reply.split('\r\n\r\n');
  const [statusLine = '', ...headers] = head.split('\r\n');
  const header = (name: string) =>
    headers
      .find((h) => h.toLowerCase().startsWith(`${name}:`))
      ?.slice(name.length + 1)
      .trim();
  return {
    statusLine,
    header,
    body: JSON.parse(body) as { error: { code: string; message: string; requestId: string } },
  };
}

describe('requests that never reach the app still get the error envelope', () => {
  let dir: string;
  let server: Awaited<ReturnType<typeof startServe>>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tr-client-errors-'));
    server = await startServe({ TRACK_RECORD_DATA_DIR: dir });
  });
  afterAll(async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers headers over 16 KB with 431 and the envelope, not a bare status line', async () => {
    const reply = parse(
      await raw(server.baseUrl, `GET /api/ledger/head HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`),
    );
    expect(reply.statusLine).toBe('HTTP/1.1 431 Request Header Fields Too Large');
    expect(reply.header('content-type')).toMatch(/^application\/json/);
    expect(reply.body.error.code).toBe('headers_too_large');
    expect(reply.body.error.requestId).toBe(reply.header('x-request-id'));
  });

  it('answers bytes that are not HTTP with 400 and the envelope', async () => {
    const reply = parse(await raw(server.baseUrl, 'HELLO THERE\r\n\r\n'));
    expect(reply.statusLine).toBe('HTTP/1.1 400 Bad Request');
    expect(reply.body.error.code).toBe('invalid_request');
  });

  it('still serves ordinary requests', async () => {
    const res = await fetch(`${server.baseUrl}/api/ledger/head`);
    expect(res.status).toBe(200);
  });
});
