import { useState, type FormEvent } from 'react';
import { DeskSettings } from '../../../shared/api/desk.js';
import { api } from '../../api/client.js';
import { useQuery } from '../../api/use-query.js';
import { FormError } from '../FormError.js';
import { ErrorMessage, Loading } from '../Status.js';

/** Admin: the desk's own handle, filled in on the editor's desk and the maker of unattributed calls. */
export function DeskSection() {
  const { data, error, loading, reload } = useQuery('/api/desk/settings', () =>
    api.get('/api/desk/settings', DeskSettings),
  );
  // What the admin typed; until they type, the field shows the stored handle (read during render, so
  // nothing typed is overwritten by the stored value arriving a moment later).
  const [typed, setTyped] = useState<string | null>(null);
  const handle = typed ?? (data?.deskHandle ? `@${data.deskHandle}` : '');
  const [saved, setSaved] = useState(false);
  const [formError, setFormError] = useState<unknown>(null);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setFormError(null);
    setSaved(false);
    try {
      await api.patch('/api/desk/settings', { deskHandle: handle.trim() || null }, DeskSettings);
      setSaved(true);
      reload();
    } catch (err) {
      setFormError(err);
    }
  };

  return (
    <section className="block" aria-labelledby="desk-h">
      <h2 id="desk-h">The desk</h2>
      {loading && <Loading what="the desk's settings" />}
      {error && <ErrorMessage error={error} what="the desk's settings" onRetry={reload} />}
      <form className="form" aria-label="Desk settings" onSubmit={save}>
        <label className="field">
          <span>Desk handle</span>
          <input value={handle} onChange={(e) => setTyped(e.target.value)} placeholder="@thesignal" />
          <small>
            Filled in on every new issue; calls in an issue that name no source are recorded as the desk&apos;s own.
          </small>
        </label>
        <FormError error={formError} />
        <button type="submit" className="button">
          Save the desk handle
        </button>
        {saved && (
          <span role="status" className="sub">
            {' '}
            Saved.
          </span>
        )}
      </form>
    </section>
  );
}
