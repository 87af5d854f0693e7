import type { Migration } from 'kysely';
import * as m0001 from './2026_11_25_0001_initial.js';
import * as m0002 from './2026_11_25_0002_review.js';
import * as m0003 from './2026_12_01_0003_link_tables_without_rowid.js';
import * as m0030 from './2026_12_05_0030_calendars.js';
import * as m0060 from './2026_12_05_0060_desk_settings.js';
import * as m0033 from './2026_12_05_0033_signin_limits.js';
import * as m0055 from './2026_12_05_0055_drop_deferred_stats.js';
import * as m0035 from './2026_12_05_0035_checkpoints.js';
import * as m0040 from './2026_12_05_0040_reviewer_desk.js';
import * as m0045 from './2026_12_05_0045_search.js';
import * as m0050 from './2026_12_05_0050_read_model.js';
import * as m0610 from './2026_12_06_0010_facet_totals.js';
import * as m0650 from './2026_12_06_0050_tag_counts.js';
import * as m0630 from './2026_12_06_0300_claim_sources_role.js';
import * as m0690 from './2026_12_06_0900_read_model_without_rowid.js';
import * as m0710 from './2026_12_07_0100_open_days_source_without_count.js';
import * as m0810 from './2026_12_08_0010_period_windows.js';
import * as m0911 from './2026_12_09_0011_queue_keys_without_claim_index.js';
import * as m1103 from './2026_12_11_0003_search_claims_external_content.js';
import * as m1113 from './2026_12_11_0013_claims_publication_partial.js';
import * as m1230 from './2026_12_12_0030_claims_due_partial.js';
import * as m1231 from './2026_12_12_0031_facet_totals_without_rowid.js';
import * as m1232 from './2026_12_12_0032_read_model_fillfactor.js';
import * as m1233 from './2026_12_12_0033_events_seq_rowid.js';
import * as m1240 from './2026_12_12_0040_calendar_federal_departments.js';
import * as m1241 from './2026_12_12_0041_calendar_rows_since_seed.js';
import * as m1250 from './2026_12_12_0050_calendar_fiscal_july_september.js';
import * as m1260 from './2026_12_12_0060_calendar_rapidus.js';
import * as m1270 from './2026_12_12_0070_calendar_holiday_spellings.js';
import * as m1280 from './2026_12_12_0080_calendar_google_io.js';
import * as m1285 from './2026_12_12_0085_calendar_recurring_events.js';
import * as m1290 from './2026_12_12_0090_calendar_named_events.js';
import * as m12100 from './2026_12_12_0100_calendar_fiscal_july_june_companies.js';
import * as m12110 from './2026_12_12_0110_calendar_boe_names.js';
import * as m12120 from './2026_12_12_0120_claims_updated_in_place.js';
import * as m12130 from './2026_12_12_0130_calendar_fiscal_south_africa_kenya.js';

/** Static provider: works unchanged under tsx, vitest and the compiled dist/. */
export const migrations: Record<string, Migration> = {
  '2026_11_25_0001_initial': m0001,
  '2026_11_25_0002_review': m0002,
  '2026_12_01_0003_link_tables_without_rowid': m0003,
  '2026_12_05_0030_calendars': m0030,
  '2026_12_05_0060_desk_settings': m0060,
  '2026_12_05_0033_signin_limits': m0033,
  '2026_12_05_0055_drop_deferred_stats': m0055,
  '2026_12_05_0035_checkpoints': m0035,
  '2026_12_05_0040_reviewer_desk': m0040,
  '2026_12_05_0045_search': m0045,
  '2026_12_05_0050_read_model': m0050,
  '2026_12_06_0010_facet_totals': m0610,
  '2026_12_06_0050_tag_counts': m0650,
  '2026_12_06_0300_claim_sources_role': m0630,
  '2026_12_06_0900_read_model_without_rowid': m0690,
  '2026_12_07_0100_open_days_source_without_count': m0710,
  '2026_12_08_0010_period_windows': m0810,
  '2026_12_09_0011_queue_keys_without_claim_index': m0911,
  '2026_12_11_0003_search_claims_external_content': m1103,
  '2026_12_11_0013_claims_publication_partial': m1113,
  '2026_12_12_0030_claims_due_partial': m1230,
  '2026_12_12_0031_facet_totals_without_rowid': m1231,
  '2026_12_12_0032_read_model_fillfactor': m1232,
  '2026_12_12_0033_events_seq_rowid': m1233,
  '2026_12_12_0040_calendar_federal_departments': m1240,
  '2026_12_12_0041_calendar_rows_since_seed': m1241,
  '2026_12_12_0050_calendar_fiscal_july_september': m1250,
  '2026_12_12_0060_calendar_rapidus': m1260,
  '2026_12_12_0070_calendar_holiday_spellings': m1270,
  '2026_12_12_0080_calendar_google_io': m1280,
  '2026_12_12_0085_calendar_recurring_events': m1285,
  '2026_12_12_0090_calendar_named_events': m1290,
  '2026_12_12_0100_calendar_fiscal_july_june_companies': m12100,
  '2026_12_12_0110_calendar_boe_names': m12110,
  '2026_12_12_0120_claims_updated_in_place': m12120,
  '2026_12_12_0130_calendar_fiscal_south_africa_kenya': m12130,
};
