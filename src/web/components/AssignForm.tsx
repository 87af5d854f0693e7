import { useState, type FormEvent } from 'react';
import { AssignmentResult } from '../../shared/api/review-desk.js';
import { api, messageOf } from '../api/client.js';
import { useReviewers } from '../api/hooks.js';

/** Editors and admins route a claim, or every unresolved claim of a source, to a reviewer. */
export function AssignForm({ target, label }: { target: { claimId: string } | { source: string }; label: string }) {
  const { data } = useReviewers(true);
  const [reviewer, setReviewer] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setMessage(null);
    try {
      const r = await api.post('/api/review/assignments', { reviewer, ...target }, AssignmentResult);
      setMessage(`Assigned ${r.assigned} claim${r.assigned === 1 ? '' : 's'} to ${r.reviewer}.`);
    } catch (err) {
      setMessage(messageOf(err));
    }
  };
  return (
    <form className="assign-form" onSubmit={submit}>
      <label>
        <span>{label}</span>
        <select value={reviewer} onChange={(e) => setReviewer(e.target.value)} required>
          <option value="">Choose a reviewer</option>
          {data?.items.map((u) => (
            <option key={u.username} value={u.username}>
              {u.displayName} ({u.username})
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="button small secondary" disabled={!reviewer}>
        Assign
      </button>
      {message && <span role="status">{message}</span>}
    </form>
  );
}
