import type { ReactNode } from 'react';
import { Link, NavLink, useNavigate } from 'react-router';
import { useAuth } from '../auth.js';
import { useHashScroll } from '../use-hash-scroll.js';
import { SearchBox } from './SearchBox.js';

/** The server marks the demo ledger's pages (TRACK_RECORD_DEMO=on), so no reader takes its rulings for real ones. */
const DEMO =
  typeof document !== 'undefined' &&
  document.querySelector('meta[name="track-record-demo"]')?.getAttribute('content') === 'on';

export function Layout({ children }: { children: ReactNode }) {
  const { user, can, signOut } = useAuth();
  const navigate = useNavigate();
  useHashScroll();
  const handleSignOut = async () => {
    await signOut();
    await navigate('/');
  };
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      {DEMO && (
        <p className="demo-banner" role="note">
          <strong>Demo ledger:</strong> made-up issues, sources and rulings, for trying Track Record out. Nothing here
          is a real record.
        </p>
      )}
      <header className="site-header">
        <div className="wrap header-row">
          <Link to="/" className="brand">
            <span className="brand-mark" aria-hidden="true">
              ◆
            </span>{' '}
            Track Record
          </Link>
          <nav aria-label="Main" className="main-nav">
            <NavLink to="/" end>
              Leaderboard
            </NavLink>
            <NavLink to="/claims" end>
              Claims
            </NavLink>
            <NavLink to="/publications">Issues</NavLink>
            <NavLink to="/ledger">Ledger</NavLink>
            {can('editor') && <NavLink to="/editor/new">New issue</NavLink>}
            {can('reviewer') && <NavLink to="/review">Review</NavLink>}
            {user && <NavLink to="/admin">{can() ? 'Admin' : 'Tokens'}</NavLink>}
          </nav>
          <SearchBox />
          <div className="account">
            {user ? (
              <>
                <span className="who">
                  {user.displayName} <span className="role">{user.role}</span>
                </span>
                <button type="button" className="link-button" onClick={handleSignOut}>
                  Sign out
                </button>
              </>
            ) : (
              <NavLink to="/signin">Sign in</NavLink>
            )}
          </div>
        </div>
      </header>
      <main id="main" className="wrap" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer wrap">
        <p>
          Every call is logged in an append-only, hash-chained <Link to="/ledger">ledger</Link>. Rankings are adjusted
          for sample size.
        </p>
        <p className="feeds">
          Take it with you: <a href="/api/feeds/due.ics">calendar of resolution dates</a> ·{' '}
          <a href="/api/feeds/resolutions.atom">feed of resolutions</a> ·{' '}
          <a href="/api/export/claims.csv">all claims as CSV</a> · <a href="/api/export/claims.jsonl">as JSON lines</a>
        </p>
      </footer>
    </>
  );
}
