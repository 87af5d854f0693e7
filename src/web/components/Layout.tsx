import { Fragment, type ReactNode } from 'react';
import { Link, NavLink, useNavigate } from 'react-router';
import { useAuth } from '../auth.js';
import { DEMO_NOTE, SITE_FEEDS, SITE_NAV } from '../../shared/leaderboard-page.js';
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
          <strong>Demo ledger:</strong> {DEMO_NOTE}
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
            {SITE_NAV.map((n) => (
              <NavLink key={n.to} to={n.to} end={n.end}>
                {n.label}
              </NavLink>
            ))}
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
          Take it with you:{' '}
          {SITE_FEEDS.map((f, i) => (
            <Fragment key={f.href}>
              {i > 0 && ' · '}
              <a href={f.href}>{f.label}</a>
            </Fragment>
          ))}
        </p>
      </footer>
    </>
  );
}
