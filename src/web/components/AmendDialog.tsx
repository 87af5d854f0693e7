import { useState } from 'react';
import { CLAIM_KINDS, ClaimDetail, type ClaimKind } from '../../shared/api/claims.js';
import { api } from '../api/client.js';
import { DialogForm } from './DialogForm.js';
import { PercentField } from './PercentField.js';

/** Amend a claim: only changed fields are sent, with the reason. The published words stay in the history. */
export function AmendDialog({ claim, onClose, onDone }: { claim: ClaimDetail; onClose(): void; onDone(): void }) {
  const [statement, setStatement] = useState(claim.statement);
  const [kind, setKind] = useState<ClaimKind>(claim.kind);
  const [windowStart, setWindowStart] = useState(claim.windowStart ?? '');
  const [windowEnd, setWindowEnd] = useState(claim.windowEnd);
  const [probability, setProbability] = useState(
    claim.probability === null ? '' : String(Math.round(claim.probability * 100)),
  );
  const [tags, setTags] = useState(claim.tags.join(', '));
  const [criteria, setCriteria] = useState(claim.criteria ?? '');
  const [condition, setCondition] = useState(claim.condition ?? '');
  const [reason, setReason] = useState('');

  const submit = async () => {
    const body: Record<string, unknown> = { reason: reason.trim() };
    if (statement.trim() !== claim.statement) body.statement = statement.trim();
    if (kind !== claim.kind) body.kind = kind;
    if ((windowStart || null) !== claim.windowStart) body.windowStart = windowStart || null;
    if (windowEnd !== claim.windowEnd) body.windowEnd = windowEnd;
    const p = probability.trim() === '' ? null : Number(probability) / 100;
    if (p !== claim.probability) body.probability = p;
    const t = tags
      .split(',')
      .map((x) => x.trim().toLowerCase())
      .filter(Boolean);
    if (t.join(',') !== claim.tags.join(',')) body.tags = t;
    if ((criteria.trim() || null) !== claim.criteria) body.criteria = criteria.trim() || null;
    if ((condition.trim() || null) !== claim.condition) body.condition = condition.trim() || null;
    await api.patch(`/api/claims/${claim.id}`, body, ClaimDetail);
    onDone();
  };

  return (
    <DialogForm title="Amend the claim" submitLabel="Save amendment" submit={submit} onClose={onClose}>
      <p className="sub">
        The words first published stay visible on the claim page; the amendment is recorded with your reason.
      </p>
      <label className="field">
        <span>Statement</span>
        <textarea rows={3} value={statement} onChange={(e) => setStatement(e.target.value)} required />
      </label>
      <div className="field-row">
        <label className="field">
          <span>Kind</span>
          <select value={kind} onChange={(e) => setKind(e.target.value as ClaimKind)}>
            {CLAIM_KINDS.map((k) => (
              <option key={k}>{k}</option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Window start</span>
          <input type="date" value={windowStart} onChange={(e) => setWindowStart(e.target.value)} />
        </label>
        <label className="field">
          <span>Window end</span>
          <input type="date" value={windowEnd} onChange={(e) => setWindowEnd(e.target.value)} required />
        </label>
        <PercentField label="Probability (%)" value={probability} onChange={setProbability} />
      </div>
      <label className="field">
        <span>How it is judged (criteria)</span>
        <input value={criteria} onChange={(e) => setCriteria(e.target.value)} />
      </label>
      <label className="field">
        <span>Condition</span>
        <input value={condition} onChange={(e) => setCondition(e.target.value)} />
      </label>
      <label className="field">
        <span>Tags (comma-separated)</span>
        <input value={tags} onChange={(e) => setTags(e.target.value)} />
      </label>
      <label className="field">
        <span>Reason for the amendment</span>
        <input
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          required
          minLength={3}
          placeholder="e.g. the window was misread"
        />
      </label>
    </DialogForm>
  );
}
