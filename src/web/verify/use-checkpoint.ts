import { Checkpoint } from '../../shared/api/checkpoints.js';
import { api } from '../api/client.js';
import { useQuery } from '../api/use-query.js';

/** The latest signed checkpoint (an error before the first is signed: callers show nothing then). */
export const useLatestCheckpoint = () =>
  useQuery('/api/ledger/checkpoints/latest', () => api.get('/api/ledger/checkpoints/latest', Checkpoint));
