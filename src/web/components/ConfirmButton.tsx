import { useState } from 'react';
import { ClaimDetail } from '../../shared/api/claims.js';
import { api, messageOf } from '../api/client.js';

/** A second reviewer confirms a resolution. */
export function ConfirmButton({ resolutionId, onDone }: { resolutionId: string; onDone(): void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const handleClick = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.post(`/api/resolutions/${resolutionId}/confirm`, {}, ClaimDetail);
      onDone();
    } catch (err) {
      setError(messageOf(err));
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" className="button secondary" onClick={handleClick} disabled={busy}>
        {busy ? 'Confirming…' : 'Confirm'}
      </button>
      {error && (
        <span className="form-error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
