import { useState, type FormEvent } from 'react';
import { ApiTokenCreated, ROLES, User, type Role } from '../../shared/api/auth.js';
import { Webhook } from '../../shared/api/webhooks.js';
import { api, messageOf } from '../api/client.js';
import { useTokens, useUsers, useWebhooks } from '../api/hooks.js';
import { useAuth } from '../auth.js';
import { CalendarsSection } from '../components/admin/CalendarsSection.js';
import { DeskSection } from '../components/admin/DeskSection.js';
import { UserTokens } from '../components/admin/UserTokens.js';
import { FormError } from '../components/FormError.js';
import { RequireRole } from '../components/RequireRole.js';
import { Empty, ErrorMessage, Loading } from '../components/Status.js';
import { date } from '../format.js';
import { useTitle } from '../use-title.js';

export function AdminPage() {
  useTitle('Admin');
  const { can } = useAuth();
  return (
    <RequireRole roles={['admin', 'editor', 'reviewer']}>
      <section className="page">
        <header className="page-header">
          <h1>{can() ? 'Admin' : 'Your API tokens'}</h1>
        </header>
        {can() && <UsersSection />}
        <TokensSection />
        {can() && <WebhooksSection />}
        {can() && <DeskSection />}
        {can() && <CalendarsSection />}
      </section>
    </RequireRole>
  );
}

