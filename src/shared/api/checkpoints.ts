import { z } from 'zod';

const Hex = z.string().regex(/^[0-9a-f]+$/);

/** A signed checkpoint of the ledger's head (src/shared/ledger-format/checkpoint.ts). */
export const Checkpoint = z.object({
  /** Checkpoints are numbered 1, 2, … in the order they were signed. */
  id: z.number().int(),
  seq: z.number().int(),
  hash: Hex,
  at: z.string(),
  keyId: z.string(),
  /** The signing key's raw Ed25519 public key, hex. */
  publicKey: Hex,
  /** On a key rotation: the next key, announced under this one's signature. */
  nextKey: Hex.nullable(),
  signature: Hex,
});
export type Checkpoint = z.infer<typeof Checkpoint>;

export const CheckpointsQuery = z.object({
  after: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(500),
});
export const CheckpointsPage = z.object({ items: z.array(Checkpoint), next: z.number().nullable() });

/** /.well-known/track-record.json: who this ledger is and the key its checkpoints are signed with. */
export const WellKnown = z.object({
  name: z.string(),
  url: z.string(),
  keyId: z.string(),
  publicKey: Hex,
  algorithm: z.literal('Ed25519'),
  checkpoints: z.string(),
  events: z.string(),
});
export type WellKnown = z.infer<typeof WellKnown>;
