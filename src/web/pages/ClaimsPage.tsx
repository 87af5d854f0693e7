import { CLAIM_STATUSES } from '../../shared/api/claims.js';
import { claimsDataUrl } from '../../shared/claim-filters.js';
import { useClaimList, useTags } from '../api/hooks.js';
import { ClaimList } from '../components/ClaimList.js';
import { ChoiceFilter, FilterForm, KindFilter, SourceFilter, TagFilter, TextFilter } from '../components/FilterForm.js';
import { Empty, ErrorMessage, Loading } from '../components/Status.js';
import { CLAIM_FILTERS_CODEC } from '../state/url-filters.js';
import { useUrlFilters } from '../state/use-url-filters.js';
import { useTitle } from '../use-title.js';

const STATUS_LABELS = { open: 'Open', due: 'Due', resolved: 'Resolved', void: 'Void' } as const;

export function ClaimsPage() {
  useTitle('Claims');
  const { filters, apply, clear, active } = useUrlFilters(CLAIM_FILTERS_CODEC);
  const { data, error, reload } = useClaimList(claimsDataUrl(filters));
  const tags = useTags();

  return (
    <section className="page claims-page">
      <header className="page-header">
        <h1>Claims</h1>
        <p className="lede">Every prediction on the record, newest first. Filters live in the address: share it.</p>
      </header>
      <FilterForm
        label="Filter the claims"
        className="claim-filters"
        text={{ q: filters.q, source: filters.source, tag: filters.tag }}
        onApply={apply}
        active={active}
        onClear={clear}
      >
        <TextFilter name="q" label="Words" />
        <KindFilter value={filters.kind} onChange={(kind) => apply({ kind })} />
        <SourceFilter />
        <TagFilter tags={tags.data?.items} />
        <ChoiceFilter
          label="Status"
          value={filters.status}
          options={CLAIM_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
          anyLabel="Any status"
          onChange={(status) => apply({ status })}
        />
        <label>
          <span>Window ends after</span>
          <input
            type="date"
            value={filters.endsAfter ?? ''}
            onChange={(e) => apply({ endsAfter: e.target.value || null })}
          />
        </label>
        <label>
          <span>Window ends before</span>
          <input
            type="date"
            value={filters.endsBefore ?? ''}
            onChange={(e) => apply({ endsBefore: e.target.value || null })}
          />
        </label>
      </FilterForm>
      {error && <ErrorMessage error={error} what="the claims" onRetry={reload} />}
      {!data && !error && <Loading what="the claims" />}
      {data && data.items.length === 0 && <Empty>No claims match these filters.</Empty>}
      {data && data.items.length > 0 && <ClaimList claims={data.items} />}
      <nav className="pager" aria-label="Pages">
        {filters.cursor && (
          <button type="button" className="button secondary" onClick={() => apply({ cursor: null })}>
            ← Newest
          </button>
        )}
        {data?.nextCursor && (
          <button type="button" className="button secondary" onClick={() => apply({ cursor: data.nextCursor })}>
            Older claims →
          </button>
        )}
      </nav>
    </section>
  );
}
