import type { Insertable, Selectable } from 'kysely';
import type { ScoreTotals } from '../../scoring/index.js';

/** Storage shape of Track Record. Current-state tables are written only by ledger appliers. */
export interface Database {
  events: EventsTable;
  ledger_head: LedgerHeadTable;
  sources: SourcesTable;
  source_aliases: SourceAliasesTable;
  publications: PublicationsTable;
  claims: ClaimsTable;
  claim_sources: ClaimSourcesTable;
  claim_tags: ClaimTagsTable;
  resolutions: ResolutionsTable;
  source_stats: SourceStatsTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  setup_tokens: SetupTokensTable;
  signin_limits: SigninLimitsTable;
  webhooks: WebhooksTable;
  webhook_outbox: WebhookOutboxTable;
  due_notifications: DueNotificationsTable;
  calendar_events: CalendarEventsTable;
  calendar_organisations: CalendarOrganisationsTable;
  desk_settings: DeskSettingsTable;
  checkpoints: CheckpointsTable;
  review_assignments: ReviewAssignmentsTable;
  reviewer_prefs: ReviewerPrefsTable;
  open_days: OpenDaysTable;
  source_due: SourceDueTable;
  read_model_state: ReadModelStateTable;
  source_facet_totals: SourceFacetTotalsTable;
  period_windows: PeriodWindowsTable;
  open_claim_keys: OpenClaimKeysTable;
  tag_counts: TagCountsTable;
}

export interface EventsTable {
  seq: number;
  at: string;
  actor: string;
  type: string;
  entity: string;
  entityId: string;
  /** Canonical JSON, exactly the text that was hashed. */
  payload: string;
  prevHash: string;
  hash: string;
}

/** A signed checkpoint of the head (src/shared/ledger-format/checkpoint.ts); all are kept. */
export interface CheckpointsTable {
  id: number;
  seq: number;
  hash: string;
  at: string;
  keyId: string;
  /** The signing key's raw Ed25519 public key, hex. */
  publicKey: string;
  /** On a key rotation: the next key's raw public key, hex (signed with this one). */
  nextKey: string | null;
  signature: string;
}

/** One row (id = 1): the chain head, locked by every ledger transaction to serialise writers. */
export interface LedgerHeadTable {
  id: number;
  seq: number;
  hash: string;
}

