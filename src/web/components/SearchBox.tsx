import { useEffect, useState, type FormEvent } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { pagePath } from '../../shared/routes.js';

/** The one search box, in every page's header: it opens the search page for what was typed. */
export function SearchBox() {
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const onSearchPage = location.pathname === pagePath('search');
  const [text, setText] = useState(onSearchPage ? (params.get('q') ?? '') : '');
  useEffect(() => {
    if (onSearchPage) setText(params.get('q') ?? '');
  }, [onSearchPage, params]);

  const handleSubmit = (e: FormEvent) => {
    e.preventDefault();
    const q = text.trim();
    if (q) void navigate(`${pagePath('search')}?${new URLSearchParams({ q }).toString()}`);
  };
  return (
    <form role="search" className="search-box" onSubmit={handleSubmit}>
      <label htmlFor="site-search" className="visually-hidden">
        Search sources, claims and issues
      </label>
      <input
        id="site-search"
        type="search"
        name="q"
        placeholder="Search the record"
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
