import { useState } from 'react';
import { ClaimDetail, VOID_REASONS, type Claim, type Resolution } from '../../shared/api/claims.js';
import { api } from '../api/client.js';
import { date } from '../format.js';
import { ClaimContext } from './ClaimContext.js';
import { DialogForm } from './DialogForm.js';
import { PercentField } from './PercentField.js';

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

/** The ruling a correction starts from: the fields of the resolution it supersedes. */
export type Ruling = Pick<Resolution, 'id' | 'outcome' | 'credit' | 'voidReason' | 'evidence' | 'note'>;

/**
 * Record (or correct) a ruling: outcome, credit, void reason, evidence URLs, note. No outcome is
 * chosen until the reviewer chooses one (an unconsidered click must not record a verdict); a
 * correction starts from the current ruling so only what changes needs typing.
 */
export function ResolveDialog({
  claim,
  correcting,
  onClose,
  onDone,
}: {
  claim: Claim;
  correcting?: Ruling;
  onClose(): void;
  onDone(detail: ClaimDetail): void;
}) {
  const [outcome, setOutcome] = useState<Outcome | null>(correcting?.outcome ?? null);
  const [credit, setCredit] = useState(correcting?.credit != null ? String(Math.round(correcting.credit * 100)) : '50');
  const [voidReason, setVoidReason] = useState<(typeof VOID_REASONS)[number]>(correcting?.voidReason ?? 'ambiguous');
  const [evidence, setEvidence] = useState(correcting?.evidence.join('\n') ?? '');
  const [note, setNote] = useState(correcting?.note ?? '');
  const [reason, setReason] = useState('');
  const early = claim.status === 'open';

  const submit = async () => {
    const detail = await api.post(
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
    onDone(detail);
  };

  return (
    <DialogForm
      title={correcting ? 'Correct the resolution' : 'Resolve the claim'}
      submitLabel={correcting ? 'Record correction' : 'Record resolution'}
      canSubmit={outcome !== null}
      submit={submit}
      onClose={onClose}
    >
      <p className="dialog-claim">“{claim.statement}”</p>
      {early && (
        <p className="sub">
          The window runs until {date(claim.windowEnd)}: resolve only if the outcome is already certain.
        </p>
      )}
      <ClaimContext claim={claim} />
      <fieldset className="choices">
        <legend>Outcome {!correcting && <span className="req">(choose one)</span>}</legend>
        {OUTCOME_CHOICES.map((o) => (
          <label key={o.value} className="choice">
            <input
              type="radio"
              name="outcome"
              value={o.value}
              checked={outcome === o.value}
              onChange={() => setOutcome(o.value)}
              required
            />
            <span>
              <strong>{o.label}</strong> <span className="sub">{o.help}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {outcome === 'partial' && (
        <PercentField label="Credit (%)" value={credit} onChange={setCredit} step={5} required />
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
    </DialogForm>
  );
}
