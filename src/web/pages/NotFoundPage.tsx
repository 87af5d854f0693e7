import { Link, useLocation } from 'react-router';
import { matchPage, NOT_FOUND_TITLE, notFoundText } from '../../shared/routes.js';
import { useTitle } from '../use-title.js';

/**
 * The page for an address that names nothing, or a source, claim or issue not on the record: what the
 * server's 404 page says for the same address (server/site/page-frame.ts), however the reader got here.
 */
export function NotFoundPage() {
  const { pathname } = useLocation();
  useTitle(NOT_FOUND_TITLE);
  return (
    <section className="page">
      <h1>{NOT_FOUND_TITLE}</h1>
      <p>
        {notFoundText(matchPage(pathname))} Go back to the <Link to="/">leaderboard</Link>.
      </p>
    </section>
  );
}
