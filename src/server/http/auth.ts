import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { AppError } from './errors.js';

/** The signed-in person behind a request (null for readers). */
export interface Actor {
  id: string;
  username: string;
  role: 'admin' | 'editor' | 'reviewer';
  via: 'session' | 'token';
}

export const SESSION_COOKIE = 'tr_session';
export const CSRF_HEADER = 'x-csrf-token';

declare module 'express-serve-static-core' {
  interface Locals {
    actor: Actor | null;
    csrfToken: string | null;
    sessionId: string | null;
  }
}

/** Lets through only the given roles (admins always); cookie-authenticated writes also need the CSRF token. */
export function requireRole(...roles: Actor['role'][]): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const actor = res.locals.actor;
    if (!actor) throw new AppError('unauthenticated', 'sign in first');
    if (
      actor.via === 'session' &&
      req.method !== 'GET' &&
      req.method !== 'HEAD' &&
      req.get(CSRF_HEADER) !== res.locals.csrfToken
    )
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
