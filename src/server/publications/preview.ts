import type { PreviewResponse } from '../../shared/api/publications.js';
import type { AppContext } from '../context.js';
import { sha256Hex } from '../ledger/hash.js';
import { findSourceByHandle } from '../sources/queries.js';

/** Proposes the claims of a pasted issue; writes nothing. */
export async function previewPublication(ctx: AppContext, text: string, publishedOn: string): Promise<PreviewResponse> {
  // Loaded on first use: readers' requests never pay for the extractor's tables.
  const { extractClaimsWithSpans } = await import('../../ingest/index.js');
  const drafts = extractClaimsWithSpans(text, { published: publishedOn }).map(({ claim, start, end }) => ({
    ...claim,
    start,
    end,
  }));
  const handles = [...new Set(drafts.flatMap((d) => d.sources.map((s) => s.replace(/^@/, '').toLowerCase())))];
  const unknownSources: string[] = [];
  for (const h of handles) if (!(await findSourceByHandle(ctx.db, h))) unknownSources.push(h);
  const sha256 = sha256Hex(text);
  const earlier = await ctx.db.selectFrom('publications').select('id').where('sha256', '=', sha256).executeTakeFirst();
  return { drafts, unknownSources, sha256, duplicateOf: earlier?.id ?? null };
}
