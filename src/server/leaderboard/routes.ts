import { Router } from 'express';
import { Handle, LeaderboardQuery, ScorecardQuery } from '../../shared/api/index.js';
import { today } from '../clock.js';
import type { AppContext } from '../context.js';
import { parse } from '../http/parse.js';
import { currentHead } from '../ledger/head-reader.js';
import { bodyCacheFor, cachedBody, sendCached } from './response-cache.js';
import { getLeaderboard, getScorecard } from './service.js';

/**
 * GET /api/leaderboard. Mounted before the body parsers and authentication (app.ts): a public
 * read needs neither. Reads the ledger head (from the database, so processes sharing one agree),
 * then sends the bytes kept for (head, day, query) — computed once per write.
 */
export function leaderboardRoutes(ctx: AppContext): Router {
  const r = Router();
  const cache = bodyCacheFor(ctx.db);
  r.get('/', async (req, res) => {
    const head = await currentHead(ctx.db);
    const day = today(ctx.clock);
    const query = parse(LeaderboardQuery, req.query);
    // Keyed by the parsed query, so parameters it ignores cannot make a new entry per request.
    const key = `${head.seq}:${head.hash}:${day}:${JSON.stringify(query)}`;
    let body = cache.get(key);
    if (!body) {
      body = cachedBody(await getLeaderboard(ctx, query, { head, day }));
      cache.set(key, body);
    }
    sendCached(req, res, body);
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
