import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { pageOf } from '../../shared/api/common.js';
import { Source } from '../../shared/api/sources.js';
import { api } from '../api/client.js';
import { isValidHandle, normalizeHandle } from '../state/draft-editor.js';

const SourcePage = pageOf(Source);

/** Type a handle; existing sources are suggested, and a handle the ledger lacks is added as new. */
export function SourceInput({ onAdd, label }: { onAdd(handle: string, isNew: boolean): void; label: string }) {
  const [value, setValue] = useState('');
  const [options, setOptions] = useState<{ handle: string; displayName: string }[]>([]);
  const [error, setError] = useState<string | null>(null);
  const listId = useId();

  useEffect(() => {
    const q = normalizeHandle(value);
    if (!q) return setOptions([]);
    const t = setTimeout(() => {
      api.get('/api/sources', SourcePage, { q, limit: 8 }).then(
        (page) => setOptions(page.items),
        () => setOptions([]),
      );
    }, 150);
    return () => clearTimeout(t);
  }, [value]);

  const handleAdd = async () => {
    const handle = normalizeHandle(value);
    if (!handle) return;
    if (!isValidHandle(handle)) return setError('a handle is 1–32 letters, digits or underscores');
    setError(null);
    // Ask the list (not GET /:handle) so an unknown handle is an empty answer, not a 404.
    let known = options.some((o) => o.handle === handle);
    if (!known) {
      try {
        const page = await api.get('/api/sources', SourcePage, { q: handle, limit: 20 });
        known = page.items.some((o) => o.handle === handle || o.aliases.includes(handle));
      } catch (err) {
        return setError((err as Error).message);
      }
    }
    const isNew = !known;
    onAdd(handle, isNew);
    setValue('');
  };
  const handleKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      void handleAdd();
    }
  };

  return (
    <div className="source-input">
      <input
        aria-label={label}
        list={listId}
        value={value}
        placeholder="@handle"
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={handleKey}
        autoComplete="off"
      />
      <datalist id={listId}>
        {options.map((o) => (
          <option key={o.handle} value={`@${o.handle}`}>
            {o.displayName}
          </option>
        ))}
      </datalist>
      <button type="button" className="button secondary small" onClick={() => void handleAdd()}>
        Add
      </button>
      {error && (
        <span className="form-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
