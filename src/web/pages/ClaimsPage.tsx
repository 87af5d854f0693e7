import { useEffect, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { CLAIM_KINDS, CLAIM_STATUSES } from '../../shared/api/claims.js';
import { useClaims, useTags } from '../api/hooks.js';
import { ClaimList } from '../components/ClaimList.js';
import { Empty, ErrorMessage, Loading } from '../components/Status.js';
import {
  activeClaimFilters,
  NO_CLAIM_FILTERS,
  parseClaimFilters,
  serializeClaimFilters,
  updateClaimFilters,
  type ClaimFilters,
} from '../state/claim-filters.js';
import { useTitle } from '../use-title.js';

const PAGE_SIZE = 25;
const STATUS_LABELS = { open: 'Open', due: 'Due', resolved: 'Resolved', void: 'Void' } as const;

export function ClaimsPage() {
  useTitle('Claims');
  const [params, setParams] = useSearchParams();
  const filters = parseClaimFilters(params);
  // From the latest address, not this render's: two quick changes must not undo each other.
  const apply = (change: Partial<ClaimFilters>) =>
    setParams((current) => serializeClaimFilters(updateClaimFilters(parseClaimFilters(current), change)));
  const { data, error, reload } = useClaims({
    ...Object.fromEntries(Object.entries(filters).filter(([, v]) => v)),
    limit: PAGE_SIZE,
  });
  const tags = useTags();

  // Text fields apply when the form is submitted; selects and dates at once.
  const [text, setText] = useState({ q: filters.q ?? '', source: filters.source ?? '', tag: filters.tag ?? '' });
  useEffect(
    () => setText({ q: filters.q ?? '', source: filters.source ?? '', tag: filters.tag ?? '' }),
    [filters.q, filters.source, filters.tag],
  );
  const handleSubmit = (e: FormEvent) => {
    e.preventDefault();
    apply({
      q: text.q.trim() || null,
      source: text.source.trim().replace(/^@/, '').toLowerCase() || null,
      tag: text.tag.trim().toLowerCase() || null,
    });
  };

  return (
    <section className="page claims-page">
      <header className="page-header">
        <h1>Claims</h1>
        <p className="lede">Every prediction on the record, newest first. Filters live in the address: share it.</p>
      </header>
      <form className="filters claim-filters" onSubmit={handleSubmit} aria-label="Filter the claims">
        <label>
          <span>Words</span>
          <input type="search" value={text.q} onChange={(e) => setText({ ...text, q: e.target.value })} />
        </label>
        <label>
          <span>Source</span>
          <input
            value={text.source}
            placeholder="@handle"
            onChange={(e) => setText({ ...text, source: e.target.value })}
          />
        </label>
        <label>
          <span>Kind</span>
          <select
            value={filters.kind ?? ''}
            onChange={(e) => apply({ kind: (e.target.value || null) as ClaimFilters['kind'] })}
          >
            <option value="">All kinds</option>
            {CLAIM_KINDS.map((k) => (
              <option key={k}>{k}</option>
            ))}
          </select>
        </label>
        <label>
          <span>Status</span>
          <select
            value={filters.status ?? ''}
            onChange={(e) => apply({ status: (e.target.value || null) as ClaimFilters['status'] })}
          >
            <option value="">Any status</option>
            {CLAIM_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>Tag</span>
          <input value={text.tag} list="claim-tags" onChange={(e) => setText({ ...text, tag: e.target.value })} />
          <datalist id="claim-tags">
            {tags.data?.items.map((t) => (
              <option key={t.tag} value={t.tag} />
            ))}
          </datalist>
        </label>
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
        <div className="filter-actions">
          <button type="submit" className="button">
            Apply
          </button>
          {activeClaimFilters(filters) > 0 && (
            <button
              type="button"
              className="button secondary"
              onClick={() => setParams(serializeClaimFilters(NO_CLAIM_FILTERS))}
            >
              Clear
            </button>
          )}
        </div>
      </form>
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
