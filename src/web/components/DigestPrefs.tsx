import { useState, type FormEvent } from 'react';
import { ReviewerPrefs } from '../../shared/api/review-desk.js';
import { api } from '../api/client.js';
import { useReviewerPrefs } from '../api/hooks.js';
import { FormError } from './FormError.js';

/** Opt in to (or out of) the daily e-mail digest of one's assigned due and overdue claims. */
export function DigestPrefs() {
  const { data } = useReviewerPrefs();
  if (!data) return null;
  return <DigestForm initial={data} />;
}

function DigestForm({ initial }: { initial: ReviewerPrefs }) {
  const [email, setEmail] = useState(initial.email ?? '');
  const [digest, setDigest] = useState(initial.digest);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const save = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setSaved(false);
    try {
      await api.patch('/api/review/prefs', { email: email.trim() || null, digest }, ReviewerPrefs);
      setSaved(true);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <details className="block digest-prefs">
      <summary>E-mail digest {initial.digest ? '(on)' : '(off)'}</summary>
      <form className="form" onSubmit={save}>
        <p className="sub">
          Once a day, a mail listing the claims assigned to you that are due or overdue, each with a link to resolve it.
        </p>
        <label className="choice">
          <input type="checkbox" checked={digest} onChange={(e) => setDigest(e.target.checked)} />
          <span>Send me the daily digest</span>
        </label>
        <label className="field">
          <span>E-mail address</span>
          <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} required={digest} />
        </label>
        <FormError error={error} />
        <div className="actions">
          <button type="submit" className="button small">
            Save
          </button>
          {saved && <span role="status">Saved.</span>}
        </div>
      </form>
    </details>
  );
}
