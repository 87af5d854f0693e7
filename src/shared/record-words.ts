import type { ClaimDetail, ClaimKind, ClaimStatus } from './api/claims.js';
import type { ClaimCounts } from './api/leaderboard.js';

// The words of a source's page and a claim's page, used by the web app's components and by the
// server's first paint of those pages (server/site), so the page a reader first sees says what the
// app's first render says.

const OUTCOME_LABEL: Record<string, string> = {
  true: 'Correct',
  false: 'Wrong',
  partial: 'Partly right',
  void: 'Void',
};

/** "Correct", "Wrong", …: an outcome as the badges say it (an unknown one as it is). */
export function outcomeLabel(outcome: string): string {
  return Object.hasOwn(OUTCOME_LABEL, outcome) ? OUTCOME_LABEL[outcome]! : outcome;
}

/** A claim's status badge: its outcome once resolved (a partial one with its credit), else its status. */
export function statusBadge(
  status: ClaimStatus,
  outcome?: string | null,
  credit?: number | null,
): { className: string; label: string } {
  if (status === 'resolved' && outcome) {
    const label =
      outcome === 'partial' && credit !== null && credit !== undefined
        ? `Partly right (${Math.round(credit * 100)}%)`
        : outcomeLabel(outcome);
    return { className: `badge outcome-${outcome}`, label };
  }
  const label = { open: 'Open', due: 'Due', resolved: 'Resolved', void: 'Void' }[status];
  return { className: `badge status-${status}`, label };
}

/** What each kind of call says, beside it in a source's breakdown by kind. */
export const KIND_HELP: Record<ClaimKind, string> = {
  BULL: 'something will go up or succeed',
  BEAR: 'something will fall or fail',
  WATCH: 'if a trigger happens, expect a consequence',
  CLAIM: 'a dated factual claim',
};

/** Why a ruling voided a claim, in words. */
export const VOID_LABEL: Record<string, string> = {
  ambiguous: 'ambiguous',
  condition_not_met: 'condition not met',
  withdrawn: 'withdrawn',
};

/** Every call in the counts, whatever its status. */
export function totalOf(c: ClaimCounts): number {
  return c.open + c.due + c.resolved + c.void;
}

/** "2 resolved · 1 open", leaving out the statuses with none. */
export function byStatus(c: ClaimCounts): string {
  const parts = (['resolved', 'open', 'due', 'void'] as const).filter((k) => c[k] > 0).map((k) => `${c[k]} ${k}`);
  return parts.join(' · ') || 'none';
}

/** What a source's list holds, counted apart: its own calls (scored) and others' that cite it (not). */
export function madeAndCited(handle: string, made: number, cited: number): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `Counted apart: ${plural(made, 'call')} @${handle} made, which its scores count, and ${plural(cited, 'claim')} by others that cite or dispute it, marked in the list and not scored.`;
}

/** The tabs over a source's claims: all, then each status. */
export const SOURCE_TABS = [null, 'open', 'due', 'resolved', 'void'] as const;

/** A tab's label: "All", "Open", … */
export const tabLabel = (s: ClaimStatus | null) => (s === null ? 'All' : s[0]!.toUpperCase() + s.slice(1));

/**
 * Why the editor, not the text, set a claim's window. The ledger only knows whether it read dates from
 * the text; a sentence may still say "by the end of the tournament", so this never claims no time was
 * stated, only that no dates were read, and names the rule when the window is a year from the issue.
 */
export function windowNote(
  c: Pick<ClaimDetail, 'timePhrase' | 'windowStart' | 'windowEnd'>,
  publishedOn: string | undefined,
): string {
  if (c.timePhrase) return `“${c.timePhrase}” names no dates of its own; the editor set this window.`;
  const yearFromIssue =
    publishedOn !== undefined &&
    c.windowStart === publishedOn &&
    c.windowEnd === `${Number(publishedOn.slice(0, 4)) + 1}${publishedOn.slice(4)}`;
  return yearFromIssue
    ? 'No calendar dates were read from the text; the editor set the window to a year from the issue.'
    : 'No calendar dates were read from the text; the editor set this window.';
}

type HistoryEvent = ClaimDetail['history'][number];

const EVENT_LABEL: Record<string, string> = {
  'claim.created': 'Published',
  'claim.amended': 'Amended',
  'resolution.recorded': 'Resolved',
  'resolution.confirmed': 'Resolution confirmed',
  'resolution.withdrawn': 'Resolution withdrawn (undo)',
};

const FIELD_LABEL: Record<string, string> = {
  statement: 'Statement',
  kind: 'Kind',
  windowStart: 'Window start',
  windowEnd: 'Window end',
  timePhrase: 'Time phrase',
  probability: 'Probability',
  tags: 'Tags',
  condition: 'Condition',
  criteria: 'Criteria',
  outcome: 'Outcome',
  credit: 'Credit',
  voidReason: 'Void reason',
  note: 'Note',
  reason: 'Reason',
  evidence: 'Evidence',
};

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length ? value.map(show).join(', ') : '—';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** A history event's name: a correction is recorded as a resolution that supersedes another, and says so. */
export function historyLabel(e: HistoryEvent): string {
  const p = (e.payload ?? {}) as Record<string, unknown>;
  if (e.type === 'resolution.recorded' && p.supersedes) return 'Corrected';
  return Object.hasOwn(EVENT_LABEL, e.type) ? EVENT_LABEL[e.type]! : e.type;
}

/** One line of an event's details: text, or the evidence's links (http(s) URLs: the schema allows nothing else). */
export type HistoryDetail = { term: string; text: string } | { term: string; links: string[] };

/** What an event recorded, field by field, in the words the claim's page shows. */
export function historyDetails(e: HistoryEvent): HistoryDetail[] {
  const p = (e.payload ?? {}) as Record<string, unknown>;
  if (e.type === 'claim.amended') {
    const changes = (p.changes ?? {}) as Record<string, unknown>;
    return [
      { term: 'Reason', text: show(p.reason) },
      ...Object.entries(changes).map(([k, v]) => ({
        term: `${Object.hasOwn(FIELD_LABEL, k) ? FIELD_LABEL[k] : k} now`,
        text: show(v),
      })),
    ];
  }
  if (e.type === 'claim.created')
    return (['statement', 'kind', 'windowStart', 'windowEnd', 'timePhrase', 'probability'] as const)
      .filter((k) => p[k] !== undefined && p[k] !== null)
      .map((k) => ({ term: FIELD_LABEL[k]!, text: show(p[k]) }));
  if (e.type === 'resolution.recorded')
    return (['outcome', 'credit', 'voidReason', 'evidence', 'note', 'reason'] as const)
      .filter(
        (k) =>
          p[k] !== undefined && p[k] !== null && p[k] !== '' && !(Array.isArray(p[k]) && !(p[k] as unknown[]).length),
      )
      .map((k): HistoryDetail => {
        const term = FIELD_LABEL[k]!;
        if (k === 'evidence') return { term, links: Array.isArray(p[k]) ? p[k].map(String) : [String(p[k])] };
        if (k === 'outcome') return { term, text: outcomeLabel(String(p[k])) };
        if (k === 'credit') return { term, text: `${Number((Number(p[k]) * 100).toFixed(1))}%` };
        return { term, text: show(p[k]) };
      });
  return [];
}
