import type { Kysely, Transaction } from 'kysely';
import { type z } from 'zod';
import type { Role, User, UserCreate, UserUpdate } from '../../shared/api/auth.js';
import type { AppContext, Actor } from '../context.js';
import type { Database, UserRow } from '../db/schema.js';
import { isSqlite } from '../db/raw-sqlite.js';
import { writeTransaction } from '../db/write-transaction.js';
import { AppError, isUniqueViolation } from '../http/errors.js';
import { newId } from '../ids.js';
import { DUMMY_HASH, hashPassword, newSecret, secretHash, verifyPassword } from './passwords.js';
import { reserveSignIn } from './signin-limit.js';
import { assertStrongPassword } from './strength.js';

export const SESSION_DAYS = 14;

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
  await assertStrongPassword(input.password, [input.username, input.displayName]);
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

const isEnabledAdmin = (u: Pick<UserRow, 'role' | 'disabled'>) => u.role === 'admin' && u.disabled === 0;

/**
 * Refuses (409) a change that would leave no enabled admin: nobody could then manage users. Runs in
 * the caller's transaction; on PostgreSQL the enabled admins' rows are locked, so two admins
 * demoting each other at once cannot both pass (SQLite transactions are serial already).
 */
async function keepAnEnabledAdmin(trx: Transaction<Database>, id: string): Promise<void> {
  let others = trx.selectFrom('users').select('id').where('role', '=', 'admin').where('disabled', '=', 0);
  if (!isSqlite(trx)) others = others.forUpdate();
  const admins = await others.execute();
  if (!admins.some((a) => a.id !== id))
    throw new AppError('conflict', 'this is the last enabled admin: make another admin first');
}

/** Ends every way a user is signed in: sessions and API tokens (after a password reset). */
async function signOutEverywhere(db: Kysely<Database>, id: string, at: string): Promise<void> {
  await db.deleteFrom('sessions').where('userId', '=', id).execute();
  await db
    .updateTable('api_tokens')
    .set({ revokedAt: at })
    .where('userId', '=', id)
    .where('revokedAt', 'is', null)
    .execute();
}

export async function updateUser(ctx: AppContext, id: string, input: z.infer<typeof UserUpdate>): Promise<User> {
  const { password, disabled, ...rest } = input;
  const before = await ctx.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  if (!before) throw new AppError('not_found', 'user not found');
  if (password) await assertStrongPassword(password, [before.username, rest.displayName ?? before.displayName]);
  const changes = {
    ...rest,
    ...(password ? { passwordHash: await hashPassword(password) } : {}),
    ...(disabled !== undefined ? { disabled: disabled ? 1 : 0 } : {}),
  };
  return writeTransaction(ctx.db, async (trx) => {
    const current = await trx.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const after = { role: changes.role ?? current.role, disabled: changes.disabled ?? current.disabled };
    if (isEnabledAdmin(current) && !isEnabledAdmin(after)) await keepAnEnabledAdmin(trx, id);
    await trx.updateTable('users').set(changes).where('id', '=', id).execute();
    if (password) await signOutEverywhere(trx, id, ctx.clock.now().toISOString());
    else if (disabled) await trx.deleteFrom('sessions').where('userId', '=', id).execute();
    return presentUser(await trx.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow());
  });
}

/**
 * Signs in. The attempt is reserved against the (username, address) and address allowances before
 * the password is hashed (signin-limit.ts), and an unknown or disabled username costs the same one
 * scrypt as a known one.
 */
export async function signIn(ctx: AppContext, username: string, password: string, client: string) {
  const reservation = await reserveSignIn(ctx, username, client);
  const user = await ctx.db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
  const matches = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || user.disabled !== 0 || !matches) throw new AppError('unauthenticated', 'wrong username or password');
  await reservation.succeeded();
  const now = ctx.clock.now();
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

export async function listTokens(ctx: AppContext, actor: Pick<Actor, 'id'>) {
  return ctx.db
    .selectFrom('api_tokens')
    .select(['id', 'name', 'createdAt', 'revokedAt', 'lastUsedAt'])
    .where('userId', '=', actor.id)
    .orderBy('createdAt', 'desc')
    .execute();
}

/** Revokes one of a user's tokens: their own, or any user's when an admin acts for them. */
export async function revokeToken(ctx: AppContext, owner: Pick<Actor, 'id'>, id: string) {
  const result = await ctx.db
    .updateTable('api_tokens')
    .set({ revokedAt: ctx.clock.now().toISOString() })
    .where('id', '=', id)
    .where('userId', '=', owner.id)
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw new AppError('not_found', 'token not found');
}

/** Enabled admins only: a disabled admin cannot manage anything, so it does not count as one. */
export async function hasEnabledAdmin(db: Kysely<Database>): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('role', '=', 'admin')
    .where('disabled', '=', 0)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Makes `username` an enabled admin with `password`: created if missing, otherwise promoted,
 * re-enabled and given the password, with every session and API token of theirs ended. For the
 * operator (start-up with TRACK_RECORD_ADMIN_PASSWORD, `track-record users reset-admin`), never the API.
 */
export async function restoreAdmin(
  ctx: AppContext,
  username: string,
  password: string,
): Promise<'created' | 'restored'> {
  const existing = await ctx.db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
  if (!existing) {
    await createUser(ctx, { username, displayName: 'Administrator', role: 'admin', password });
    return 'created';
  }
  await assertStrongPassword(password, [username, existing.displayName]);
  const passwordHash = await hashPassword(password);
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ role: 'admin', disabled: 0, passwordHash })
      .where('id', '=', existing.id)
      .execute();
    await signOutEverywhere(trx, existing.id, ctx.clock.now().toISOString());
  });
  return 'restored';
}

/** A one-time link (24 hours) that creates an admin; only redeemable while there is no enabled admin. */
export async function issueSetupToken(ctx: AppContext): Promise<string> {
  const token = newSecret();
  await ctx.db
    .insertInto('setup_tokens')
    .values({
      tokenHash: secretHash(token),
      expiresAt: new Date(ctx.clock.now().getTime() + 86400_000).toISOString(),
      usedAt: null,
    })
    .execute();
  return token;
}

/**
 * Start-up: when no enabled admin exists, TRACK_RECORD_ADMIN_PASSWORD creates the admin (or, when
 * the username exists — say a disabled or demoted admin — restores it with that password);
 * otherwise a one-time setup link is returned for main.ts to print. There is never a default password.
 */
export async function bootstrapAdmin(
  ctx: AppContext,
): Promise<{ created: boolean; restored: boolean; setupToken: string | null }> {
  if (await hasEnabledAdmin(ctx.db)) return { created: false, restored: false, setupToken: null };
  if (ctx.config.adminPassword) {
    const done = await restoreAdmin(ctx, ctx.config.adminUsername, ctx.config.adminPassword);
    return { created: done === 'created', restored: done === 'restored', setupToken: null };
  }
  return { created: false, restored: false, setupToken: await issueSetupToken(ctx) };
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
    if (await hasEnabledAdmin(trx)) throw new AppError('conflict', 'an admin already exists');
    return createUser({ ...ctx, db: trx }, { username, displayName: 'Administrator', role: 'admin', password });
  });
}
