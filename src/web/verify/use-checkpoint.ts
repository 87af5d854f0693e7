import { Checkpoint } from '../../shared/api/checkpoints.js';
import { LATEST_CHECKPOINT_URL } from '../../shared/page-data.js';
import { api } from '../api/client.js';
import { takePreloaded } from '../api/preloaded.js';
import { useQuery } from '../api/use-query.js';

/** The latest signed checkpoint (an error before the first is signed: callers show nothing then). */
export function useLatestCheckpoint() {
  takePreloaded(LATEST_CHECKPOINT_URL, Checkpoint);
  return useQuery(LATEST_CHECKPOINT_URL, () => api.get(LATEST_CHECKPOINT_URL, Checkpoint));
}
