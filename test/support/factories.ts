import type { ResolutionCreate } from '../../src/shared/api/claims.js';
import type { Client } from './server.js';

let counter = 0;
/** A handle no other test in the file uses. */
export function uniqueHandle(prefix = 'src'): string {
  counter += 1;
  return `${prefix}_${process.pid.toString(36)}_${counter}`;
}

export async function makeSource(editor: Client, overrides: Record<string, unknown> = {}) {
  const handle = uniqueHandle();
  const res = await editor.post('/api/sources', { handle, displayName: `Source ${handle}`, ...overrides });
  if (res.status !== 201) throw new Error(`makeSource: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { handle: string; id: string };
}

export async function makeClaim(editor: Client, overrides: Record<string, unknown> = {}) {
  const source = overrides.sources ? null : await makeSource(editor);
  const res = await editor.post('/api/claims', {
    kind: 'CLAIM',
    statement: 'Token supply will not meet demand through 2027-28.',
    windowStart: '2026-02-09',
    windowEnd: '2026-02-20',
    sources: source ? [{ handle: source.handle, role: 'made' }] : undefined,
    ...overrides,
  });
  if (res.status !== 201) throw new Error(`makeClaim: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; sources: { handle: string }[] };
}

export const EVIDENCE = ['https://example.com/evidence'];

/** A resolution with evidence and nothing else set, as a reviewer's plain ruling. */
export const ruling = (outcome: 'true' | 'false', more: Partial<ResolutionCreate> = {}): ResolutionCreate => ({
  outcome,
  evidence: EVIDENCE,
  note: '',
  early: false,
  credit: null,
  voidReason: null,
  supersedes: null,
  reason: null,
  ...more,
});

/**
 * A random claim's body for the randomised leaderboard tests: a random kind and tag, made by one
 * source and cited by another (or made alone when both picks are the same source).
 */
export function randomClaimBody(
  step: number,
  windowEnd: string,
  pick: <T>(xs: T[]) => T,
  sources: { handle: string }[],
) {
  const [a, b] = [pick(sources), pick(sources)];
  return {
    kind: pick(['BULL', 'BEAR', 'CLAIM', 'WATCH']),
    statement: `Claim ${step} will come true.`,
    windowEnd,
    tags: [pick(['ai', 'chips'])],
    sources:
      a.handle === b.handle
        ? [{ handle: a.handle, role: 'made' }]
        : [
            { handle: a.handle, role: 'made' },
            { handle: b.handle, role: 'cited' },
          ],
  };
}