export interface SourcesTable {
  id: string;
  handle: string;
  displayName: string;
  kind: string;
  url: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface SourceAliasesTable {
  alias: string;
  sourceId: string;
}

export interface PublicationsTable {
  id: string;
  title: string;
  publishedOn: string;
  url: string | null;
  text: string;
  sha256: string;
  createdAt: string;
  createdBy: string;
}

export interface ClaimsTable {
  id: string;
  publicationId: string | null;
  kind: string;
  statement: string;
  /** The statement as first published; amendments never touch it. */
  publishedStatement: string;
  quote: string | null;
  condition: string | null;
  criteria: string | null;
  timePhrase: string | null;
  windowStart: string | null;
  windowEnd: string;
  windowStated: number;
  probability: number | null;
  spanStart: number | null;
  spanEnd: number | null;
  createdAt: string;
  createdBy: string;
  amendedAt: string | null;
  /** The resolution that currently counts (latest, not superseded, confirmed when required). */
  resolutionId: string | null;
  outcome: string | null;
  credit: number | null;
  resolvedAt: string | null;
}

export interface ClaimSourcesTable {
  claimId: string;
  sourceId: string;
  role: string;
}

export interface ClaimTagsTable {
  claimId: string;
  tag: string;
}

export interface ResolutionsTable {
  id: string;
  claimId: string;
  outcome: string;
  credit: number | null;
  voidReason: string | null;
  /** JSON array of URLs. */
  evidence: string;
  note: string;
  early: number;
  reviewer: string;
  createdAt: string;
  supersedes: string | null;
  supersededBy: string | null;
  reason: string | null;
  confirmedBy: string | null;
  confirmedAt: string | null;
  /** Set by `resolution.withdrawn` (an undo): the resolution no longer counts. */
  withdrawnAt: string | null;
  withdrawnBy: string | null;
  withdrawReason: string | null;
}

/** Per-source scoring totals (src/scoring's ScoreTotals as JSON), kept up to date by the ledger. */
export interface SourceStatsTable {
  sourceId: string;
  totals: string;
  nOpen: number;
  nResolved: number;
}

export interface UsersTable {
  id: string;
  username: string;
  displayName: string;
  role: string;
  passwordHash: string;
  disabled: number;
  createdAt: string;
}

export interface SessionsTable {
  id: string;
  userId: string;
  csrfToken: string;
  createdAt: string;
  expiresAt: string;
}

export interface ApiTokensTable {
  id: string;
  userId: string;
  name: string;
  tokenHash: string;
  createdAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

export interface SetupTokensTable {
  tokenHash: string;
  expiresAt: string;
  usedAt: string | null;
}

/** Sign-in attempts reserved under one key (user and address, or address) in the window that began at windowStart. */
export interface SigninLimitsTable {
  key: string;
  windowStart: string;
  attempts: number;
}

export type EventRow = Selectable<EventsTable>;
export type NewEventRow = Insertable<EventsTable>;
export type SourceRow = Selectable<SourcesTable>;
export type PublicationRow = Selectable<PublicationsTable>;
export type ClaimRow = Selectable<ClaimsTable>;
export type NewClaimRow = Insertable<ClaimsTable>;
export type ResolutionRow = Selectable<ResolutionsTable>;
export type UserRow = Selectable<UsersTable>;

/** An admin-registered receiver of notifications; `secret` signs every delivery (HMAC-SHA256). */
export interface WebhooksTable {
  id: string;
  url: string;
  description: string;
  secret: string;
  createdAt: string;
  createdBy: string;
  disabledAt: string | null;
}

/** One notification for one webhook; written in the transaction of what it reports. */
export interface WebhookOutboxTable {
  id: string;
  webhookId: string;
  kind: string;
  subject: string;
  eventSeq: number | null;
  /** JSON text of the body, without the absolute links added at delivery. */
  payload: string;
  attempts: number;
  nextAttemptAt: string;
  /** A worker that claimed the row; others leave it alone until this time passes. */
  lockedUntil: string | null;
  deliveredAt: string | null;
  lastError: string | null;
  createdAt: string;
}

/** Claims whose "came due" notification was enqueued. */
export interface DueNotificationsTable {
  claimId: string;
  windowEnd: string;
  notifiedAt: string;
}

export type WebhookRow = Selectable<WebhooksTable>;
export type WebhookOutboxRow = Selectable<WebhookOutboxTable>;
export type NewWebhookOutboxRow = Insertable<WebhookOutboxTable>;

/** An event extraction knows the date of (TIME-WINDOWS.md, "More conventions"); `names` is a JSON array. */
export interface CalendarEventsTable {
  id: string;
  names: string;
  rule: string;
  source: string;
  updatedAt: string;
}

/** An organisation's fiscal year or a league's season; `names` is a JSON array. */
export interface CalendarOrganisationsTable {
  id: string;
  names: string;
  kind: string;
  startMonth: number;
  months: number;
  naming: string;
  source: string;
  updatedAt: string;
}

/** One desk setting (key → JSON value), edited by admins in place; not part of the sealed record. */
export interface DeskSettingsTable {
  key: string;
  value: string;
  updatedAt: string;
}

/** Operational, outside the ledger: the reviewer asked to resolve a claim (one per claim). */
export interface ReviewAssignmentsTable {
  claimId: string;
  reviewer: string;
  assignedBy: string;
  assignedAt: string;
}

/** Operational, outside the ledger: a reviewer's daily digest choice (digest 1 = opted in). */
export interface ReviewerPrefsTable {
  username: string;
  email: string | null;
  digest: number;
  /** The day (YYYY-MM-DD) the last digest went out, so a second run that day sends nothing. */
  lastDigestOn: string | null;
  updatedAt: string;
}

/** Unresolved claims per window-end day and maker (sourceId '*': every claim); see read-model.ts. */
export interface OpenDaysTable {
  windowEnd: string;
  sourceId: string;
  n: number;
}

/** Per source: its unresolved claims whose window ended before read_model_state.asOf. */
export interface SourceDueTable {
  sourceId: string;
  nDue: number;
}

/** One row (id = 1): the day source_due is rolled to, and whether the read model needs a rebuild. */
export interface ReadModelStateTable {
  id: number;
  asOf: string;
  stale: number;
}

/** Per period board: the window [since, asOf] its rows of source_facet_totals (facet 'period') hold. */
export interface PeriodWindowsTable {
  period: string;
  since: string;
  asOf: string;
}

type Bin = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

/**
 * Scoring totals of the claims a source made of one kind (facet 'kind'), with one tag (facet
 * 'tag'), resolved on one day (facet 'day') or within a period's window (facet 'period', see
 * PeriodWindowsTable): ScoreTotals, one column per figure and per calibration bin, so writes add to them in SQL.
 */
export type SourceFacetTotalsTable = {
  facet: string;
  value: string;
  sourceId: string;
} & Omit<ScoreTotals, 'binCount' | 'binSumProbability' | 'binSumOutcome'> & {
    [K in `binCount${Bin}` | `binSumProbability${Bin}` | `binSumOutcome${Bin}`]: number;
  };

/** One row per (queue filter key, unresolved claim), ordered as the review queue reads them. */
export interface OpenClaimKeysTable {
  key: string;
  windowEnd: string;
  claimId: string;
}

/** How many claims carry each tag (read model, kept at write time). */
export interface TagCountsTable {
  tag: string;
  claims: number;
}
