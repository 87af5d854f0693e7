import { z } from 'zod';
import { Handle } from './common.js';

/** The desk's settings: the publication's own handle, filled in on the editor's desk and made maker of unsourced calls. */
export const DeskSettings = z.strictObject({
  deskHandle: Handle.nullable(),
});
export type DeskSettings = z.infer<typeof DeskSettings>;
