import { randomUUID } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import type { Logger } from '../log/logger.js';

/** Requests that monitors make every few seconds: logged at debug level, never at info. */
export const QUIET_PATHS: ReadonlySet<string> = new Set(['/healthz', '/readyz', '/metrics']);

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The caller's X-Request-Id when it is a sane token (a proxy's or a client's), otherwise a new one. */
function requestIdOf(req: Request, res: Response): string {
  const given = req.get('x-request-id');
  const id = given && REQUEST_ID.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', id);
  return id;
}

/** What the error middleware and the streams leave for the request's log line (res.locals). */
export interface RequestLogLocals {
  requestId?: string;
  /** The error behind a 500, or behind a stream cut off after its first byte. */
  error?: Error;
}

/**
 * One log line per request when its response finishes (or the client goes away): method, route
 * pattern, status, duration, request id, the signed-in user's id and the client's address (through
 * trusted proxies). Headers, bodies, query strings and cookies are never logged, so no password,
 * token or secret can reach the log through it. A 500's line carries the error and its stack.
 * Written straight to the logger, with no per-request child logger: the log is on for every
 * request, so it must cost little next to a cached read.
 */
export function requestLog(logger: Logger, patternOf: (req: Request) => string): RequestHandler {
  // The line is built from chosen scalar fields only, so the logger's redaction paths (there for
  // callers that log whole objects) have nothing to find here; skipping them halves a line's cost.
  const lines = logger.child({}, { redact: [] });
  return (req, res, next) => {
    const started = performance.now();
    const locals = res.locals as RequestLogLocals;
    locals.requestId = requestIdOf(req, res);
    res.once('close', () => {
      const status = res.writableFinished ? res.statusCode : 499;
      const error = locals.error;
      const level = error || status >= 500 ? 'error' : QUIET_PATHS.has(req.path) ? 'debug' : 'info';
      if (!lines.isLevelEnabled(level)) return;
      const route = patternOf(req);
      const line = {
        requestId: locals.requestId,
        method: req.method,
        route,
        status,
        ms: Math.round(performance.now() - started),
        userId: (res.locals.actor as { id?: string } | undefined)?.id ?? null,
        ip: req.ip,
        ...(error ? { err: error } : {}),
      };
      lines[level](line, `${req.method} ${route} ${status}`);
    });
    next();
  };
}
