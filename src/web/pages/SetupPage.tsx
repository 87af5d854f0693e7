import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { User } from '../../shared/api/auth.js';
import { z } from 'zod';
import { api } from '../api/client.js';
import { useAuth } from '../auth.js';
import { FormError } from '../components/FormError.js';
import { useTitle } from '../use-title.js';

/** The first admin, from the one-time link the server printed (/setup?token=…). */
export function SetupPage() {
  useTitle('Set up');
  const [params] = useSearchParams();
  const { signIn } = useAuth();
  const navigate = useNavigate();
  const [username, setUsername] = useState('admin');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const token = params.get('token') ?? '';

  const handleSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      await api.post('/api/auth/setup', { token, username, password }, z.object({ user: User }));
      await signIn(username, password);
      await navigate('/admin');
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section className="page narrow-page">
      <h1>Create the first admin</h1>
      {!token && (
        <p className="status error">This link has no setup token. Use the link the server printed when it started.</p>
      )}
      <form className="form card" onSubmit={handleSubmit}>
        <label className="field">
          <span>Username</span>
          <input value={username} onChange={(e) => setUsername(e.target.value)} required autoComplete="username" />
        </label>
        <label className="field">
          <span>Password (12+ characters)</span>
          <input
            type="password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
            minLength={12}
            autoComplete="new-password"
          />
        </label>
        <FormError error={error} />
        <button type="submit" className="button" disabled={!token}>
          Create admin
        </button>
      </form>
    </section>
  );
}
