import type { ClaimKind, ClaimStatus } from '../../shared/api/claims.js';

export function KindBadge({ kind }: { kind: ClaimKind }) {
  return <span className={`badge kind-${kind.toLowerCase()}`}>{kind}</span>;
}

const OUTCOME_LABEL: Record<string, string> = {
  true: 'Correct',
  false: 'Wrong',
  partial: 'Partly right',
  void: 'Void',
};

export function StatusBadge({
  status,
  outcome,
  credit,
}: {
  status: ClaimStatus;
  outcome?: string | null;
  credit?: number | null;
}) {
  if (status === 'resolved' && outcome) {
    const label =
      outcome === 'partial' && credit !== null && credit !== undefined
        ? `Partly right (${Math.round(credit * 100)}%)`
        : OUTCOME_LABEL[outcome];
    return <span className={`badge outcome-${outcome}`}>{label}</span>;
  }
  const label = { open: 'Open', due: 'Due', resolved: 'Resolved', void: 'Void' }[status];
  return <span className={`badge status-${status}`}>{label}</span>;
}

export function outcomeLabel(outcome: string): string {
  return Object.hasOwn(OUTCOME_LABEL, outcome) ? (OUTCOME_LABEL[outcome] as string) : outcome;
}
