import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  CHAIN_START,
  canonicalJson,
  chainWalk,
  chainWalkAsync,
  checkpointMessage,
  eventHashInput,
  parseCheckpointRef,
  shortCheckpoint,
  toHex,
  verifyCheckpointSignature,
  webSha256Hex,
} from '../../../src/shared/ledger-format/index.js';
import { eventHash, nodeSha256Hex } from '../../../src/server/ledger/hash.js';

function chain(n: number) {
  const events = [];
  let prevHash = CHAIN_START.hash;
  for (let seq = 1; seq <= n; seq++) {
    const payload = canonicalJson({ id: `c${seq}`, text: 'naïve “quote” \u0001', n: seq / 3 });
    const hash = eventHash(prevHash, seq, 'claim.created', payload);
    events.push({ seq, type: 'claim.created', payload, prevHash, hash });
    prevHash = hash;
  }
  return events;
}

// Issue 24 item 4: one implementation of the format; WebCrypto's digest gives node:crypto's bytes.
describe('the shared ledger format', () => {
  it('hashes the same through WebCrypto and node:crypto', async () => {
    const text = eventHashInput('0'.repeat(64), 7, 'source.created', canonicalJson({ b: 'é😀', a: [1, null, 2.5] }));
    expect(await webSha256Hex(text)).toBe(nodeSha256Hex(text));
  });

  it('walks a chain and names the first bad event, sync and async alike', async () => {
    const events = chain(20);
    expect(chainWalk(nodeSha256Hex, CHAIN_START, events)).toEqual({
      ok: true,
      point: { seq: 20, hash: events[19]!.hash },
    });
    const edited = events.map((e) => (e.seq === 12 ? { ...e, payload: e.payload.replace('c12', 'c99') } : e));
    const expected = { ok: false, seq: 12, problem: 'event 12: hash does not match its contents' };
    expect(chainWalk(nodeSha256Hex, CHAIN_START, edited)).toEqual(expected);
    expect(await chainWalkAsync(webSha256Hex, CHAIN_START, edited)).toEqual(expected);
    const gap = events.filter((e) => e.seq !== 5);
    expect(chainWalk(nodeSha256Hex, CHAIN_START, gap)).toMatchObject({ ok: false, seq: 6 });
  });

  it('verifies an Ed25519 checkpoint signed by node:crypto, and rejects an altered one', async () => {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const pub = toHex(new Uint8Array(Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url')));
    const body = { seq: 3, hash: 'a'.repeat(64), at: '2026-12-05T00:00:00.000Z', keyId: 'k1' };
    const signature = sign(null, Buffer.from(checkpointMessage(body)), privateKey).toString('hex');
    expect(await verifyCheckpointSignature({ ...body, signature }, pub)).toBe(true);
    expect(await verifyCheckpointSignature({ ...body, seq: 4, signature }, pub)).toBe(false);
  });

  it('quotes and parses checkpoints', () => {
    const hash = '9f3a' + '0'.repeat(58) + 'c2';
    expect(shortCheckpoint({ seq: 1234, hash })).toBe('#1234 · 9f3a…c2');
    expect(parseCheckpointRef(`1234:${hash}`)).toEqual({ seq: 1234, hash });
    expect(parseCheckpointRef('12:abc')).toBeNull();
  });
});
