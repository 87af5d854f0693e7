import type { ClaimDraftInput, ClaimKind } from '../../shared/api/claims.js';
import type { PreviewDraft, PreviewResponse, PublicationCreate } from '../../shared/api/publications.js';

/** One source on a draft; `isNew` marks a handle the ledger does not know yet (created on publish). */
export interface DraftSource {
  handle: string;
  isNew: boolean;
}

/** One proposed claim as the editor is shaping it. */
export interface DraftClaim {
  key: string;
  kind: ClaimKind;
  statement: string;
  spanStart: number;
  spanEnd: number;
  section: string;
  sources: DraftSource[];
  windowStart: string | null;
  windowEnd: string | null;
  /** The words the window came from ("through 2027-28"); null when the editor chose it. */
  timePhrase: string | null;
  /** True while the window is a default the extractor picked (no date in the text). */
  windowIsDefault: boolean;
  /** Whether the text itself gave the date (sent as `windowStated`). */
  windowStated: boolean;
  probability: number | null;
  tags: string[];
  /** Key of the draft this one restates (a Desk Note repeating a claim): published as that claim, not a new one. */
  restates: string | null;
}

export interface DraftEditorState {
  title: string;
  url: string;
  publishedOn: string;
  text: string;
  /** The publication's own desk: claims with no source are published as its calls. */
  desk: string;
  drafts: DraftClaim[];
  /** Display names for sources created on publish, by handle. */
  newSourceNames: Record<string, string>;
  nextKey: number;
}

export type DraftField = 'kind' | 'statement' | 'windowStart' | 'windowEnd' | 'probability' | 'tags';

export type DraftAction =
  | { type: 'set-meta'; title?: string; url?: string; publishedOn?: string; text?: string; desk?: string }
  | { type: 'load-preview'; preview: PreviewResponse }
  | { type: 'edit'; key: string; field: 'kind'; value: ClaimKind }
  | { type: 'edit'; key: string; field: 'statement'; value: string }
  | { type: 'edit'; key: string; field: 'windowStart' | 'windowEnd'; value: string | null }
  | { type: 'edit'; key: string; field: 'probability'; value: number | null }
  | { type: 'edit'; key: string; field: 'tags'; value: string[] }
  | { type: 'add-source'; key: string; handle: string; isNew: boolean }
  | { type: 'remove-source'; key: string; handle: string }
  | { type: 'name-new-source'; handle: string; displayName: string }
  | { type: 'remove'; key: string }
  | { type: 'add-from-selection'; start: number; end: number; kind?: ClaimKind }
  | { type: 'reset' };

export function initialDraftState(publishedOn = ''): DraftEditorState {
  return { title: '', url: '', publishedOn, text: '', desk: '', drafts: [], newSourceNames: {}, nextKey: 1 };
}

/** "@AllIn" → "allin" (the stored form, see Handle in src/shared/api/common.ts). */
export function normalizeHandle(raw: string): string {
  return raw.trim().replace(/^@/, '').toLowerCase();
}

export function isValidHandle(handle: string): boolean {
  return /^[a-z0-9_]{1,32}$/.test(handle);
}

/** Adds months to a YYYY-MM-DD date, clamping to the month's last day. */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

function fromPreview(draft: PreviewDraft, key: string, unknown: Set<string>, firstKey: number): DraftClaim {
  const handles = [...new Set(draft.sources.map(normalizeHandle).filter(Boolean))];
  return {
    key,
    kind: draft.kind,
    statement: draft.text,
    spanStart: draft.start,
    spanEnd: draft.end,
    section: draft.section,
    sources: handles.map((handle) => ({ handle, isNew: unknown.has(handle) })),
    windowStart: draft.window?.start ?? null,
    windowEnd: draft.window?.end ?? null,
    timePhrase: draft.window && !draft.window.isDefault ? draft.window.phrase : null,
    windowIsDefault: draft.window?.isDefault ?? true,
    windowStated: !!draft.window && !draft.window.isDefault,
    probability: null,
    tags: [],
    restates: draft.restates === undefined ? null : `d${firstKey + draft.restates}`,
  };
}

