import type { Migration } from 'kysely';
import * as m0001 from './2026_11_25_0001_initial.js';
import * as m0002 from './2026_11_25_0002_review.js';
import * as m0003 from './2026_12_01_0003_link_tables_without_rowid.js';
import * as m0030 from './2026_12_05_0030_calendars.js';
import * as m0050 from './2026_12_05_0050_read_model.js';

/** Static provider: works unchanged under tsx, vitest and the compiled dist/. */
export const migrations: Record<string, Migration> = {
  '2026_11_25_0001_initial': m0001,
  '2026_11_25_0002_review': m0002,
  '2026_12_01_0003_link_tables_without_rowid': m0003,
  '2026_12_05_0030_calendars': m0030,
  '2026_12_05_0050_read_model': m0050,
};
