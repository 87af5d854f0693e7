import type { Migration } from 'kysely';
import * as m0001 from './2026_11_25_0001_initial.js';
import * as m0002 from './2026_11_25_0002_review.js';

/** Static provider: works unchanged under tsx, vitest and the compiled dist/. */
export const migrations: Record<string, Migration> = {
  '2026_11_25_0001_initial': m0001,
  '2026_11_25_0002_review': m0002,
};
