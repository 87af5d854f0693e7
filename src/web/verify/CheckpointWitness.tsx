import { Link } from 'react-router';
import { shortCheckpoint } from '../../shared/ledger-format/checkpoint.js';
import { useLatestCheckpoint } from './use-checkpoint.js';

/**
 * The latest signed checkpoint, on every claim, source and issue page: a reader who notes it (or
 * a page archive that captures it) holds a head the operator cannot take back.
 */
export function CheckpointWitness() {
  const latest = useLatestCheckpoint();
  if (!latest.data) return null;
  return (
    <p className="checkpoint-witness sub">
      Track record checkpoint{' '}
      <Link to="/ledger" title={`${latest.data.seq}:${latest.data.hash}`}>
        {shortCheckpoint(latest.data)}
      </Link>{' '}
      · signed {latest.data.at.slice(0, 10)}
    </p>
  );
}
