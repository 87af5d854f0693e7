import { PERIODS } from '../../shared/api/leaderboard.js';
import { FILTER_TEXT as TEXT, PERIOD_LABELS } from '../../shared/leaderboard-page.js';
import type { LeaderboardFilters as Filters } from '../../shared/leaderboard-filters.js';
import { ChoiceFilter, FilterForm, KindFilter, TagFilter, TextFilter } from './FilterForm.js';

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
      label={TEXT.leaderboard}
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
        label={TEXT.period}
        value={filters.period}
        options={PERIODS.map((p) => ({ value: p, label: PERIOD_LABELS[p] }))}
        onChange={(period) => period && onChange({ period })}
      />
      <TextFilter
        name="minResolved"
        label={TEXT.minResolved}
        type="number"
        placeholder={TEXT.minResolvedPlaceholder}
        className="narrow"
      />
    </FilterForm>
  );
}
