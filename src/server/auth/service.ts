import { type z } from 'zod';
import type { Role, User, UserCreate, UserUpdate } from '../../shared/api/auth.js';
import type { AppContext, Actor } from '../context.js';
import type { UserRow } from '../db/schema.js';
import { AppError, isUniqueViolation } from '../http/errors.js';
import { newId } from '../ids.js';
import { hashPassword, newSecret, secretHash, verifyPassword } from './passwords.js';

export const SESSION_DAYS = 14;
const FAILURE_WINDOW_MS = 15 * 60 * 1000;
/** Failed sign-ins allowed per 15 minutes: per username, and (looser, for shared offices) per address. */
const MAX_FAILURES = { user: 10, address: 50 };

export function presentUser(u: UserRow): User {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role as Role,
    disabled: u.disabled === 1,
    createdAt: u.createdAt,
  };
}

export async function createUser(ctx: AppContext, input: z.infer<typeof UserCreate>): Promise<User> {
  const row: UserRow = {
    id: newId(ctx.clock.now()),
    username: input.username,
    displayName: input.displayName,
    role: input.role,
    passwordHash: await hashPassword(input.password),
    disabled: 0,
    createdAt: ctx.clock.now().toISOString(),
  };
  try {
    await ctx.db.insertInto('users').values(row).execute();
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('conflict', `the username ${input.username} is taken`);
    throw err;
  }
  return presentUser(row);
}

export async function updateUser(ctx: AppContext, id: string, input: z.infer<typeof UserUpdate>): Promise<User> {
  const { password, disabled, ...rest } = input;
  const changes = {
    ...rest,
    ...(password ? { passwordHash: await hashPassword(password) } : {}),
    ...(disabled !== undefined ? { disabled: disabled ? 1 : 0 } : {}),
  };
  const result = await ctx.db.updateTable('users').set(changes).where('id', '=', id).executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw new AppError('not_found', 'user not found');
  if (disabled || password) await ctx.db.deleteFrom('sessions').where('userId', '=', id).execute();
  return presentUser(await ctx.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow());
}

/** Signs in, rate-limited per username and per client address (kept in the database, not memory). */
export async function signIn(ctx: AppContext, username: string, password: string, client: string) {
  const now = ctx.clock.now();
  const since = new Date(now.getTime() - FAILURE_WINDOW_MS).toISOString();
  const limits: [string, number][] = [
    [`u:${username}`, MAX_FAILURES.user],
    [`ip:${client}`, MAX_FAILURES.address],
  ];
  const keys = limits.map(([key]) => key);
  for (const [key, max] of limits) {
    const { n } = await ctx.db
      .selectFrom('signin_failures')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('key', '=', key)
      .where('at', '>', since)
      .executeTakeFirstOrThrow();
    if (Number(n) >= max) throw new AppError('rate_limited', 'too many failed sign-ins; try again in 15 minutes');
  }
  const user = await ctx.db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
  const ok = user && user.disabled === 0 && (await verifyPassword(password, user.passwordHash));
  if (!user || !ok) {
    await ctx.db
      .insertInto('signin_failures')
      .values(keys.map((key) => ({ key, at: now.toISOString() })))
      .execute();
    throw new AppError('unauthenticated', 'wrong username or password');
  }
  const sessionId = newSecret();
  const csrfToken = newSecret();
  await ctx.db
    .insertInto('sessions')
    .values({
      id: secretHash(sessionId),
      userId: user.id,
      csrfToken,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + SESSION_DAYS * 86400_000).toISOString(),
    })
    .execute();
  return { sessionId, csrfToken, user: presentUser(user) };
}

export async function signOut(ctx: AppContext, sessionId: string) {
  await ctx.db.deleteFrom('sessions').where('id', '=', secretHash(sessionId)).execute();
}

export async function sessionActor(
  ctx: AppContext,
  sessionId: string,
): Promise<{ actor: Actor; csrfToken: string } | null> {
  const row = await ctx.db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.userId')
    .select(['users.id', 'users.username', 'users.role', 'users.disabled', 'sessions.csrfToken', 'sessions.expiresAt'])
    .where('sessions.id', '=', secretHash(sessionId))
    .executeTakeFirst();
  if (!row || row.disabled === 1 || row.expiresAt <= ctx.clock.now().toISOString()) return null;
  return {
    actor: { id: row.id, username: row.username, role: row.role as Actor['role'], via: 'session' },
    csrfToken: row.csrfToken,
  };
}

