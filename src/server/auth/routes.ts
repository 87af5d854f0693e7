import { Router, type RequestHandler, type Response } from 'express';
import { Id, SetupAdmin, SignIn, TokenCreate, UserCreate, UserUpdate } from '../../shared/api/index.js';
import type { AppContext } from '../context.js';
import { actorOf, requireRole, SESSION_COOKIE } from '../http/auth.js';
import { AppError } from '../http/errors.js';
import { parse } from '../http/parse.js';
import { presentUser } from './service.js';
import {
  completeSetup,
  createToken,
  createUser,
  listTokens,
  revokeToken,
  SESSION_DAYS,
  signIn,
  signOut,
  updateUser,
} from './service.js';

/** Answers that carry a user, a session, a CSRF token or an API token must never sit in a cache. */
const noStore: RequestHandler = (_req, res, next) => {
  res.set('Cache-Control', 'no-store');
  next();
};

export function authRoutes(ctx: AppContext): Router {
  const r = Router();
  r.use(noStore);
  const setCookie = (res: Response, value: string) =>
    res.cookie(SESSION_COOKIE, value, {
      httpOnly: true,
      sameSite: 'strict',
      secure: ctx.config.secureCookies,
      path: '/',
      maxAge: SESSION_DAYS * 86400_000,
    });

  r.post('/signin', async (req, res) => {
    const { username, password } = parse(SignIn, req.body);
    const session = await signIn(ctx, username, password, req.ip ?? 'unknown').catch((err: unknown) => {
      const retryAfter = err instanceof AppError ? err.details?.retryAfter : undefined;
      if (typeof retryAfter === 'number') res.set('Retry-After', String(retryAfter));
      throw err;
    });
    setCookie(res, session.sessionId);
    res.json({ user: session.user, csrfToken: session.csrfToken });
  });
  r.post('/signout', async (_req, res) => {
    if (res.locals.sessionId) await signOut(ctx, res.locals.sessionId);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    res.status(204).end();
  });
  r.get('/me', async (_req, res) => {
    const actor = res.locals.actor;
    const user = actor
      ? await ctx.db.selectFrom('users').selectAll().where('id', '=', actor.id).executeTakeFirst()
      : undefined;
    res.json({ user: user ? presentUser(user) : null, csrfToken: res.locals.csrfToken });
  });
  r.post('/setup', async (req, res) => {
    const { token, username, password } = parse(SetupAdmin, req.body);
    const user = await completeSetup(ctx, token, username, password);
    res.status(201).json({ user });
  });
  return r;
}

export function userRoutes(ctx: AppContext): Router {
  const r = Router();
  r.use(noStore);
  r.use(requireRole('admin'));
  r.get('/', async (_req, res) => {
    const rows = await ctx.db.selectFrom('users').selectAll().orderBy('username').execute();
    res.json({ items: rows.map(presentUser), nextCursor: null });
  });
  r.post('/', async (req, res) => {
    res.status(201).json(await createUser(ctx, parse(UserCreate, req.body)));
  });
  r.patch('/:id', async (req, res) => {
    res.json(await updateUser(ctx, parse(Id, req.params.id), parse(UserUpdate, req.body)));
  });
  // An admin sees and revokes anybody's API tokens (a leaked token, a person who left).
  r.get('/:id/tokens', async (req, res) => {
    res.json({ items: await listTokens(ctx, { id: parse(Id, req.params.id) }), nextCursor: null });
  });
  r.delete('/:id/tokens/:tokenId', async (req, res) => {
    await revokeToken(ctx, { id: parse(Id, req.params.id) }, parse(Id, req.params.tokenId));
    res.status(204).end();
  });
  return r;
}

/** Each signed-in person manages their own API tokens. */
export function tokenRoutes(ctx: AppContext): Router {
  const r = Router();
  r.use(noStore);
  r.use(requireRole('editor', 'reviewer'));
  r.get('/', async (_req, res) => {
    res.json({ items: await listTokens(ctx, actorOf(res)), nextCursor: null });
  });
  r.post('/', async (req, res) => {
    res.status(201).json(await createToken(ctx, actorOf(res), parse(TokenCreate, req.body).name));
  });
  r.delete('/:id', async (req, res) => {
    await revokeToken(ctx, actorOf(res), parse(Id, req.params.id));
    res.status(204).end();
  });
  return r;
}
