import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import type { Role } from '../../shared/api/auth.js';
import { useAuth } from '../auth.js';
import { Loading } from './Status.js';

/** Shows staff pages to the right role; everyone else gets told what is needed. */
export function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const { ready, user, can } = useAuth();
  const location = useLocation();
  if (!ready) return <Loading what="your session" />;
  if (!user)
    return (
      <section className="page narrow-page">
        <h1>Sign in needed</h1>
        <p>
          This page is for {roles.join(' or ')}s.{' '}
          <Link to={`/signin?next=${encodeURIComponent(location.pathname + location.search)}`}>Sign in</Link> to
          continue.
        </p>
      </section>
    );
  if (!can(...roles))
    return (
      <section className="page narrow-page">
        <h1>Not available to your role</h1>
        <p>
          You are signed in as {user.username} ({user.role}); this page needs the {roles.join(' or ')} role.
        </p>
      </section>
    );
  return <>{children}</>;
}
