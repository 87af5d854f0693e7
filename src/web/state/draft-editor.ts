import type { ClaimDraftInput, ClaimKind } from '../../shared/api/claims.js';
import type { PreviewDraft, PreviewResponse, PublicationCreate } from '../../shared/api/publications.js';

/** One source on a draft; `isNew` marks a handle the ledger does not know yet (created on publish). */
export interface DraftSource {
  handle: string;
  isNew: boolean;
  /** Whether the source made the claim or is cited for it (DESIGN.md "Domain"). */
  role: 'made' | 'cited';
}

/** How the window was set, as the extractor says (the phrase and its rule, the near-term default, or none). */
export interface DraftWindowRule {
  kind: 'phrase' | 'default' | 'none' | 'editor';
  detail: string;
}

/** One proposed claim as the editor is shaping it. */
export interface DraftClaim {
  key: string;
  kind: ClaimKind;
  statement: string;
  spanStart: number;
  spanEnd: number;
  /** The words at the span when the draft was made: it finds its place again when the text is edited. */
  quote: string;
  section: string;
  sources: DraftSource[];
  /** The condition the claim depends on ("if the merger closes"); empty for none. */
  condition: string;
  /** How it will be judged; empty leaves it to the statement. */
  criteria: string;
  /** The claim itself when the sentence frames it, offered as a shorter statement. */
  clause: string | null;
  windowRule: DraftWindowRule | null;
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
  /** Quotes of proposals the editor removed: a new preview of edited text does not propose them again. */
  dismissed: string[];
  nextKey: number;
}

export type DraftField =
  'kind' | 'statement' | 'condition' | 'criteria' | 'windowStart' | 'windowEnd' | 'probability' | 'tags';

export type DraftAction =
  | { type: 'set-meta'; title?: string; url?: string; publishedOn?: string; text?: string; desk?: string }
  | { type: 'load-preview'; preview: PreviewResponse }
  | { type: 'edit'; key: string; field: 'kind'; value: ClaimKind }
  | { type: 'edit'; key: string; field: 'statement' | 'condition' | 'criteria'; value: string }
  | { type: 'edit'; key: string; field: 'windowStart' | 'windowEnd'; value: string | null }
  | { type: 'edit'; key: string; field: 'probability'; value: number | null }
  | { type: 'edit'; key: string; field: 'tags'; value: string[] }
  | { type: 'add-source'; key: string; handle: string; isNew: boolean }
  | { type: 'remove-source'; key: string; handle: string }
  | { type: 'set-role'; key: string; handle: string; role: DraftSource['role'] }
  | { type: 'name-new-source'; handle: string; displayName: string }
  | { type: 'remove'; key: string }
  | { type: 'add-from-selection'; start: number; end: number; kind?: ClaimKind }
  | { type: 'reset' }
  | { type: 'restore'; state: DraftEditorState };

export function initialDraftState(publishedOn = ''): DraftEditorState {
  return {
    title: '',
    url: '',
    publishedOn,
    text: '',
    desk: '',
    drafts: [],
    newSourceNames: {},
    dismissed: [],
    nextKey: 1,
  };
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

function fromPreview(
  draft: PreviewDraft,
  key: string,
  unknown: Set<string>,
  restatesKey: string | null,
  text: string,
): DraftClaim {
  const handles = [...new Set(draft.sources.map(normalizeHandle).filter(Boolean))];
  return {
    key,
    kind: draft.kind,
    statement: draft.text,
    spanStart: draft.start,
    spanEnd: draft.end,
    quote: text.slice(draft.start, draft.end),
    section: draft.section,
    sources: handles.map((handle) => ({ handle, isNew: unknown.has(handle), role: 'made' as const })),
    condition: '',
    criteria: '',
    clause: draft.clause ?? null,
    windowRule: draft.windowRule ?? null,
    windowStart: draft.window?.start ?? null,
    windowEnd: draft.window?.end ?? null,
    timePhrase: draft.window && !draft.window.isDefault ? draft.window.phrase : null,
    windowIsDefault: draft.window?.isDefault ?? true,
    windowStated: !!draft.window && !draft.window.isDefault,
    probability: null,
    tags: [],
    restates: restatesKey,
  };
}

/** Where `quote` now stands in `text`: the occurrence nearest its old offset, or -1 when it is gone. */
function relocate(text: string, quote: string, oldStart: number): number {
  if (!quote) return -1;
  let best = -1;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    if (best < 0 || Math.abs(at - oldStart) < Math.abs(best - oldStart)) best = at;
    if (at > oldStart) break;
  }
  return best;
}

