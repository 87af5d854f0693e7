import { canonicalJson } from './canonical-json.js';
import { fromHex, toHex, type Sha256HexAsync } from './hash.js';

/**
 * A signed checkpoint (docs/checkpoints.md): the ledger's head {seq, hash} at a time, signed
 * with the instance's Ed25519 key. Copies of it held by others (newsletters, feed readers,
 * webhook receivers, auditors' state files) pin the chain: a history rewritten later no longer
 * contains them. A checkpoint that carries `nextKey` announces a new signing key, signed with
 * the old one, so a key rotation is itself on the record.
 */
export interface CheckpointBody {
  seq: number;
  hash: string;
  at: string;
  keyId: string;
  /** Only on a rotation: the new key's raw Ed25519 public key, hex. */
  nextKey?: string | null;
}

export interface SignedCheckpoint extends CheckpointBody {
  /** Ed25519 signature of checkpointMessage(body), hex. */
  signature: string;
}

/** The bytes that are signed: a fixed label, then the body's canonical JSON (no key order or spacing to argue about). */
export function checkpointMessage(body: CheckpointBody): string {
  const { seq, hash, at, keyId, nextKey } = body;
  return `track-record checkpoint\n${canonicalJson({ seq, hash, at, keyId, nextKey: nextKey ?? undefined })}`;
}

/** A key's id: the first 16 hex digits of the SHA-256 of its raw public key bytes (given as hex). */
export async function keyIdOf(publicKeyHex: string, sha256: Sha256HexAsync): Promise<string> {
  return (await sha256(publicKeyHex)).slice(0, 16);
}

/** "#1234 · 9f3a…c2": how a checkpoint is quoted in pages, feeds and newsletters. */
export function shortCheckpoint(c: { seq: number; hash: string }): string {
  return `#${c.seq} · ${c.hash.slice(0, 4)}…${c.hash.slice(-2)}`;
}

/** Parses "SEQ:HASH" (a checkpoint quoted from a newsletter) or null when it is not one. */
export function parseCheckpointRef(text: string): { seq: number; hash: string } | null {
  const m = /^(\d+):([0-9a-f]{64})$/.exec(text.trim());
  return m ? { seq: Number(m[1]), hash: m[2]! } : null;
}

const encoder = new TextEncoder();

/** Verifies a checkpoint's Ed25519 signature with WebCrypto (browsers and Node alike). */
export async function verifyCheckpointSignature(c: SignedCheckpoint, publicKeyHex: string): Promise<boolean> {
  try {
    const subtle = globalThis.crypto.subtle;
    const key = await subtle.importKey('raw', fromHex(publicKeyHex), { name: 'Ed25519' }, false, ['verify']);
    return await subtle.verify({ name: 'Ed25519' }, key, fromHex(c.signature), encoder.encode(checkpointMessage(c)));
  } catch {
    return false;
  }
}

export { toHex };
