import { useEffect, useState, type FormEvent } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { SEARCH_LABEL, SEARCH_PLACEHOLDER } from '../../shared/leaderboard-page.js';
import { pagePath } from '../../shared/routes.js';

/** The one search box, in every page's header: it opens the search page for what was typed. */
export function SearchBox() {
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const onSearchPage = location.pathname === pagePath('search');
  // Elsewhere, what a reader typed into the server's first paint of the box before the app took over.
  const [text, setText] = useState(() => (onSearchPage ? (params.get('q') ?? '') : typedBeforeTheApp()));
  useEffect(() => {
    if (onSearchPage) setText(params.get('q') ?? '');
  }, [onSearchPage, params]);

  const handleSubmit = (e: FormEvent) => {
    e.preventDefault();
    const q = text.trim();
    if (q) void navigate(`${pagePath('search')}?${new URLSearchParams({ q }).toString()}`);
  };
  return (
    // A plain GET form too, so the server's copy of it in the first paint works before the script runs.
    <form role="search" className="search-box" action={pagePath('search')} method="get" onSubmit={handleSubmit}>
      <label htmlFor="site-search" className="visually-hidden">
        {SEARCH_LABEL}
      </label>
      <input
        id="site-search"
        type="search"
        name="q"
        placeholder={SEARCH_PLACEHOLDER}
        value={text}
        maxLength={200}
        onChange={(e) => setText(e.target.value)}
      />
      <button type="submit" className="button secondary">
        Search
      </button>
    </form>
  );
}

/** The server's copy of the box (server/site/page-frame.ts) is still in the page during the app's first render. */
function typedBeforeTheApp(): string {
  const input = document.getElementById('site-search');
  return input instanceof HTMLInputElement ? input.value : '';
}