const overlaps = (a: { spanStart: number; spanEnd: number }, start: number, end: number) =>
  a.spanStart < end && start < a.spanEnd;

/**
 * A preview of (possibly edited) text merged with the drafts the editor already shaped: every draft whose
 * words are still in the text keeps its fixes at its new place; proposals are added where no kept draft
 * stands and the editor has not removed them before.
 */
function mergePreview(state: DraftEditorState, preview: PreviewResponse): DraftEditorState {
  const unknown = new Set(preview.unknownSources.map(normalizeHandle));
  const kept: DraftClaim[] = [];
  for (const d of state.drafts) {
    const at = relocate(state.text, d.quote, d.spanStart);
    if (at >= 0) kept.push({ ...d, spanStart: at, spanEnd: at + d.quote.length });
  }
  const dismissed = new Set(state.dismissed);
  let nextKey = state.nextKey;
  // Each proposal's key (or the kept draft standing in its place), so restatements can point at it.
  const keyOf = preview.drafts.map((p) => {
    const standing = kept.find((k) => overlaps(k, p.start, p.end));
    return standing ? standing.key : `d${nextKey++}`;
  });
  const added: DraftClaim[] = [];
  preview.drafts.forEach((p, i) => {
    const key = keyOf[i]!;
    if (kept.some((k) => k.key === key)) return;
    if (dismissed.has(state.text.slice(p.start, p.end))) return;
    const restates = p.restates === undefined ? null : (keyOf[p.restates] ?? null);
    added.push(fromPreview(p, key, unknown, restates, state.text));
  });
  const drafts = [...kept, ...added].sort((a, b) => a.spanStart - b.spanStart);
  const keys = new Set(drafts.map((d) => d.key));
  return pruneNames({
    ...state,
    drafts: drafts.map((d) => (d.restates !== null && !keys.has(d.restates) ? { ...d, restates: null } : d)),
    nextKey,
  });
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
      // Drafts outlive a change of text: the next preview finds each one's words again (mergePreview).
      return { ...state, ...Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined)) };
    }
    case 'load-preview':
      return mergePreview(state, action.preview);
    case 'edit':
      return editDraft(state, action.key, (d) => {
        if (action.field === 'windowStart' || action.field === 'windowEnd')
          return {
            ...d,
            [action.field]: action.value || null,
            windowIsDefault: false,
            windowRule: { kind: 'editor', detail: 'set by the editor' },
          };
        return { ...d, [action.field]: action.value };
      });
    case 'add-source': {
      const handle = normalizeHandle(action.handle);
      if (!handle) return state;
      return editDraft(state, action.key, (d) =>
        d.sources.some((s) => s.handle === handle)
          ? d
          : { ...d, sources: [...d.sources, { handle, isNew: action.isNew, role: 'made' }] },
      );
    }
    case 'remove-source':
      return pruneNames(
        editDraft(state, action.key, (d) => ({
          ...d,
          sources: d.sources.filter((s) => s.handle !== normalizeHandle(action.handle)),
        })),
      );
    case 'set-role': {
      const handle = normalizeHandle(action.handle);
      return editDraft(state, action.key, (d) => ({
        ...d,
        sources: d.sources.map((x) => (x.handle === handle ? { ...x, role: action.role } : x)),
      }));
    }
    case 'name-new-source':
      return {
        ...state,
        newSourceNames: { ...state.newSourceNames, [normalizeHandle(action.handle)]: action.displayName },
      };
    case 'remove': {
      const removed = state.drafts.find((d) => d.key === action.key);
      const dismissed = removed ? [...new Set([...state.dismissed, removed.quote])] : state.dismissed;
      // A restatement of a removed claim stands on its own again.
      const drafts = state.drafts
        .filter((d) => d.key !== action.key)
        .map((d) => (d.restates === action.key ? { ...d, restates: null } : d));
      return pruneNames({ ...state, drafts, dismissed });
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
        quote,
        section: '',
        sources: [],
        condition: '',
        criteria: '',
        clause: null,
        windowRule: { kind: 'editor', detail: 'added from a selection: a default of 12 months, check it' },
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
    case 'restore':
      return action.state;
  }
}

