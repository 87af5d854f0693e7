import type { Kysely } from 'kysely';
import type { ClaimReviewJsonLd } from '../../shared/api/claimreview.js';
import type { Database } from '../db/schema.js';
import { AppError, notFound } from '../http/errors.js';

type Db = Kysely<Database>;

const RATING_NAME: Record<string, string> = { true: 'True', false: 'False', partial: 'Partly true' };
const VOID_NAME: Record<string, string> = {
  ambiguous: 'Void: ambiguous',
  condition_not_met: 'Void: condition not met',
  withdrawn: 'Void: withdrawn',
};

/**
 * schema.org ClaimReview of a resolved claim. The claim's authors are the sources that made it;
 * the rating runs from 0 (false) to 1 (true), a partial outcome rated by its credit. An unknown
 * claim and a claim without a resolution that counts are both 404: there is no review to show.
 */
export async function findClaimReview(db: Db, claimId: string, publicUrl: string): Promise<ClaimReviewJsonLd> {
  const claim = await db
    .selectFrom('claims')
    .leftJoin('publications', 'publications.id', 'claims.publicationId')
    .select([
      'claims.id',
      'claims.statement',
      'claims.resolutionId',
      'claims.outcome',
      'claims.credit',
      'claims.resolvedAt',
      'claims.createdAt',
      'publications.publishedOn',
      'publications.url as publicationUrl',
    ])
    .where('claims.id', '=', claimId)
    .executeTakeFirst();
  if (!claim) throw notFound('claim');
  if (!claim.resolutionId || !claim.outcome || !claim.resolvedAt)
    throw new AppError('not_found', 'no ClaimReview yet: the claim has no resolution that counts');
  const [resolution, sources] = await Promise.all([
    db
      .selectFrom('resolutions')
      .select(['voidReason', 'note'])
      .where('id', '=', claim.resolutionId)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('claim_sources')
      .innerJoin('sources', 'sources.id', 'claim_sources.sourceId')
      .select(['sources.displayName', 'sources.kind', 'sources.url', 'claim_sources.role'])
      .where('claim_sources.claimId', '=', claimId)
      .orderBy('sources.handle')
      .execute(),
  ]);
  const makers = sources.some((s) => s.role === 'made') ? sources.filter((s) => s.role === 'made') : sources;
  const base = publicUrl.replace(/\/$/, '');
  const isVoid = claim.outcome === 'void';
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: `${base}/claims/${claim.id}`,
    datePublished: claim.resolvedAt.slice(0, 10),
    claimReviewed: claim.statement,
    ...(resolution.note ? { reviewBody: resolution.note } : {}),
    author: { '@type': 'Organization', name: 'Track Record', url: `${base}/` },
    reviewRating: {
      '@type': 'Rating',
      ...(isVoid ? {} : { ratingValue: claim.credit ?? 0 }),
      bestRating: 1,
      worstRating: 0,
      alternateName: isVoid
        ? Object.hasOwn(VOID_NAME, resolution.voidReason ?? '')
          ? (VOID_NAME[resolution.voidReason ?? ''] as string)
          : 'Void'
        : Object.hasOwn(RATING_NAME, claim.outcome)
          ? (RATING_NAME[claim.outcome] as string)
          : claim.outcome,
    },
    itemReviewed: {
      '@type': 'Claim',
      author: makers.map((s) => ({
        '@type': s.kind === 'person' ? 'Person' : 'Organization',
        name: s.displayName,
        ...(s.url ? { url: s.url } : {}),
      })),
      datePublished: claim.publishedOn ?? claim.createdAt.slice(0, 10),
      ...(claim.publicationUrl
        ? { appearance: [{ '@type': 'CreativeWork' as const, url: claim.publicationUrl }] }
        : {}),
    },
  };
}
