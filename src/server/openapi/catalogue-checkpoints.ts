import * as api from '../../shared/api/index.js';
import type { RouteDoc } from './route-doc.js';

/** Signed checkpoints of the ledger's head and the key that signs them (docs/checkpoints.md). */
export const CHECKPOINT_ROUTES: RouteDoc[] = [
  {
    method: 'get',
    path: '/.well-known/track-record.json',
    summary: "The ledger's name and the Ed25519 public key its checkpoints are signed with (404 when it signs none)",
    access: 'public',
    response: { status: 200, schema: api.WellKnown },
  },
  {
    method: 'get',
    path: '/api/ledger/checkpoints',
    summary: 'Every signed checkpoint of the head, oldest first, after a checkpoint number',
    access: 'public',
    query: api.CheckpointsQuery,
    response: { status: 200, schema: api.CheckpointsPage },
  },
  {
    method: 'get',
    path: '/api/ledger/checkpoints/latest',
    summary: 'The latest signed checkpoint (404 before the first)',
    access: 'public',
    response: { status: 200, schema: api.Checkpoint },
  },
];
