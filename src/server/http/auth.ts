import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { sessionActor, tokenActor } from '../auth/service.js';
import type { Actor, AppContext } from '../context.js';
import { AppError } from './errors.js';

export const SESSION_COOKIE = 'tr_session';
export const CSRF_HEADER = 'x-csrf-token';

declare module 'express-serve-static-core' {
  interface Locals {
    actor: Actor | null;
    csrfToken: string | null;
    sessionId: string | null;
  }
}

/** Finds who is calling: a Bearer API token or a session cookie. Readers stay anonymous. */
export function authenticate(ctx: AppContext): RequestHandler {
  return async (req, res, next) => {
    res.locals.actor = null;
    res.locals.csrfToken = null;
    res.locals.sessionId = null;
    const header = req.get('authorization');
    if (header) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      const actor = match ? await tokenActor(ctx, match[1]!) : null;
      if (!actor) throw new AppError('unauthenticated', 'the API token is not valid or was revoked');
      res.locals.actor = actor;
      return next();
    }
    const sessionId = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
    if (sessionId) {
      const found = await sessionActor(ctx, sessionId);
      if (found) {
        res.locals.actor = found.actor;
        res.locals.csrfToken = found.csrfToken;
        res.locals.sessionId = sessionId;
      }
    }
    next();
  };
}

/** Lets through only the given roles (admins always); cookie-authenticated writes also need the CSRF token. */
export function requireRole(...roles: Actor['role'][]): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const actor = res.locals.actor;
    if (!actor) throw new AppError('unauthenticated', 'sign in first');
    if (actor.via === 'session' && req.method !== 'GET' && req.method !== 'HEAD' && req.get(CSRF_HEADER) !== res.locals.csrfToken)
      throw new AppError('forbidden', `missing or wrong CSRF token (send it in the ${CSRF_HEADER} header)`);
    if (actor.role !== 'admin' && !roles.includes(actor.role))
      throw new AppError('forbidden', `this needs the ${roles.join(' or ')} role`);
    next();
  };
}

export function actorOf(res: Response): Actor {
  const actor = res.locals.actor;
  if (!actor) throw new AppError('unauthenticated', 'sign in first');
  return actor;
}
