import type { Kind, ResolvedCall } from '../../../src/scoring/index.js';

/** A resolved call literal: `call(p, y)` or `call(p, y, { kind, resolvedOn })`. */
export function call(
  probability: number | null,
  outcome: number | null,
  extra: { kind?: Kind; resolvedOn?: string; source?: string } = {},
): ResolvedCall {
  return {
    probability,
    outcome,
    kind: extra.kind ?? 'CLAIM',
    ...(extra.resolvedOn ? { resolvedOn: extra.resolvedOn } : {}),
    ...(extra.source ? { source: extra.source } : {}),
  };
}

/** `count` copies of a call. */
export function times(count: number, c: ResolvedCall): ResolvedCall[] {
  return Array.from({ length: count }, () => ({ ...c }));
}
