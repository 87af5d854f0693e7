import { PERIODS } from '../../shared/api/leaderboard.js';
import type { LeaderboardFilters as Filters, Period } from '../state/url-filters.js';
import { ChoiceFilter, FilterForm, KindFilter, TagFilter, TextFilter } from './FilterForm.js';

export const PERIOD_LABELS: Record<Period, string> = {
  all: 'All time',
  '30d': 'Last 30 days',
  '90d': 'Last 90 days',
  '12m': 'Last 12 months',
  ytd: 'Year to date',
};

/** The leaderboard's filter bar: the same controls, names and behaviour as the claims page's and the queue's. */
export function LeaderboardFilters({
  filters,
  tags,
  active,
  onChange,
  onClear,
}: {
  filters: Filters;
  tags: { tag: string; claims: number }[] | undefined;
  active: number;
  onChange(change: Partial<Filters>): void;
  onClear(): void;
}) {
  return (
    <FilterForm
      label="Filter the leaderboard"
      text={{ tag: filters.tag, minResolved: filters.minResolved ? String(filters.minResolved) : null }}
      onApply={({ minResolved, ...change }) =>
        onChange(minResolved === undefined ? change : { ...change, minResolved: Number(minResolved ?? 0) })
      }
      active={active}
      onClear={onClear}
    >
      <KindFilter value={filters.kind} onChange={(kind) => onChange({ kind })} />
      <TagFilter tags={tags} />
      <ChoiceFilter
        label="Resolved in"
        value={filters.period}
        options={PERIODS.map((p) => ({ value: p, label: PERIOD_LABELS[p] }))}
        onChange={(period) => period && onChange({ period })}
      />
      <TextFilter name="minResolved" label="Min. resolved" type="number" placeholder="0" className="narrow" />
    </FilterForm>
  );
}
