import { useCallback, useEffect, useReducer, useRef, useState, type FormEvent } from 'react';
import { useBlocker, useNavigate, type BlockerFunction } from 'react-router';
import { DeskSettings } from '../../shared/api/desk.js';
import { PreviewResponse, PublicationDetail } from '../../shared/api/publications.js';
import { api, ApiError } from '../api/client.js';
import { invalidate } from '../api/use-query.js';
import { Dialog } from '../components/Dialog.js';
import { DraftCard } from '../components/DraftCard.js';
import { FormError } from '../components/FormError.js';
import { segmentText } from '../components/highlight.js';
import { RequireRole } from '../components/RequireRole.js';
import { selectionOffsets } from '../components/selection.js';
import { forgetDesk, lastDesk, saveDesk, savedFor, type DeskStep } from '../state/desk-autosave.js';
import {
  draftEditorReducer,
  initialDraftState,
  newSourcesOf,
  publishCounts,
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

/** Today in the editor's own time zone, as YYYY-MM-DD: the day an issue usually goes out. */
function localToday(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** Scrolls to a draft's card and puts focus on its heading, so the editor lands where the problem is. */
function goToCard(key: string): void {
  const card = document.getElementById(`draft-${key}`);
  if (!card) return;
  card.scrollIntoView({ block: 'center', behavior: 'smooth' });
  card.querySelector<HTMLElement>('h3')?.focus({ preventScroll: true });
}

function NewIssueEditor() {
  const restored = useRef(lastDesk());
  const [state, dispatch] = useReducer(
    draftEditorReducer,
    undefined,
    () => restored.current?.state ?? initialDraftState(localToday()),
  );
  const [step, setStep] = useState<DeskStep>(restored.current?.step ?? 'paste');
  const [duplicateOf, setDuplicateOf] = useState<string | null>(null);
  const [selection, setSelection] = useState<{ start: number; end: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const [published, setPublished] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const navigate = useNavigate();

  // The desk's handle comes from the admin page's setting unless this session already has one.
  useEffect(() => {
    if (restored.current?.state.desk) return;
    api.get('/api/desk/settings', DeskSettings).then(
      (s) => s.deskHandle && dispatch({ type: 'set-meta', desk: `@${s.deskHandle}` }),
      () => undefined, // an editor without the setting types the handle in
    );
  }, []);

  useEffect(() => {
    if (!published) saveDesk(state, step);
  }, [state, step, published]);

  const dirty = !published && (state.drafts.length > 0 || state.text.trim().length > 0);
  useEffect(() => {
    if (!dirty) return;
    const ask = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [dirty]);
  // A ref, because the move to the new issue's page happens before the re-render that clears `dirty`.
  const leavingPublished = useRef(false);
  const blocker = useBlocker(
    useCallback<BlockerFunction>(
      ({ currentLocation, nextLocation }) =>
        dirty && !leavingPublished.current && currentLocation.pathname !== nextLocation.pathname,
      [dirty],
    ),
  );

  const runPreview = async () => {
    const result = await api.post(
      '/api/publications/preview',
      { text: state.text, publishedOn: state.publishedOn },
      PreviewResponse,
    );
    // Drafts reviewed before for this very text come back, fixes and all.
    const earlier = state.drafts.length === 0 ? savedFor(state.text) : null;
    if (earlier) dispatch({ type: 'restore', state: { ...earlier.state, title: state.title || earlier.state.title } });
    if (!state.title.trim() && !earlier?.state.title)
      dispatch({ type: 'set-meta', title: state.text.trim().split('\n')[0]!.slice(0, 200) });
    dispatch({ type: 'load-preview', preview: result });
    setDuplicateOf(result.duplicateOf);
    return result;
  };

  const handlePreview = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await runPreview();
      setStep('review');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const handlePublish = async () => {
    if (duplicateOf || publishProblems(state).length) return;
    setBusy(true);
    setError(null);
    try {
      const pub = await api.post('/api/publications', toPublicationCreate(state), PublicationDetail);
      leavingPublished.current = true;
      setPublished(true);
      forgetDesk(state.text);
      invalidate('/api/');
      await navigate(`/publications/${pub.id}`, { state: { justPublished: true } });
    } catch (err) {
      // Someone published the same text meanwhile: show the link to it, as the preview would have.
      if (err instanceof ApiError && err.status === 409) await runPreview().catch(() => undefined);
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
  const counts = publishCounts(state);
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
          them to the ledger. Your work is kept in this browser as you go.
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
            <small id="desk-help">Claims with no source are the desk&apos;s own calls.</small>
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
            {state.drafts.length > 0 && (
              <p className="sub" role="status">
                {state.drafts.length} draft{state.drafts.length === 1 ? '' : 's'} kept: each one whose words are still
                in the text keeps its fixes when you find claims again.
              </p>
            )}
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
            (your fixes are kept for every claim whose words are still there)
          </p>
        )}
      </form>

      {step === 'review' && (
        <>
          {duplicateOf && (
            <p className="status error" role="alert">
              This exact text was already published (<a href={`/publications/${duplicateOf}`}>see the issue</a>).
              Publishing it again would log its claims twice, so Publish is off.
            </p>
          )}
          <div className="editor-layout">
            <section className="block editor-text" aria-labelledby="text-h">
              <div className="sticky">
                <h2 id="text-h">The text</h2>
                <p className="sub">
                  Click a highlight to go to its claim; select words to add a claim the extractor missed.
                </p>
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
                        title={`Claim ${seg.span.num}: click to go to its card`}
                        onClick={() => {
                          // A click that ends a selection is for adding a claim, not for moving.
                          if (window.getSelection()?.isCollapsed !== false) goToCard(seg.span!.id);
                        }}
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
                    publishedOn={state.publishedOn}
                    desk={state.desk}
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
                {problems.length > 0 && (
                  <ul className="problems" role="alert" aria-label="Fix these before publishing">
                    {problems.map((p) => (
                      <li key={`${p.key ?? ''}${p.message}`}>
                        {p.key ? (
                          <a
                            href={`#draft-${p.key}`}
                            onClick={(e) => {
                              e.preventDefault();
                              goToCard(p.key!);
                            }}
                          >
                            {p.message}
                          </a>
                        ) : (
                          p.message
                        )}
                      </li>
                    ))}
                  </ul>
                )}
                <FormError error={error} />
                <button
                  type="button"
                  className="button"
                  onClick={handlePublish}
                  disabled={busy || duplicateOf !== null || problems.length > 0}
                >
                  {busy
                    ? 'Publishing…'
                    : `Publish the issue and ${counts.claims} claim${counts.claims === 1 ? '' : 's'}` +
                      (counts.restatements
                        ? ` (${counts.restatements} restatement${counts.restatements === 1 ? '' : 's'} added as citations)`
                        : '')}
                </button>
              </div>
            </section>
          </div>
        </>
      )}
      {blocker.state === 'blocked' && (
        <Dialog title="Leave the desk?" onClose={() => blocker.reset()}>
          <p>
            This issue is not published yet. Your drafts stay in this browser and come back when you return to New
            issue.
          </p>
          <div className="dialog-actions">
            <button type="button" className="button secondary" onClick={() => blocker.reset()}>
              Stay
            </button>
            <button type="button" className="button" onClick={() => blocker.proceed()}>
              Leave
            </button>
          </div>
        </Dialog>
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
