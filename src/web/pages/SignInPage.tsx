import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useAuth } from '../auth.js';
import { FormError } from '../components/FormError.js';
import { useTitle } from '../use-title.js';

const HOME_OF: Record<string, string> = { editor: '/editor/new', reviewer: '/review', admin: '/admin' };

export function SignInPage() {
  useTitle('Sign in');
  const { signIn, user } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const handleSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const u = await signIn(username, password);
      const next = params.get('next');
      await navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : (HOME_OF[u.role] ?? '/'));
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <section className="page narrow-page">
      <h1>Sign in</h1>
      <p className="lede">For editors, reviewers and admins. Readers need no account.</p>
      {user && <p className="status">You are signed in as {user.username}.</p>}
      <form onSubmit={handleSubmit} className="form card">
        <label className="field">
          <span>Username</span>
          <input
            name="username"
            autoComplete="username"
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            required
            autoFocus
          />
        </label>
        <label className="field">
          <span>Password</span>
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
        </label>
        <FormError error={error} />
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </section>
  );
}
