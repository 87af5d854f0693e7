import { ADMIN_ROUTES } from './catalogue-admin.js';
import { CHECKPOINT_ROUTES } from './catalogue-checkpoints.js';
import { READER_ROUTES } from './catalogue-readers.js';
import { WRITER_ROUTES } from './catalogue-writers.js';
import type { RouteDoc } from './route-doc.js';

/** Every route the app serves, as documented. A test holds it to the routes Express registered. */
export const API_ROUTES: readonly RouteDoc[] = [
  ...READER_ROUTES,
  ...WRITER_ROUTES,
  ...ADMIN_ROUTES,
  ...CHECKPOINT_ROUTES,
];
