import { Link } from 'react-router';
import { shortCheckpoint } from '../../shared/ledger-format/checkpoint.js';
import { useLatestCheckpoint } from './use-checkpoint.js';

/**
 * The latest signed checkpoint, on every claim, source and issue page: a reader who notes it (or
 * a page archive that captures it) holds a head the operator cannot take back. With `paste`, the
 * line an editor pastes into the newsletter, so every copy sent out pins the chain too.
 */
export function CheckpointWitness({ paste = false }: { paste?: boolean }) {
  const latest = useLatestCheckpoint();
  if (!latest.data) return null;
  const origin = typeof location === 'undefined' ? '' : location.origin;
  const line = `Track record checkpoint ${shortCheckpoint(latest.data)} · verify at ${origin}/ledger`;
  return (
    <div className="checkpoint-witness sub">
      <p>
        Track record checkpoint{' '}
        <Link to="/ledger" title={`${latest.data.seq}:${latest.data.hash}`}>
          {shortCheckpoint(latest.data)}
        </Link>{' '}
        · signed {latest.data.at.slice(0, 10)}
      </p>
      {paste && (
        <p>
          For the newsletter: <code className="paste-line">{line}</code>{' '}
          <button type="button" className="button" onClick={() => void navigator.clipboard?.writeText(line)}>
            Copy
          </button>
        </p>
      )}
    </div>
  );
}
