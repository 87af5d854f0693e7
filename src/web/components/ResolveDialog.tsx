import { useState, type FormEvent } from 'react';
import { ClaimDetail, VOID_REASONS, type Claim, type Resolution } from '../../shared/api/claims.js';
import { api } from '../api/client.js';
import { date } from '../format.js';
import { Dialog } from './Dialog.js';
import { FormError } from './FormError.js';

type Outcome = 'true' | 'false' | 'partial' | 'void';
const OUTCOME_CHOICES: { value: Outcome; label: string; help: string }[] = [
  { value: 'true', label: 'Correct', help: 'the statement came true' },
  { value: 'false', label: 'Wrong', help: 'it did not' },
  { value: 'partial', label: 'Partly right', help: 'give a credit between 0 and 100%' },
  { value: 'void', label: 'Void', help: 'cannot be judged; it drops out of the scores' },
];
const VOID_LABELS: Record<(typeof VOID_REASONS)[number], string> = {
  ambiguous: 'Ambiguous — cannot be judged',
  condition_not_met: 'Condition not met',
  withdrawn: 'Withdrawn by the source',
};

/** Record (or correct) a ruling: outcome, credit, void reason, evidence URLs, note. */
export function ResolveDialog({
  claim,
  correcting,
  onClose,
  onDone,
}: {
  claim: Claim;
  correcting?: Resolution;
  onClose(): void;
  onDone(): void;
}) {
  const [outcome, setOutcome] = useState<Outcome>('true');
  const [credit, setCredit] = useState('50');
  const [voidReason, setVoidReason] = useState<(typeof VOID_REASONS)[number]>('ambiguous');
  const [evidence, setEvidence] = useState('');
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const early = claim.status === 'open';

  const handleSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api.post(
        `/api/claims/${claim.id}/resolutions`,
        {
          outcome,
          credit: outcome === 'partial' ? Number(credit) / 100 : null,
          voidReason: outcome === 'void' ? voidReason : null,
          evidence: evidence
            .split(/\s+/)
            .map((u) => u.trim())
            .filter(Boolean),
          note: note.trim(),
          early,
          supersedes: correcting?.id ?? null,
          reason: correcting ? reason.trim() : null,
        },
        ClaimDetail,
      );
      onDone();
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <Dialog title={correcting ? 'Correct the resolution' : 'Resolve the claim'} onClose={onClose}>
      <form onSubmit={handleSubmit} className="form">
        <p className="dialog-claim">“{claim.statement}”</p>
        <p className="sub">
          Window {claim.windowStart ? `${date(claim.windowStart)} – ` : 'until '}
          {date(claim.windowEnd)}
          {early && ' — still open: resolve only if the outcome is already certain.'}
        </p>
        <fieldset className="choices">
          <legend>Outcome</legend>
          {OUTCOME_CHOICES.map((o) => (
            <label key={o.value} className="choice">
              <input
                type="radio"
                name="outcome"
                value={o.value}
                checked={outcome === o.value}
                onChange={() => setOutcome(o.value)}
              />
              <span>
                <strong>{o.label}</strong> <span className="sub">{o.help}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {outcome === 'partial' && (
          <label className="field">
            <span>Credit (%)</span>
            <input
              type="number"
              min={0}
              max={100}
              step={5}
              value={credit}
              onChange={(e) => setCredit(e.target.value)}
              required
              className="narrow"
            />
          </label>
        )}
        {outcome === 'void' && (
          <label className="field">
            <span>Why void</span>
            <select value={voidReason} onChange={(e) => setVoidReason(e.target.value as typeof voidReason)}>
              {VOID_REASONS.map((v) => (
                <option key={v} value={v}>
                  {VOID_LABELS[v]}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="field">
          <span>Evidence URLs {outcome !== 'void' && <span className="req">(at least one)</span>}</span>
          <textarea
            rows={2}
            value={evidence}
            onChange={(e) => setEvidence(e.target.value)}
            placeholder="https://… (one per line)"
            required={outcome !== 'void'}
          />
        </label>
        <label className="field">
          <span>Note</span>
          <textarea
            rows={3}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            placeholder="What happened, briefly"
          />
        </label>
        {correcting && (
          <label className="field">
            <span>Reason for the correction</span>
            <input value={reason} onChange={(e) => setReason(e.target.value)} required minLength={3} />
          </label>
        )}
        <FormError error={error} />
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            {busy ? 'Saving…' : correcting ? 'Record correction' : 'Record resolution'}
          </button>
          <button type="button" className="button secondary" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