function editDraft(state: DraftEditorState, key: string, change: (d: DraftClaim) => DraftClaim): DraftEditorState {
  return { ...state, drafts: state.drafts.map((d) => (d.key === key ? change(d) : d)) };
}

/** Drops display names of new sources no draft names any more. */
function pruneNames(state: DraftEditorState): DraftEditorState {
  const used = new Set(state.drafts.flatMap((d) => d.sources.filter((s) => s.isNew).map((s) => s.handle)));
  const names = Object.fromEntries(Object.entries(state.newSourceNames).filter(([h]) => used.has(h)));
  return { ...state, newSourceNames: names };
}

/** The editor's drafts: a pure reducer, so every edit is testable without a browser. */
export function draftEditorReducer(state: DraftEditorState, action: DraftAction): DraftEditorState {
  switch (action.type) {
    case 'set-meta': {
      const { type: _t, ...meta } = action;
      const next = { ...state, ...Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined)) };
      // Offsets point into the text: new text means the old drafts no longer line up.
      if (action.text !== undefined && action.text !== state.text) next.drafts = [];
      return next;
    }
    case 'load-preview': {
      const unknown = new Set(action.preview.unknownSources.map(normalizeHandle));
      const first = state.nextKey;
      const drafts = action.preview.drafts.map((d, i) => fromPreview(d, `d${first + i}`, unknown, first));
      return pruneNames({ ...state, drafts, nextKey: first + drafts.length });
    }
    case 'edit':
      return editDraft(state, action.key, (d) => {
        if (action.field === 'windowStart' || action.field === 'windowEnd')
          return { ...d, [action.field]: action.value || null, windowIsDefault: false };
        return { ...d, [action.field]: action.value };
      });
    case 'add-source': {
      const handle = normalizeHandle(action.handle);
      if (!handle) return state;
      return editDraft(state, action.key, (d) =>
        d.sources.some((s) => s.handle === handle)
          ? d
          : { ...d, sources: [...d.sources, { handle, isNew: action.isNew }] },
      );
    }
    case 'remove-source':
      return pruneNames(
        editDraft(state, action.key, (d) => ({
          ...d,
          sources: d.sources.filter((s) => s.handle !== normalizeHandle(action.handle)),
        })),
      );
    case 'name-new-source':
      return {
        ...state,
        newSourceNames: { ...state.newSourceNames, [normalizeHandle(action.handle)]: action.displayName },
      };
    case 'remove': {
      // A restatement of a removed claim stands on its own again.
      const drafts = state.drafts
        .filter((d) => d.key !== action.key)
        .map((d) => (d.restates === action.key ? { ...d, restates: null } : d));
      return pruneNames({ ...state, drafts });
    }
    case 'add-from-selection': {
      const start = Math.max(0, Math.min(action.start, action.end));
      const end = Math.min(state.text.length, Math.max(action.start, action.end));
      const quote = state.text.slice(start, end).trim();
      if (!quote) return state;
      const lead = state.text.slice(start, end).indexOf(quote);
      const draft: DraftClaim = {
        key: `d${state.nextKey}`,
        kind: action.kind ?? 'CLAIM',
        statement: quote.replace(/\s+/g, ' '),
        spanStart: start + lead,
        spanEnd: start + lead + quote.length,
        section: '',
        sources: [],
        windowStart: state.publishedOn || null,
        windowEnd: state.publishedOn ? addMonths(state.publishedOn, 12) : null,
        timePhrase: null,
        windowIsDefault: true,
        windowStated: false,
        probability: null,
        tags: [],
        restates: null,
      };
      const drafts = [...state.drafts, draft].sort((a, b) => a.spanStart - b.spanStart);
      return { ...state, drafts, nextKey: state.nextKey + 1 };
    }
    case 'reset':
      return { ...initialDraftState(state.publishedOn), desk: state.desk };
  }
}

