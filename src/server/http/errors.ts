import type { ErrorRequestHandler } from 'express';
import { ZodError } from 'zod';
import { type ErrorCode, STATUS_OF } from '../../shared/errors.js';
import type { RequestLogLocals } from './request-log.js';

/** A rule violation a service reports; the error middleware maps its code to a status. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} not found`);

/** What the API answers an AppError with: its status and JSON body (the request's id aside). */
export const errorReply = (err: AppError) => ({
  status: STATUS_OF[err.code],
  body: { error: { code: err.code, message: err.message, ...err.details } },
});

/** Recognises a unique-constraint violation from either driver. */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string } | null;
  return e?.code === 'SQLITE_CONSTRAINT_UNIQUE' || e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || e?.code === '23505';
}

function issuesOf(err: ZodError) {
  return err.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

/** The only place that turns errors into HTTP statuses (DESIGN.md "HTTP API"). */
export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  const { requestId: id } = res.locals as RequestLogLocals;
  const requestId = id ? { requestId: id } : {};
  const send = (code: ErrorCode, message: string, extra: Record<string, unknown> = {}) =>
    res.status(STATUS_OF[code]).json({ error: { code, message, ...extra, ...requestId } });
  if (err instanceof ZodError) {
    const issues = issuesOf(err);
    const first = issues[0];
    return send('invalid_request', first ? `${first.path || 'request'}: ${first.message}` : 'invalid request', {
      issues,
    });
  }
  if (err instanceof AppError) {
    const { status, body } = errorReply(err);
    return res.status(status).json({ error: { ...body.error, ...requestId } });
  }
  const type = (err as { type?: string }).type;
  if (type === 'entity.too.large') return send('payload_too_large', 'the request body is too large');
  if (type === 'entity.parse.failed') return send('invalid_request', 'the request body is not valid JSON');
  if (type === 'charset.unsupported' || type === 'encoding.unsupported')
    return send('invalid_request', 'unsupported body encoding');
  if (isUniqueViolation(err)) return send('conflict', 'that already exists');
  const status = (err as { status?: number }).status;
  if (typeof status === 'number' && status >= 400 && status < 500) return send('invalid_request', 'bad request');
  // The request log writes this error, with its stack, on the request's one line.
  (res.locals as RequestLogLocals).error = err as Error;
  return send('internal', 'internal error');
};
