import type { RequestHandler } from 'express';
import type { AppContext } from '../context.js';
import { AppError } from '../http/errors.js';
import { SESSION_COOKIE } from '../http/auth.js';
import { sessionActor, tokenActor } from './service.js';

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
