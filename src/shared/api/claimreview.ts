import { z } from 'zod';

/** schema.org ClaimReview (JSON-LD) of a resolved claim, the markup fact-checkers publish. */
export const ClaimReviewJsonLd = z.object({
  '@context': z.literal('https://schema.org'),
  '@type': z.literal('ClaimReview'),
  url: z.string(),
  datePublished: z.string(),
  claimReviewed: z.string(),
  reviewBody: z.string().optional(),
  author: z.object({ '@type': z.literal('Organization'), name: z.string(), url: z.string() }),
  reviewRating: z.object({
    '@type': z.literal('Rating'),
    /** true 1, false 0, partial its credit; absent for a void claim (alternateName says why). */
    ratingValue: z.number().optional(),
    bestRating: z.number(),
    worstRating: z.number(),
    alternateName: z.string(),
  }),
  itemReviewed: z.object({
    '@type': z.literal('Claim'),
    author: z.array(z.object({ '@type': z.string(), name: z.string(), url: z.string().optional() })),
    datePublished: z.string(),
    appearance: z.array(z.object({ '@type': z.literal('CreativeWork'), url: z.string() })).optional(),
  }),
});
export type ClaimReviewJsonLd = z.infer<typeof ClaimReviewJsonLd>;
