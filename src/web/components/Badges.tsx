import type { ClaimKind, ClaimStatus } from '../../shared/api/claims.js';
import { outcomeLabel, statusBadge } from '../../shared/record-words.js';

export function KindBadge({ kind }: { kind: ClaimKind }) {
  return <span className={`badge kind-${kind.toLowerCase()}`}>{kind}</span>;
}

export function StatusBadge({
  status,
  outcome,
  credit,
}: {
  status: ClaimStatus;
  outcome?: string | null;
  credit?: number | null;
}) {
  const badge = statusBadge(status, outcome, credit);
  return <span className={badge.className}>{badge.label}</span>;
}

export { outcomeLabel };
