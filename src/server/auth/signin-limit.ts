import { sql } from 'kysely';
import type { AppContext } from '../context.js';
import { AppError } from '../http/errors.js';

const WINDOW_MS = 15 * 60 * 1000;

/**
 * Sign-in attempts allowed per 15-minute window: per username from one address, and (looser, for
 * shared offices) per address over all usernames. There is no per-username limit over all
 * addresses: one would let anybody lock a user out, and a correct password from an address that
 * has not failed must always get in.
 */
export const SIGNIN_LIMITS = { userAtAddress: 10, address: 50 };

interface Reservation {
  key: string;
}

const keysFor = (username: string, address: string): [string, number][] => [
  [`ua:${username}@${address}`, SIGNIN_LIMITS.userAtAddress],
  [`ip:${address}`, SIGNIN_LIMITS.address],
];

/**
 * Takes one attempt from a key's allowance in a single conditional upsert, so the check and the
 * count are one step on both engines and in any number of server processes: N parallel requests
 * can never all see "9 so far". Returns false when the allowance is spent (nothing is counted).
 */
async function take(ctx: AppContext, key: string, max: number, now: Date): Promise<boolean> {
  const nowIso = now.toISOString();
  const since = new Date(now.getTime() - WINDOW_MS).toISOString();
  const { rows } = await sql<{ attempts: number }>`
    insert into signin_limits (key, "windowStart", attempts) values (${key}, ${nowIso}, 1)
    on conflict (key) do update set
      attempts = case when signin_limits."windowStart" <= ${since} then 1 else signin_limits.attempts + 1 end,
      "windowStart" = case when signin_limits."windowStart" <= ${since} then ${nowIso} else signin_limits."windowStart" end
    where signin_limits.attempts < ${max} or signin_limits."windowStart" <= ${since}
    returning attempts`.execute(ctx.db);
  return rows.length === 1;
}

async function giveBack(ctx: AppContext, key: string): Promise<void> {
  await sql`update signin_limits set attempts = case when attempts > 0 then attempts - 1 else 0 end where key = ${key}`.execute(
    ctx.db,
  );
}

async function retryAfterSeconds(ctx: AppContext, keys: string[], now: Date): Promise<number> {
  const rows = await ctx.db.selectFrom('signin_limits').select('windowStart').where('key', 'in', keys).execute();
  const ends = rows.map((r) => Date.parse(r.windowStart) + WINDOW_MS - now.getTime());
  return Math.max(1, Math.ceil(Math.max(0, ...ends) / 1000));
}

/**
 * Reserves one attempt for (username, address) before the password is hashed; throws 429 (with
 * Retry-After in the details) when either allowance is spent. The caller calls `succeeded` on a
 * correct password, which clears that user's failures from that address and returns the address's
 * attempt; a failure keeps both counted.
 */
export async function reserveSignIn(
  ctx: AppContext,
  username: string,
  address: string,
): Promise<{ succeeded(): Promise<void> }> {
  const now = ctx.clock.now();
  const taken: Reservation[] = [];
  for (const [key, max] of keysFor(username, address)) {
    if (await take(ctx, key, max, now)) {
      taken.push({ key });
      continue;
    }
    for (const r of taken) await giveBack(ctx, r.key);
    const retryAfter = await retryAfterSeconds(ctx, [key], now);
    throw new AppError('rate_limited', `too many failed sign-ins; try again in ${Math.ceil(retryAfter / 60)} minutes`, {
      retryAfter,
    });
  }
  return {
    async succeeded() {
      const [userKey, addressKey] = taken;
      if (userKey) await ctx.db.deleteFrom('signin_limits').where('key', '=', userKey.key).execute();
      if (addressKey) await giveBack(ctx, addressKey.key);
    },
  };
}
