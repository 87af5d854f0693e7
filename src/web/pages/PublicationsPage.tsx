import { Link, useSearchParams } from 'react-router';
import { usePublications } from '../api/hooks.js';
import { Empty, ErrorMessage } from '../components/Status.js';
import { TableSkeleton } from '../components/TableSkeleton.js';
import { date } from '../format.js';
import { useTitle } from '../use-title.js';
import { publicationsDataUrl, publicationsPageHref } from '../../shared/page-data.js';

export function PublicationsPage() {
  useTitle('Issues');
  const [params] = useSearchParams();
  const { data, error, reload } = usePublications(publicationsDataUrl(params.get('cursor') || null));
  return (
    <section className="page">
      <header className="page-header">
        <h1>Issues</h1>
        <p className="lede">Each issue as it was published, with every logged claim highlighted in place.</p>
      </header>
      {error && <ErrorMessage error={error} what="the issues" onRetry={reload} />}
      {!data && !error && <TableSkeleton rows={6} columns={3} label="Loading issues" />}
      {data && data.items.length === 0 && <Empty>No issues have been published yet.</Empty>}
      {data && data.items.length > 0 && (
        <div className="table-scroll">
          <table className="data">
            <thead>
              <tr>
                <th scope="col">Published</th>
                <th scope="col">Title</th>
                <th scope="col" className="num">
                  Claims
                </th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((p) => (
                <tr key={p.id}>
                  <td className="nowrap">{date(p.publishedOn)}</td>
                  <th scope="row">
                    <Link to={`/publications/${encodeURIComponent(p.id)}`}>{p.title}</Link>
                  </th>
                  <td className="num">{p.claimCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data?.nextCursor && (
        <Link className="button secondary" to={publicationsPageHref(data.nextCursor)}>
          Older issues →
        </Link>
      )}
    </section>
  );
}
