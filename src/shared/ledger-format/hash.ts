/**
 * The event hash (DESIGN.md "The ledger"): sha256(prevHash + "\n" + seq + "\n" + type + "\n" +
 * payload), hex. The text that is hashed is built here once; the SHA-256 itself is passed in,
 * because the server hashes synchronously with node:crypto on its hot paths and the browser has
 * only WebCrypto's asynchronous digest.
 */
export const GENESIS_HASH = '0'.repeat(64);

/** SHA-256 of a text's UTF-8 bytes, lower-case hex. */
export type Sha256Hex = (text: string) => string;
export type Sha256HexAsync = (text: string) => Promise<string>;

export function eventHashInput(prevHash: string, seq: number, type: string, payload: string): string {
  return `${prevHash}\n${seq}\n${type}\n${payload}`;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += HEX[b]!;
  return out;
}

export function fromHex(hex: string): Uint8Array<ArrayBuffer> {
  if (!/^(?:[0-9a-f]{2})*$/.test(hex)) throw new Error('not lower-case hex');
  const out = new Uint8Array(new ArrayBuffer(hex.length / 2));
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

const encoder = new TextEncoder();

/** SHA-256 through WebCrypto (globalThis.crypto: browsers, workers and Node alike). */
export const webSha256Hex: Sha256HexAsync = async (text) =>
  toHex(new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', encoder.encode(text))));
