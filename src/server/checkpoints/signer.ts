import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeSha256Hex } from '../ledger/hash.js';

/** The instance's Ed25519 signing key, as checkpoints use it. */
export interface Signer {
  /** The first 16 hex digits of sha256(publicKey). */
  keyId: string;
  /** Raw 32-byte Ed25519 public key, hex. */
  publicKey: string;
  /** Ed25519 signature of `message`'s UTF-8 bytes, hex. */
  sign(message: string): string;
  /** The private key as PKCS#8 PEM (to store it). */
  pem(): string;
}

export const KEY_FILE = 'signing-key.pem';

function rawPublicKey(key: KeyObject): string {
  const jwk = createPublicKey(key).export({ format: 'jwk' });
  return Buffer.from(jwk.x!, 'base64url').toString('hex');
}

export function signerFromKey(privateKey: KeyObject): Signer {
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error('the signing key must be an Ed25519 key');
  const publicKey = rawPublicKey(privateKey);
  return {
    keyId: nodeSha256Hex(publicKey).slice(0, 16),
    publicKey,
    sign: (message) => sign(null, Buffer.from(message, 'utf8'), privateKey).toString('hex'),
    pem: () => privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
  };
}

/** A PKCS#8 PEM, or the same base64 without its armour (handier in an environment variable). */
export function signerFromText(text: string): Signer {
  const trimmed = text.trim();
  const pem = trimmed.startsWith('-----')
    ? trimmed
    : `-----BEGIN PRIVATE KEY-----\n${trimmed.replace(/\s+/g, '')}\n-----END PRIVATE KEY-----`;
  return signerFromKey(createPrivateKey(pem));
}

export function generateSigner(): Signer {
  return signerFromKey(generateKeyPairSync('ed25519').privateKey);
}

/** Writes a key readable by its owner only (0600), creating the folder if needed. */
export function writeKeyFile(path: string, signer: Signer): void {
  writeFileSync(path, signer.pem(), { mode: 0o600, flag: 'wx' });
  chmodSync(path, 0o600);
}

/**
 * The signing key: TRACK_RECORD_SIGNING_KEY when set, else `signing-key.pem` in the data folder,
 * created (0600) on first start. Never in the database: whoever can rewrite the database must not
 * also hold the key that signs its checkpoints (PostgreSQL deployments keep a data folder or the
 * environment variable for it).
 */
export function loadSigner(options: { dataDir: string; signingKey: string | null }): {
  signer: Signer;
  created: boolean;
} {
  if (options.signingKey) return { signer: signerFromText(options.signingKey), created: false };
  const path = join(options.dataDir, KEY_FILE);
  if (existsSync(path)) return { signer: signerFromText(readFileSync(path, 'utf8')), created: false };
  mkdirSync(options.dataDir, { recursive: true });
  const signer = generateSigner();
  writeKeyFile(path, signer);
  return { signer, created: true };
}
