import { proposeClause } from '../../ingest/index.js';
import type { PreviewResponse } from '../../shared/api/publications.js';
import { currentCalendars } from '../calendars/service.js';
import type { AppContext } from '../context.js';
import { sha256Hex } from '../ledger/hash.js';
import { findSourceByHandle } from '../sources/queries.js';
import { extractOffThread } from './extract-off-thread.js';

/** Proposes the claims of a pasted issue with the calendars as they stand now; writes nothing. */
export async function previewPublication(ctx: AppContext, text: string, publishedOn: string): Promise<PreviewResponse> {
  const stored = await currentCalendars(ctx);
  const spans = await extractOffThread(text, publishedOn, stored);
  const drafts = spans.map(({ claim, start, end }) => ({ ...claim, clause: proposeClause(claim.text), start, end }));
  const handles = [...new Set(drafts.flatMap((d) => d.sources.map((s) => s.replace(/^@/, '').toLowerCase())))];
  const unknownSources: string[] = [];
  for (const h of handles) if (!(await findSourceByHandle(ctx.db, h))) unknownSources.push(h);
  const sha256 = sha256Hex(text);
  const earlier = await ctx.db.selectFrom('publications').select('id').where('sha256', '=', sha256).executeTakeFirst();
  return { drafts, unknownSources, sha256, duplicateOf: earlier?.id ?? null };
}
