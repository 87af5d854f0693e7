import { Router } from 'express';
import { CheckpointsQuery, type WellKnown } from '../../shared/api/index.js';
import type { AppContext } from '../context.js';
import { AppError } from '../http/errors.js';
import { parse } from '../http/parse.js';
import { checkpointsAfter, latestCheckpoint } from './queries.js';

/** Every signed checkpoint, oldest first, and the latest one (public: copies of them are the point). */
export function checkpointRoutes(ctx: AppContext): Router {
  const r = Router();
  r.get('/checkpoints', async (req, res) => {
    const { after, limit } = parse(CheckpointsQuery, req.query);
    const rows = await checkpointsAfter(ctx.db, after, limit + 1);
    const items = rows.slice(0, limit);
    res.json({ items, next: rows.length > limit ? items[items.length - 1]!.id : null });
  });
  r.get('/checkpoints/latest', async (_req, res) => {
    const latest = await latestCheckpoint(ctx.db);
    if (!latest) throw new AppError('not_found', 'no checkpoint has been signed yet');
    res.json(latest);
  });
  return r;
}

/** /.well-known/track-record.json: the ledger's name and the public key its checkpoints are signed with. */
export function wellKnownRoutes(ctx: AppContext): Router {
  const r = Router();
  r.get('/.well-known/track-record.json', (_req, res) => {
    if (!ctx.signer) throw new AppError('not_found', 'this instance signs no checkpoints');
    const base = ctx.config.publicUrl.replace(/\/$/, '');
    const body: WellKnown = {
      name: ctx.config.ledgerName,
      url: base,
      keyId: ctx.signer.keyId,
      publicKey: ctx.signer.publicKey,
      algorithm: 'Ed25519',
      checkpoints: `${base}/api/ledger/checkpoints`,
      events: `${base}/api/ledger/events`,
    };
    res.json(body);
  });
  return r;
}
