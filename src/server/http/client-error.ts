import { randomUUID } from 'node:crypto';
import { STATUS_CODES, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { type ErrorCode, STATUS_OF } from '../../shared/errors.js';

/**
 * Requests that never reach Express (a request line or headers over Node's 16 KB limit, bytes that
 * are not HTTP) get the API's error envelope too, instead of Node's bare status line, so a client
 * sees the same shape whatever it got wrong.
 */
export function answerClientErrors(server: Server): void {
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    // A client that went away, or a socket already answered, has nobody left to tell.
    if (err.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const [code, message]: [ErrorCode, string] =
      err.code === 'HPE_HEADER_OVERFLOW'
        ? ['headers_too_large', 'the request line or headers are too large (16 KB at most)']
        : ['invalid_request', 'the request is not valid HTTP'];
    const status = STATUS_OF[code];
    const requestId = randomUUID();
    const body = JSON.stringify({ error: { code, message, requestId } });
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
        'Content-Type: application/json; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        `X-Request-Id: ${requestId}\r\n` +
        'Connection: close\r\n\r\n' +
        body,
    );
  });
}
