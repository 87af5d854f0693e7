import { Router } from 'express';
import { Handle, LeaderboardQuery, ScorecardQuery } from '../../shared/api/index.js';
import type { AppContext } from '../context.js';
import { parse } from '../http/parse.js';
import { getLeaderboard, getScorecard } from './service.js';

export function leaderboardRoutes(ctx: AppContext): Router {
  const r = Router();
  r.get('/', async (req, res) => {
    res.json(await getLeaderboard(ctx, parse(LeaderboardQuery, req.query)));
  });
  return r;
}

export function scorecardRoutes(ctx: AppContext): Router {
  const r = Router();
  r.get('/:handle/scorecard', async (req, res) => {
    res.json(await getScorecard(ctx, parse(Handle, req.params.handle), parse(ScorecardQuery, req.query)));
  });
  return r;
}
