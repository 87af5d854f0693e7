import { Router } from 'express';
import { AssignmentCreate, Id, RecentRulingsQuery, ReviewerPrefsUpdate } from '../../shared/api/index.js';
import type { AppContext } from '../context.js';
import { actorOf, requireRole } from '../http/auth.js';
import { parse } from '../http/parse.js';
import { findRecentRulings } from '../review/recent.js';
import { findPrefs, findReviewers } from './queries.js';
import { assignClaims, savePrefs, unassignClaim } from './service.js';

/** The reviewer's desk under /api/review: assignments, digest preferences, recent rulings. */
export function reviewDeskRoutes(ctx: AppContext): Router {
  const r = Router();
  r.get('/reviewers', requireRole('editor', 'reviewer'), async (_req, res) => {
    res.json({ items: await findReviewers(ctx.db) });
  });
  r.post('/assignments', requireRole('editor'), async (req, res) => {
    const input = parse(AssignmentCreate, req.body);
    const assigned = await assignClaims(ctx, actorOf(res).username, input);
    res.json({ reviewer: input.reviewer, assigned });
  });
  r.delete('/assignments/:claimId', requireRole('editor'), async (req, res) => {
    await unassignClaim(ctx, parse(Id, req.params.claimId));
    res.status(204).end();
  });
  r.get('/prefs', requireRole('reviewer'), async (_req, res) => {
    res.json(await findPrefs(ctx.db, actorOf(res).username));
  });
  r.patch('/prefs', requireRole('reviewer'), async (req, res) => {
    const username = actorOf(res).username;
    await savePrefs(ctx, username, parse(ReviewerPrefsUpdate, req.body));
    res.json(await findPrefs(ctx.db, username));
  });
  r.get('/recent', requireRole('reviewer'), async (req, res) => {
    const query = parse(RecentRulingsQuery, req.query);
    res.set('Cache-Control', 'no-store');
    res.json({ items: await findRecentRulings(ctx.db, query, actorOf(res).username) });
  });
  return r;
}
