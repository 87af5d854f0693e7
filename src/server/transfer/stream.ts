import type { Response } from 'express';
import type { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { RequestLogLocals } from '../http/request-log.js';

/**
 * Streams `source` (through `transform`, if given) into the response with backpressure. Before
 * the first byte an error still becomes the usual error envelope; after it, all we can do is cut
 * the body off (and a client that hung up is not an error).
 */
export async function sendStream(res: Response, source: Readable, transform?: Transform): Promise<void> {
  try {
    await (transform ? pipeline(source, transform, res) : pipeline(source, res));
  } catch (err) {
    if (!res.headersSent) throw err;
    // The request log writes the error on the request's line.
    if ((err as { code?: string }).code !== 'ERR_STREAM_PREMATURE_CLOSE')
      (res.locals as RequestLogLocals).error = err as Error;
    res.destroy();
  }
}