/** Handles that publishing will create, in first-seen order. */
export function newSourcesOf(state: DraftEditorState): string[] {
  return [...new Set(state.drafts.flatMap((d) => d.sources.filter((s) => s.isNew).map((s) => s.handle)))];
}

/** What is wrong with one draft, as messages a person can act on (empty = ready). */
export function draftProblems(d: DraftClaim, desk = ''): string[] {
  const problems: string[] = [];
  if (!d.statement.trim()) problems.push('the statement is empty');
  if (d.restates === null && d.sources.length === 0 && !normalizeHandle(desk))
    problems.push("no source: add who made it, or fill in the desk's handle");
  if (!d.windowEnd) problems.push('set the date the claim resolves (window end)');
  if (d.windowStart && d.windowEnd && d.windowStart > d.windowEnd) problems.push('the window starts after it ends');
  if (d.probability !== null && (d.probability < 0 || d.probability > 1))
    problems.push('the probability must be between 0 and 1');
  for (const s of d.sources) if (!isValidHandle(s.handle)) problems.push(`@${s.handle} is not a valid handle`);
  return problems;
}

/** A problem that stops publishing; `key` names the draft it is about, so the publish bar can link to its card. */
export interface PublishProblem {
  message: string;
  key?: string;
}

/** Problems that stop publishing: the issue's own fields and every draft's. */
export function publishProblems(state: DraftEditorState): PublishProblem[] {
  const problems: PublishProblem[] = [];
  const issue = (message: string) => problems.push({ message });
  if (!state.title.trim()) issue('the issue needs a title');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(state.publishedOn)) issue('the issue needs its publication date');
  if (!state.text.trim()) issue('the issue text is empty');
  if (state.url.trim() && !/^https?:\/\//i.test(state.url.trim()))
    issue('the issue URL must start with http:// or https://');
  if (state.desk.trim() && !isValidHandle(normalizeHandle(state.desk)))
    issue(`@${normalizeHandle(state.desk)} is not a valid desk handle`);
  state.drafts.forEach((d, i) =>
    draftProblems(d, state.desk).forEach((p) => problems.push({ message: `claim ${i + 1}: ${p}`, key: d.key })),
  );
  return problems;
}

/** What publishing will log: new claims, and restatements recorded as citations on the claim they repeat. */
export function publishCounts(state: DraftEditorState): { claims: number; restatements: number } {
  const claims = toPublicationCreate(state).claims.length;
  return { claims, restatements: state.drafts.length - claims };
}

/** Warnings a card shows about its window (not blocking): it ends within 30 days, or ends before publication. */
export function windowWarnings(d: DraftClaim, publishedOn: string): string[] {
  if (!d.windowEnd || !/^\d{4}-\d{2}-\d{2}$/.test(publishedOn)) return [];
  if (d.windowEnd < publishedOn) return ['the window ended before the issue was published: is the date already past?'];
  const soon = addDays(publishedOn, 30);
  return d.windowEnd <= soon ? ['the window ends within 30 days of publication: check the date'] : [];
}

function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
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
    const own = d.sources.map((s) => ({ handle: s.handle, role: s.role }));
    const cited = [...new Set(citedBy.get(d.key) ?? [])]
      .filter((h) => !own.some((m) => m.handle === h))
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
      sources: [...own, ...cited],
      condition: d.condition.trim() || null,
      criteria: d.criteria.trim() || null,
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
