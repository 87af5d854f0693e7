import { Link, useSearchParams } from 'react-router';
import type { SearchHit } from '../../shared/api/search.js';
import { searchWords } from '../../shared/page-data.js';
import { useSearch } from '../api/hooks.js';
import { Highlighted } from '../components/Highlighted.js';
import { Empty, ErrorMessage, Loading } from '../components/Status.js';
import { useTitle } from '../use-title.js';

const GROUPS = [
  { key: 'sources', label: 'Sources' },
  { key: 'claims', label: 'Claims' },
  { key: 'publications', label: 'Issues' },
] as const;

function Hit({ hit }: { hit: SearchHit }) {
  return (
    <li className="search-hit">
      <Link to={hit.path} className="search-title">
        <Highlighted runs={hit.title} />
      </Link>
      {hit.detail && <span className="sub search-detail">{hit.detail}</span>}
      {hit.snippet.length > 0 && (
        <p className="search-snippet">
          <Highlighted runs={hit.snippet} />
        </p>
      )}
    </li>
  );
}

export function SearchPage() {
  const [params] = useSearchParams();
  const q = searchWords(params);
  useTitle(q ? `Search: ${q}` : 'Search');
  const { data, error, reload } = useSearch(q);
  const total = data ? data.sources.length + data.claims.length + data.publications.length : 0;
  return (
    <section className="page search-page">
      <header className="page-header">
        <h1>Search</h1>
        {q && <p className="lede">Sources, claims and issues matching “{q}”, best match first.</p>}
      </header>
      {!q && <Empty>Type a name, a handle or a few words of a claim in the search box above.</Empty>}
      {q && error && <ErrorMessage error={error} what="the search" onRetry={reload} />}
      {q && !data && !error && <Loading what="results" />}
      {data && total === 0 && <Empty>Nothing matches “{q}”. Try fewer or shorter words.</Empty>}
      {data &&
        GROUPS.map(({ key, label }) =>
          data[key].length > 0 ? (
            <section key={key} className="search-group" aria-label={label}>
              <h2>{label}</h2>
              <ul className="search-hits">
                {data[key].map((h) => (
                  <Hit key={h.id} hit={h} />
                ))}
              </ul>
            </section>
          ) : null,
        )}
    </section>
  );
}
