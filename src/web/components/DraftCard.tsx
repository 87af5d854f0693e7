import type { Dispatch } from 'react';
import { CLAIM_KINDS, type ClaimKind } from '../../shared/api/claims.js';
import { draftProblems, windowWarnings, type DraftAction, type DraftClaim } from '../state/draft-editor.js';
import { PercentField } from './PercentField.js';
import { SourceInput } from './SourceInput.js';

/** One draft claim, every field editable; changes go through the draft-editor reducer. */
export function DraftCard({
  draft,
  index,
  quote,
  restatedNumber,
  publishedOn,
  desk,
  dispatch,
}: {
  draft: DraftClaim;
  index: number;
  quote: string;
  publishedOn: string;
  desk: string;
  /** The number of the claim this draft restates, if any. */
  restatedNumber: number | null;
  dispatch: Dispatch<DraftAction>;
}) {
  const n = index + 1;
  const problems = draftProblems(draft, desk);
  const warnings = windowWarnings(draft, publishedOn);
  const key = draft.key;
  return (
    <li
      className={`draft-card kind-${draft.kind.toLowerCase()}${problems.length ? ' has-problems' : ''}`}
      id={`draft-${key}`}
      aria-labelledby={`draft-${key}-h`}
    >
      <div className="draft-head">
        <h3 id={`draft-${key}-h`} tabIndex={-1}>
          <span className="draft-num">{n}</span> Claim {n}
          {draft.section && <span className="sub"> · {draft.section}</span>}
          {restatedNumber !== null && (
            <span className="mark"> · restates claim {restatedNumber} (published as that claim)</span>
          )}
        </h3>
        <button
          type="button"
          className="link-button danger"
          onClick={() => dispatch({ type: 'remove', key })}
          aria-label={`Remove claim ${n}`}
        >
          Remove
        </button>
      </div>
      <p className="draft-quote" title="The words as published">
        “{quote}”
      </p>
      <div className="field-row">
        <label className="field">
          <span>Kind</span>
          <select
            value={draft.kind}
            onChange={(e) => dispatch({ type: 'edit', key, field: 'kind', value: e.target.value as ClaimKind })}
          >
            {CLAIM_KINDS.map((k) => (
              <option key={k}>{k}</option>
            ))}
          </select>
        </label>
        <PercentField
          label="Probability (%)"
          value={draft.probability === null ? '' : Math.round(draft.probability * 100)}
          onChange={(percent) =>
            dispatch({ type: 'edit', key, field: 'probability', value: percent === '' ? null : Number(percent) / 100 })
          }
        />
      </div>
      <label className="field">
        <span>Statement (what will be judged)</span>
        <textarea
          rows={3}
          value={draft.statement}
          onChange={(e) => dispatch({ type: 'edit', key, field: 'statement', value: e.target.value })}
        />
      </label>
      {draft.clause && draft.clause !== draft.statement && (
        <p className="sub clause-offer">
          The claim itself: “{draft.clause}”{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => dispatch({ type: 'edit', key, field: 'statement', value: draft.clause! })}
          >
            Use this as the statement
          </button>{' '}
          (the whole sentence stays as the quote)
        </p>
      )}
      <div className="field-row">
        <label className="field grow">
          <span>How it is judged (criteria)</span>
          <input
            value={draft.criteria}
            placeholder="e.g. the BLS release for the month"
            onChange={(e) => dispatch({ type: 'edit', key, field: 'criteria', value: e.target.value })}
          />
        </label>
        <label className="field grow">
          <span>Condition</span>
          <input
            value={draft.condition}
            placeholder="e.g. if the merger closes"
            onChange={(e) => dispatch({ type: 'edit', key, field: 'condition', value: e.target.value })}
          />
        </label>
      </div>
      <div className="field">
        <span className="field-label" id={`src-${key}`}>
          Sources
        </span>
        <ul className="chips" aria-labelledby={`src-${key}`}>
          {draft.sources.length === 0 && (
            <li className="sub">{desk.trim() ? `none named: published as ${desk.trim()}'s own call` : 'none yet'}</li>
          )}
          {draft.sources.map((s) => (
            <li key={s.handle} className={`chip${s.isNew ? ' chip-new' : ''}`}>
              @{s.handle}
              <select
                className="chip-role"
                aria-label={`Role of @${s.handle}`}
                value={s.role}
                onChange={(e) =>
                  dispatch({ type: 'set-role', key, handle: s.handle, role: e.target.value as 'made' | 'cited' })
                }
              >
                <option value="made">made it</option>
                <option value="cited">cited</option>
              </select>
              {s.isNew && (
                <span className="new-mark" title="Not in the ledger yet: it will be created when you publish">
                  new
                </span>
              )}
              <button
                type="button"
                className="chip-x"
                aria-label={`Remove @${s.handle}`}
                onClick={() => dispatch({ type: 'remove-source', key, handle: s.handle })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        <SourceInput
          label={`Add a source to claim ${n}`}
          onAdd={(handle, isNew) => dispatch({ type: 'add-source', key, handle, isNew })}
        />
      </div>
      <fieldset className="window">
        <legend>
          Window
          {draft.windowIsDefault && (
            <span className="mark default-mark" title="The text gave no date; this is a default. Check it.">
              {' '}
              default — no date in the text
            </span>
          )}
        </legend>
        <p className="sub window-rule">
          {draft.windowRule
            ? `${draft.windowRule.kind === 'phrase' ? 'Set by' : 'Rule'}: ${draft.windowRule.detail}`
            : draft.timePhrase
              ? `From the phrase “${draft.timePhrase}”`
              : 'No rule: the editor sets the window'}
        </p>
        {warnings.map((w) => (
          <p key={w} className="mark window-warning" role="note">
            ⚠ {w}
          </p>
        ))}
        <div className="field-row">
          <label className="field">
            <span>Starts</span>
            <input
              type="date"
              value={draft.windowStart ?? ''}
              onChange={(e) => dispatch({ type: 'edit', key, field: 'windowStart', value: e.target.value || null })}
            />
          </label>
          <label className="field">
            <span>Resolves on</span>
            <input
              type="date"
              value={draft.windowEnd ?? ''}
              onChange={(e) => dispatch({ type: 'edit', key, field: 'windowEnd', value: e.target.value || null })}
            />
          </label>
        </div>
      </fieldset>
      <label className="field">
        <span>Tags (comma-separated)</span>
        <input
          defaultValue={draft.tags.join(', ')}
          onBlur={(e) =>
            dispatch({
              type: 'edit',
              key,
              field: 'tags',
              value: e.target.value
                .split(',')
                .map((t) => t.trim().toLowerCase())
                .filter(Boolean),
            })
          }
        />
      </label>
      {problems.length > 0 && (
        <ul className="problems" aria-label={`Problems with claim ${n}`}>
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
    </li>
  );
}
