import type { Migration } from 'kysely';
import * as m0001 from './2026_11_25_0001_initial.js';

/** Static provider: works unchanged under tsx, vitest and the compiled dist/. */
export const migrations: Record<string, Migration> = {
  '2026_11_25_0001_initial': m0001,
};