/** Handles that publishing will create, in first-seen order. */
export function newSourcesOf(state: DraftEditorState): string[] {
  return [...new Set(state.drafts.flatMap((d) => d.sources.filter((s) => s.isNew).map((s) => s.handle)))];
}

/** What is wrong with one draft, as messages a person can act on (empty = ready). */
export function draftProblems(d: DraftClaim): string[] {
  const problems: string[] = [];
  if (!d.statement.trim()) problems.push('the statement is empty');
  if (!d.windowEnd) problems.push('set the date the claim resolves (window end)');
  if (d.windowStart && d.windowEnd && d.windowStart > d.windowEnd) problems.push('the window starts after it ends');
  if (d.probability !== null && (d.probability < 0 || d.probability > 1))
    problems.push('the probability must be between 0 and 1');
  for (const s of d.sources) if (!isValidHandle(s.handle)) problems.push(`@${s.handle} is not a valid handle`);
  return problems;
}

/** Problems that stop publishing: the issue's own fields and every draft's. */
export function publishProblems(state: DraftEditorState): string[] {
  const problems: string[] = [];
  if (!state.title.trim()) problems.push('the issue needs a title');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(state.publishedOn)) problems.push('the issue needs its publication date');
  if (!state.text.trim()) problems.push('the issue text is empty');
  if (state.url.trim() && !/^https?:\/\//i.test(state.url.trim()))
    problems.push('the issue URL must start with http:// or https://');
  if (state.desk.trim() && !isValidHandle(normalizeHandle(state.desk)))
    problems.push(`@${normalizeHandle(state.desk)} is not a valid desk handle`);
  state.drafts.forEach((d, i) => draftProblems(d).forEach((p) => problems.push(`claim ${i + 1}: ${p}`)));
  return problems;
}

/**
 * The body of POST /api/publications for the current state. A restating draft is the same claim
 * (TIME-WINDOWS.md): its sources are added to the restated claim as "cited", not published twice.
 */
export function toPublicationCreate(state: DraftEditorState): PublicationCreate {
  const citedBy = new Map<string, string[]>();
  for (const d of state.drafts) {
    if (d.restates === null || !state.drafts.some((t) => t.key === d.restates)) continue;
    citedBy.set(d.restates, [...(citedBy.get(d.restates) ?? []), ...d.sources.map((s) => s.handle)]);
  }
  const published = state.drafts.filter((d) => d.restates === null || !state.drafts.some((t) => t.key === d.restates));
  const claims: ClaimDraftInput[] = published.map((d) => {
    const made = d.sources.map((s) => ({ handle: s.handle, role: 'made' as const }));
    const cited = [...new Set(citedBy.get(d.key) ?? [])]
      .filter((h) => !made.some((m) => m.handle === h))
      .map((handle) => ({ handle, role: 'cited' as const }));
    return {
      kind: d.kind,
      statement: d.statement.trim(),
      quote: state.text.slice(d.spanStart, d.spanEnd),
      timePhrase: d.timePhrase,
      windowStart: d.windowStart,
      windowEnd: d.windowEnd ?? '',
      windowStated: d.windowStated,
      probability: d.probability,
      tags: d.tags,
      sources: [...made, ...cited],
      spanStart: d.spanStart,
      spanEnd: d.spanEnd,
    };
  });
  const url = state.url.trim();
  const desk = normalizeHandle(state.desk);
  return {
    title: state.title.trim(),
    publishedOn: state.publishedOn,
    url: url || null,
    text: state.text,
    desk: desk || null,
    claims,
    newSources: newSourcesOf(state).map((handle) => ({
      handle,
      displayName: (Object.hasOwn(state.newSourceNames, handle) ? state.newSourceNames[handle]?.trim() : '') || handle,
      kind: 'person' as const,
    })),
    createMissingSources: true,
  };
}
