import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { AuditAborted } from './discrepancy.js';

/** A checkpoint the auditor has seen on the chain, and where it came from. */
export const Pin = z.object({ seq: z.number().int().min(0), hash: z.string(), label: z.string() });
export type Pin = z.infer<typeof Pin>;

/**
 * What `audit --state FILE` remembers between runs: the instance, the first signing key seen,
 * every checkpoint seen on the chain, and how far the chain was checked (the replay database
 * FILE.sqlite holds the events up to there).
 */
export const AuditState = z.object({
  url: z.string(),
  firstKey: z.string().nullable(),
  pins: z.array(Pin),
  checked: z.object({ seq: z.number().int(), hash: z.string() }),
});
export type AuditState = z.infer<typeof AuditState>;

export function readState(file: string): AuditState | null {
  if (!existsSync(file)) return null;
  const parsed = AuditState.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new AuditAborted(`${file} is not an audit state file`);
  return parsed.data;
}

/** Written to a temporary file and renamed, so an interrupted run never leaves half a state. */
export function writeState(file: string, state: AuditState): void {
  writeFileSync(`${file}.tmp`, JSON.stringify(state, null, 1));
  renameSync(`${file}.tmp`, file);
}
