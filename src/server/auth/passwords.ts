import { randomBytes, scrypt, timingSafeEqual, createHash } from 'node:crypto';

const N = 16384;
const KEYLEN = 64;

function scryptAsync(password: string, salt: Buffer, n: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password, salt, KEYLEN, { N: n, r: 8, p: 1, maxmem: 64 * 1024 * 1024 }, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
}

/** `scrypt$N$salt$hash`, so the cost can be raised later without breaking old hashes. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, N);
  return `scrypt$${N}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

/**
 * A well-formed hash nobody's password matches: checked when the username is unknown (or the
 * user disabled), so a sign-in takes one scrypt whatever the username and its timing does not
 * tell which usernames exist.
 */
export const DUMMY_HASH = `scrypt$${N}$${randomBytes(16).toString('base64url')}$${randomBytes(KEYLEN).toString('base64url')}`;

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !salt || !hash) return false;
  const key = await scryptAsync(password, Buffer.from(salt, 'base64url'), Number(n));
  const expected = Buffer.from(hash, 'base64url');
  return expected.length === key.length && timingSafeEqual(expected, key);
}

/** Secrets (session ids, API tokens, setup tokens) are stored only as their SHA-256. */
export function secretHash(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function newSecret(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}