function UsersSection() {
  const { data, error, reload } = useUsers();
  const [form, setForm] = useState({ username: '', displayName: '', role: 'editor' as Role, password: '' });
  const [formError, setFormError] = useState<unknown>(null);
  const [rowError, setRowError] = useState<string | null>(null);

  const handleCreate = async (e: FormEvent) => {
    e.preventDefault();
    setFormError(null);
    try {
      await api.post('/api/users', form, User);
      setForm({ username: '', displayName: '', role: 'editor', password: '' });
      reload();
    } catch (err) {
      setFormError(err);
    }
  };
  const update = async (id: string, change: Record<string, unknown>) => {
    setRowError(null);
    try {
      await api.patch(`/api/users/${id}`, change, User);
      reload();
    } catch (err) {
      setRowError(messageOf(err));
    }
  };

  return (
    <section className="block" aria-labelledby="users-h">
      <h2 id="users-h">Users and roles</h2>
      {error && <ErrorMessage error={error} what="users" onRetry={reload} />}
      {!data && !error && <Loading what="users" />}
      {rowError && (
        <p className="form-error" role="alert">
          {rowError}
        </p>
      )}
      {data && (
        <div className="table-scroll">
          <table className="data">
            <thead>
              <tr>
                <th scope="col">User</th>
                <th scope="col">Role</th>
                <th scope="col">Since</th>
                <th scope="col">Status</th>
                <th scope="col">API tokens</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((u) => (
                <tr key={u.id}>
                  <th scope="row">
                    {u.displayName} <span className="handle">{u.username}</span>
                  </th>
                  <td>
                    <select
                      aria-label={`Role of ${u.username}`}
                      value={u.role}
                      onChange={(e) => void update(u.id, { role: e.target.value })}
                    >
                      {ROLES.map((r) => (
                        <option key={r}>{r}</option>
                      ))}
                    </select>
                  </td>
                  <td className="nowrap">{date(u.createdAt)}</td>
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => void update(u.id, { disabled: !u.disabled })}
                    >
                      {u.disabled ? 'Disabled — enable' : 'Active — disable'}
                    </button>
                  </td>
                  <td>
                    <UserTokens userId={u.id} username={u.username} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form className="form card" onSubmit={handleCreate} aria-label="Add a user">
        <h3>Add a user</h3>
        <div className="field-row">
          <label className="field">
            <span>Username</span>
            <input
              value={form.username}
              onChange={(e) => setForm({ ...form, username: e.target.value })}
              required
              autoComplete="off"
            />
          </label>
          <label className="field">
            <span>Display name</span>
            <input
              value={form.displayName}
              onChange={(e) => setForm({ ...form, displayName: e.target.value })}
              required
            />
          </label>
          <label className="field">
            <span>Role</span>
            <select value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value as Role })}>
              {ROLES.map((r) => (
                <option key={r}>{r}</option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>Password (12+ characters)</span>
            <input
              type="password"
              value={form.password}
              onChange={(e) => setForm({ ...form, password: e.target.value })}
              required
              minLength={12}
              autoComplete="new-password"
            />
          </label>
        </div>
        <FormError error={formError} />
        <button type="submit" className="button">
          Add user
        </button>
      </form>
    </section>
  );
}

function TokensSection() {
  const { data, error, reload } = useTokens();
  const [name, setName] = useState('');
  const [created, setCreated] = useState<string | null>(null);
  const [formError, setFormError] = useState<unknown>(null);
  const handleCreate = async (e: FormEvent) => {
    e.preventDefault();
    setFormError(null);
    try {
      const t = await api.post('/api/tokens', { name }, ApiTokenCreated);
      setCreated(t.token);
      setName('');
      reload();
    } catch (err) {
      setFormError(err);
    }
  };
  const handleRevoke = async (id: string) => {
    try {
      await api.del(`/api/tokens/${id}`);
      reload();
    } catch (err) {
      setFormError(err);
    }
  };
  return (
    <section className="block" aria-labelledby="tokens-h">
      <h2 id="tokens-h">API tokens</h2>
      <p className="sub">
        For scripts: send <code>Authorization: Bearer &lt;token&gt;</code>. A token acts with your role.
      </p>
      {error && <ErrorMessage error={error} what="tokens" onRetry={reload} />}
      {created && (
        <div className="status secret" role="status">
          <p>
            <strong>Copy this token now — it will not be shown again:</strong>
          </p>
          <code className="secret-value">{created}</code>
        </div>
      )}
      {data && data.items.length === 0 && <Empty>No tokens yet.</Empty>}
      {data && data.items.length > 0 && (
        <ul className="plain-list">
          {data.items.map((t) => (
            <li key={t.id}>
              <strong>{t.name}</strong>{' '}
              <span className="sub">
                created {date(t.createdAt)}
                {t.lastUsedAt ? `, last used ${date(t.lastUsedAt)}` : ', never used'}
              </span>{' '}
              {t.revokedAt ? (
                <span className="badge status-void">revoked</span>
              ) : (
                <button type="button" className="link-button danger" onClick={() => void handleRevoke(t.id)}>
                  Revoke
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <form className="inline-form" onSubmit={handleCreate}>
        <label className="field">
          <span>Token name</span>
          <input value={name} onChange={(e) => setName(e.target.value)} required placeholder="e.g. import script" />
        </label>
        <button type="submit" className="button secondary">
          Create token
        </button>
      </form>
      <FormError error={formError} />
    </section>
  );
}

function WebhooksSection() {
  const { data, error, reload } = useWebhooks();
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [secret, setSecret] = useState<string | null>(null);
  const [formError, setFormError] = useState<unknown>(null);
  const handleCreate = async (e: FormEvent) => {
    e.preventDefault();
    setFormError(null);
    try {
      const hook = await api.post('/api/webhooks', { url, description }, Webhook);
      setSecret(hook.secret ?? null);
      setUrl('');
      setDescription('');
      reload();
    } catch (err) {
      setFormError(err);
    }
  };
  const handleDelete = async (id: string) => {
    try {
      await api.del(`/api/webhooks/${id}`);
      reload();
    } catch (err) {
      setFormError(err);
    }
  };
  return (
    <section className="block" aria-labelledby="hooks-h">
      <h2 id="hooks-h">Webhooks</h2>
      <p className="sub">We POST each new ledger event to these URLs, signed with HMAC-SHA256.</p>
      {error && <ErrorMessage error={error} what="webhooks" onRetry={reload} />}
      {secret && (
        <div className="status secret" role="status">
          <p>
            <strong>Signing secret — copy it now, it will not be shown again:</strong>
          </p>
          <code className="secret-value">{secret}</code>
        </div>
      )}
      {data && data.items.length === 0 && <Empty>No webhooks.</Empty>}
      {data && data.items.length > 0 && (
        <ul className="plain-list">
          {data.items.map((h) => (
            <li key={h.id}>
              <code>{h.url}</code> {h.description && <span className="sub">— {h.description}</span>}{' '}
              {h.disabledAt && <span className="badge status-void">disabled</span>}{' '}
              <button type="button" className="link-button danger" onClick={() => void handleDelete(h.id)}>
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="inline-form" onSubmit={handleCreate}>
        <label className="field grow">
          <span>URL</span>
          <input type="url" value={url} onChange={(e) => setUrl(e.target.value)} required placeholder="https://…" />
        </label>
        <label className="field">
          <span>Description</span>
          <input value={description} onChange={(e) => setDescription(e.target.value)} />
        </label>
        <button type="submit" className="button secondary">
          Add webhook
        </button>
      </form>
      <FormError error={formError} />
    </section>
  );
}
