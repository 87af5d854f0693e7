import { useReducer, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { PreviewResponse, PublicationDetail } from '../../shared/api/publications.js';
import { api } from '../api/client.js';
import { invalidate } from '../api/use-query.js';
import { DraftCard } from '../components/DraftCard.js';
import { FormError } from '../components/FormError.js';
import { segmentText } from '../components/highlight.js';
import { RequireRole } from '../components/RequireRole.js';
import { selectionOffsets } from '../components/selection.js';
import {
  draftEditorReducer,
  initialDraftState,
  newSourcesOf,
  publishProblems,
  toPublicationCreate,
} from '../state/draft-editor.js';
import { useTitle } from '../use-title.js';

export function NewIssuePage() {
  useTitle('New issue');
  return (
    <RequireRole roles={['editor']}>
      <NewIssueEditor />
    </RequireRole>
  );
}

function NewIssueEditor() {
  const [state, dispatch] = useReducer(draftEditorReducer, undefined, () => initialDraftState());
  const [step, setStep] = useState<'paste' | 'review'>('paste');
  const [preview, setPreview] = useState<PreviewResponse | null>(null);
  const [selection, setSelection] = useState<{ start: number; end: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [triedPublish, setTriedPublish] = useState(false);
  const textRef = useRef<HTMLDivElement>(null);
  const navigate = useNavigate();

  const handlePreview = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const result = await api.post(
        '/api/publications/preview',
        { text: state.text, publishedOn: state.publishedOn },
        PreviewResponse,
      );
      if (!state.title.trim()) dispatch({ type: 'set-meta', title: state.text.trim().split('\n')[0]!.slice(0, 200) });
      dispatch({ type: 'load-preview', preview: result });
      setPreview(result);
      setStep('review');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const handlePublish = async () => {
    setTriedPublish(true);
    if (publishProblems(state).length) return;
    setBusy(true);
    setError(null);
    try {
      const pub = await api.post('/api/publications', toPublicationCreate(state), PublicationDetail);
      invalidate('/api/');
      await navigate(`/publications/${pub.id}`);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  const handleSelect = () => setSelection(textRef.current ? selectionOffsets(textRef.current) : null);
  const handleAddSelection = () => {
    if (!selection) return;
    dispatch({ type: 'add-from-selection', start: selection.start, end: selection.end });
    window.getSelection()?.removeAllRanges();
    setSelection(null);
  };

  const problems = publishProblems(state);
  const newSources = newSourcesOf(state);
  const marks = state.drafts.map((d, i) => ({
    id: d.key,
    start: d.spanStart,
    end: d.spanEnd,
    num: i + 1,
    kind: d.kind,
  }));

  return (
    <section className="page editor-page">
      <header className="page-header">
        <h1>New issue</h1>
        <p className="lede">
          Paste the issue as published. The claims it makes are proposed beside the text; check each one, then publish
          them to the ledger.
        </p>
      </header>
      <form className="form card meta-form" onSubmit={handlePreview}>
        <div className="field-row">
          <label className="field grow">
            <span>Title</span>
            <input
              value={state.title}
              onChange={(e) => dispatch({ type: 'set-meta', title: e.target.value })}
              placeholder="taken from the first line if empty"
            />
          </label>
          <label className="field">
            <span>Published on</span>
            <input
              type="date"
              value={state.publishedOn}
              onChange={(e) => dispatch({ type: 'set-meta', publishedOn: e.target.value })}
              required
            />
          </label>
          <label className="field">
            <span>Desk handle</span>
            <input
              value={state.desk}
              onChange={(e) => dispatch({ type: 'set-meta', desk: e.target.value })}
              placeholder="@thesignal"
              aria-describedby="desk-help"
            />
            <small id="desk-help">Claims with no source are the desk's own calls.</small>
          </label>
          <label className="field grow">
            <span>URL (optional)</span>
            <input
              type="url"
              value={state.url}
              onChange={(e) => dispatch({ type: 'set-meta', url: e.target.value })}
              placeholder="https://…"
            />
          </label>
        </div>
        {step === 'paste' ? (
          <>
            <label className="field">
              <span>Issue text</span>
              <textarea
                rows={16}
                value={state.text}
                onChange={(e) => dispatch({ type: 'set-meta', text: e.target.value })}
                required
                className="mono-ish"
              />
            </label>
            <FormError error={error} />
            <button type="submit" className="button" disabled={busy || !state.text.trim() || !state.publishedOn}>
              {busy ? 'Finding claims…' : 'Find claims'}
            </button>
          </>
        ) : (
          <p className="sub">
            <button type="button" className="link-button" onClick={() => setStep('paste')}>
              ← Edit the text
            </button>{' '}
            (changing the text discards the drafts)
          </p>
        )}
      </form>

      {step === 'review' && (
        <>
          {preview?.duplicateOf && (
            <p className="status error" role="alert">
              This exact text was already published (<a href={`/publications/${preview.duplicateOf}`}>see the issue</a>
              ). Publishing again would log its claims twice.
            </p>
          )}
          <div className="editor-layout">
            <section className="block editor-text" aria-labelledby="text-h">
              <div className="sticky">
                <h2 id="text-h">The text</h2>
                <p className="sub">Select words in the text to add a claim the extractor missed.</p>
                <button
                  type="button"
                  className="button secondary small"
                  disabled={!selection}
                  onClick={handleAddSelection}
                >
                  Add claim from selection
                </button>
                <div
                  className="issue-text selectable"
                  ref={textRef}
                  onMouseUp={handleSelect}
                  onKeyUp={handleSelect}
                  tabIndex={0}
                  aria-label="Issue text; select words to add a claim"
                >
                  {withOffsets(segmentText(state.text, marks)).map(({ seg, offset }) =>
                    seg.span ? (
                      <mark
                        key={offset}
                        data-offset={offset}
                        data-num={seg.span.num}
                        className={`mark-claim kind-${seg.span.kind.toLowerCase()}`}
                      >
                        {seg.text}
                      </mark>
                    ) : (
                      <span key={offset} data-offset={offset}>
                        {seg.text}
                      </span>
                    ),
                  )}
                </div>
              </div>
            </section>
            <section className="block" aria-labelledby="drafts-h">
              <h2 id="drafts-h">
                {state.drafts.length} draft claim{state.drafts.length === 1 ? '' : 's'}
              </h2>
              {newSources.length > 0 && (
                <fieldset className="new-sources">
                  <legend>New sources, created on publish — give each its display name</legend>
                  {newSources.map((h) => (
                    <label key={h} className="field">
                      <span>@{h}</span>
                      <input
                        value={Object.hasOwn(state.newSourceNames, h) ? state.newSourceNames[h] : ''}
                        onChange={(e) => dispatch({ type: 'name-new-source', handle: h, displayName: e.target.value })}
                        placeholder={`name for @${h}`}
                      />
                    </label>
                  ))}
                </fieldset>
              )}
              <ol className="draft-list">
                {state.drafts.map((d, i) => (
                  <DraftCard
                    key={d.key}
                    draft={d}
                    index={i}
                    quote={state.text.slice(d.spanStart, d.spanEnd)}
                    restatedNumber={
                      d.restates === null
                        ? null
                        : ((n) => (n < 0 ? null : n + 1))(state.drafts.findIndex((t) => t.key === d.restates))
                    }
                    dispatch={dispatch}
                  />
                ))}
              </ol>
              <div className="publish-bar">
                {triedPublish && problems.length > 0 && (
                  <ul className="problems" role="alert" aria-label="Fix these before publishing">
                    {problems.map((p) => (
                      <li key={p}>{p}</li>
                    ))}
                  </ul>
                )}
                <FormError error={error} />
                <button type="button" className="button" onClick={handlePublish} disabled={busy}>
                  {busy
                    ? 'Publishing…'
                    : `Publish the issue and ${state.drafts.length} claim${state.drafts.length === 1 ? '' : 's'}`}
                </button>
              </div>
            </section>
          </div>
        </>
      )}
    </section>
  );
}

function withOffsets<T extends { text: string }>(segments: T[]): { seg: T; offset: number }[] {
  let at = 0;
  return segments.map((seg) => {
    const offset = at;
    at += seg.text.length;
    return { seg, offset };
  });
}
