import { Router } from 'express';
import { Id } from '../../shared/api/common.js';
import { ReviewQueueQuery } from '../../shared/api/review.js';
import { today } from '../clock.js';
import type { AppContext } from '../context.js';
import { actorOf } from '../http/auth.js';
import { parse } from '../http/parse.js';
import { findClaimReview } from './claimreview.js';
import { findReviewQueue } from './queries.js';

/** The due queue is public like the claims it lists; resolving from it needs the reviewer role. */
export function reviewRoutes(ctx: AppContext): Router {
  const r = Router();
  r.get('/queue', async (req, res) => {
    const query = parse(ReviewQueueQuery, req.query);
    // "Assigned to me" needs to know who "me" is; the rest of the queue stays public.
    const assignee = query.assigned === 'me' ? actorOf(res).username : undefined;
    res.set('Cache-Control', 'no-store');
    res.json(
      await findReviewQueue(ctx.db, query, {
        today: today(ctx.clock),
        requireConfirmation: ctx.config.requireConfirmation,
        assignee,
      }),
    );
  });
  return r;
}

/** GET /api/claims/:id/claimreview — mounted before the claim routes. */
export function claimReviewRoutes(ctx: AppContext): Router {
  const r = Router();
  r.get('/:id/claimreview', async (req, res) => {
    const review = await findClaimReview(ctx.db, parse(Id, req.params.id), ctx.config.publicUrl);
    res.set('Content-Type', 'application/ld+json; charset=utf-8');
    res.send(JSON.stringify(review));
  });
  return r;
}
