import { useState } from 'react';
import type { z } from 'zod';
import { ApiTokenPage } from '../../../shared/api/pages.js';
import { api, messageOf } from '../../api/client.js';
import { date } from '../../format.js';

type Token = z.infer<typeof ApiTokenPage>['items'][number];

/** An admin's view of one user's API tokens, to revoke one that leaked or outlived its owner's job. */
export function UserTokens({ userId, username }: { userId: string; username: string }) {
  const [tokens, setTokens] = useState<Token[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = async () => {
    setError(null);
    try {
      const page = await api.get(`/api/users/${encodeURIComponent(userId)}/tokens`, ApiTokenPage);
      setTokens(page.items.filter((t) => !t.revokedAt));
    } catch (err) {
      setError(messageOf(err));
    }
  };
  const revoke = async (id: string) => {
    setError(null);
    try {
      await api.del(`/api/users/${encodeURIComponent(userId)}/tokens/${encodeURIComponent(id)}`);
      await load();
    } catch (err) {
      setError(messageOf(err));
    }
  };
  if (tokens === null)
    return (
      <>
        <button type="button" className="link-button" onClick={() => void load()}>
          Show tokens
        </button>
        {error && <span className="form-error">{error}</span>}
      </>
    );
  return (
    <div>
      {tokens.length === 0 && <span>no active tokens</span>}
      <ul className="plain-list">
        {tokens.map((t) => (
          <li key={t.id}>
            {t.name} <span className="handle">since {date(t.createdAt)}</span>{' '}
            <button
              type="button"
              className="link-button"
              aria-label={`Revoke ${username}'s token ${t.name}`}
              onClick={() => void revoke(t.id)}
            >
              Revoke
            </button>
          </li>
        ))}
      </ul>
      {error && <span className="form-error">{error}</span>}
    </div>
  );
}
