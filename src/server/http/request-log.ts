import { randomUUID } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import { pinoHttp } from 'pino-http';
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

/**
 * One log line per request when its response finishes: method, route pattern, status, duration,
 * request id, the signed-in user's id and the client's address (through trusted proxies). Headers, bodies, query strings and cookies are never
 * logged, so no password, token or secret can reach the log through it. A 500's line carries the
 * error and its stack (the error middleware hands it over as `res.err`).
 */
export function requestLog(logger: Logger, patternOf: (req: Request) => string): RequestHandler {
  const line = (req: Request, res: Response, ms: number) => ({
    method: req.method,
    route: patternOf(req),
    status: res.statusCode,
    ms,
    userId: res.locals.actor?.id ?? null,
    ip: req.ip,
  });
  return pinoHttp({
    logger,
    genReqId: (req, res) => requestIdOf(req as Request, res as Response),
    quietReqLogger: true,
    quietResLogger: true,
    customAttributeKeys: { reqId: 'requestId' },
    customLogLevel: (req, res, err) => {
      if (err || res.statusCode >= 500) return 'error';
      return QUIET_PATHS.has((req as Request).path) ? 'debug' : 'info';
    },
    customSuccessObject: (req, res, val: { responseTime: number }) =>
      line(req as Request, res as Response, val.responseTime),
    customErrorObject: (req, res, err, val: { responseTime: number }) => ({
      ...line(req as Request, res as Response, val.responseTime),
      err,
    }),
    customSuccessMessage: (req, res) => `${req.method} ${patternOf(req as Request)} ${res.statusCode}`,
    customErrorMessage: (req, res) => `${req.method} ${patternOf(req as Request)} ${res.statusCode}`,
  });
}
