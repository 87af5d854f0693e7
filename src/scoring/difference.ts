import { sameFigure } from './totals.js';

/** Where two JSON values first differ (`items[3].hits`), and their values there. */
export interface Difference {
  path: string;
  a: unknown;
  b: unknown;
}

/**
 * The first place two JSON values differ, numbers compared as the same figure (sums added up in another order, by
 * another engine or a replay, round differently), or null: what the audit and verify compare scores with.
 */
export function firstDifference(a: unknown, b: unknown, path = ''): Difference | null {
  if (typeof a === 'number' && typeof b === 'number') return sameFigure(a, b) ? null : { path, a, b };
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object')
    return Object.is(a, b) ? null : { path, a, b };
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const d = firstDifference(
      (a as Record<string, unknown>)[k],
      (b as Record<string, unknown>)[k],
      Array.isArray(a) ? `${path}[${k}]` : path ? `${path}.${k}` : k,
    );
    if (d) return d;
  }
  return null;
}