export async function tokenActor(ctx: AppContext, token: string): Promise<Actor | null> {
  const row = await ctx.db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.userId')
    .select([
      'api_tokens.id as tokenId',
      'users.id',
      'users.username',
      'users.role',
      'users.disabled',
      'api_tokens.revokedAt',
    ])
    .where('api_tokens.tokenHash', '=', secretHash(token))
    .executeTakeFirst();
  if (!row || row.revokedAt || row.disabled === 1) return null;
  await ctx.db
    .updateTable('api_tokens')
    .set({ lastUsedAt: ctx.clock.now().toISOString() })
    .where('id', '=', row.tokenId)
    .execute();
  return { id: row.id, username: row.username, role: row.role as Actor['role'], via: 'token' };
}

export async function createToken(ctx: AppContext, actor: Actor, name: string) {
  const token = newSecret('tr_');
  const row = {
    id: newId(ctx.clock.now()),
    userId: actor.id,
    name,
    tokenHash: secretHash(token),
    createdAt: ctx.clock.now().toISOString(),
    revokedAt: null,
    lastUsedAt: null,
  };
  await ctx.db.insertInto('api_tokens').values(row).execute();
  return { id: row.id, name, createdAt: row.createdAt, revokedAt: null, lastUsedAt: null, token };
}

export async function listTokens(ctx: AppContext, actor: Actor) {
  return ctx.db
    .selectFrom('api_tokens')
    .select(['id', 'name', 'createdAt', 'revokedAt', 'lastUsedAt'])
    .where('userId', '=', actor.id)
    .orderBy('createdAt', 'desc')
    .execute();
}

export async function revokeToken(ctx: AppContext, actor: Actor, id: string) {
  const result = await ctx.db
    .updateTable('api_tokens')
    .set({ revokedAt: ctx.clock.now().toISOString() })
    .where('id', '=', id)
    .where('userId', '=', actor.id)
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw new AppError('not_found', 'token not found');
}

/**
 * First start: with TRACK_RECORD_ADMIN_PASSWORD the admin is created from it; otherwise a
 * one-time setup link is returned for main.ts to print. There is never a default password.
 */
export async function bootstrapAdmin(ctx: AppContext): Promise<{ created: boolean; setupToken: string | null }> {
  const existing = await ctx.db.selectFrom('users').select('id').where('role', '=', 'admin').executeTakeFirst();
  if (existing) return { created: false, setupToken: null };
  if (ctx.config.adminPassword) {
    await createUser(ctx, {
      username: ctx.config.adminUsername,
      displayName: 'Administrator',
      role: 'admin',
      password: ctx.config.adminPassword,
    });
    return { created: true, setupToken: null };
  }
  const token = newSecret();
  await ctx.db
    .insertInto('setup_tokens')
    .values({
      tokenHash: secretHash(token),
      expiresAt: new Date(ctx.clock.now().getTime() + 86400_000).toISOString(),
      usedAt: null,
    })
    .execute();
  return { created: false, setupToken: token };
}

/** Redeems a setup link once: creates the first admin. */
export async function completeSetup(ctx: AppContext, token: string, username: string, password: string): Promise<User> {
  return ctx.db.transaction().execute(async (trx) => {
    const now = ctx.clock.now().toISOString();
    const used = await trx
      .updateTable('setup_tokens')
      .set({ usedAt: now })
      .where('tokenHash', '=', secretHash(token))
      .where('usedAt', 'is', null)
      .where('expiresAt', '>', now)
      .executeTakeFirst();
    if (Number(used.numUpdatedRows) === 0)
      throw new AppError('forbidden', 'this setup link is not valid (used, expired or mistyped)');
    const admin = await trx.selectFrom('users').select('id').where('role', '=', 'admin').executeTakeFirst();
    if (admin) throw new AppError('conflict', 'an admin already exists');
    return createUser({ ...ctx, db: trx }, { username, displayName: 'Administrator', role: 'admin', password });
  });
}
