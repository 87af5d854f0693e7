import type { z } from 'zod';
import { ClaimListQuery } from './claims.js';

/** Filters of the claim exports: those of the claim list, without paging (an export is everything). */
export const ClaimExportQuery = ClaimListQuery.omit({ cursor: true, limit: true });
export type ClaimExportQuery = z.infer<typeof ClaimExportQuery>;
