import { useEffect, useState, type FormEvent } from 'react';
import { CLAIM_KINDS, type ClaimKind } from '../../shared/api/claims.js';
import { PERIODS } from '../../shared/api/leaderboard.js';
import type { LeaderboardFilters as Filters, Period } from '../state/url-filters.js';

export const PERIOD_LABELS: Record<Period, string> = {
  all: 'All time',
  '30d': 'Last 30 days',
  '90d': 'Last 90 days',
  '12m': 'Last 12 months',
  ytd: 'Year to date',
};

export function LeaderboardFilters({
  filters,
  onChange,
}: {
  filters: Filters;
  onChange(change: Partial<Filters>): void;
}) {
  const [tag, setTag] = useState(filters.tag ?? '');
  const [min, setMin] = useState(String(filters.minResolved || ''));
  useEffect(() => setTag(filters.tag ?? ''), [filters.tag]);
  useEffect(() => setMin(String(filters.minResolved || '')), [filters.minResolved]);

  const handleSubmit = (e: FormEvent) => {
    e.preventDefault();
    commitText();
  };
  const commitText = () => {
    const n = Number.parseInt(min, 10);
    const minResolved = Number.isFinite(n) && n > 0 ? n : 0;
    const t = tag.trim().toLowerCase() || null;
    if (t !== filters.tag || minResolved !== filters.minResolved) onChange({ tag: t, minResolved });
  };

  return (
    <form className="filters" onSubmit={handleSubmit} aria-label="Filter the leaderboard">
      <label>
        <span>Kind</span>
        <select
          value={filters.kind ?? ''}
          onChange={(e) => onChange({ kind: (e.target.value || null) as ClaimKind | null })}
        >
          <option value="">All kinds</option>
          {CLAIM_KINDS.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Resolved in</span>
        <select value={filters.period} onChange={(e) => onChange({ period: e.target.value as Period })}>
          {PERIODS.map((p) => (
            <option key={p} value={p}>
              {PERIOD_LABELS[p]}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Tag</span>
        <input
          type="search"
          value={tag}
          placeholder="any tag"
          onChange={(e) => setTag(e.target.value)}
          onBlur={commitText}
          maxLength={40}
        />
      </label>
      <label>
        <span>Min. resolved</span>
        <input
          type="number"
          inputMode="numeric"
          min={0}
          value={min}
          placeholder="0"
          onChange={(e) => setMin(e.target.value)}
          onBlur={commitText}
          className="narrow"
        />
      </label>
      <button type="submit" className="button secondary">
        Apply
      </button>
    </form>
  );
}
