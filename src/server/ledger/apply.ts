import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import type { EventPayloads, EventType, RecordedEvent } from './events.js';
import { emptyTotals } from '../../scoring/index.js';
import { claimScoreState, updateSourceStats, type ClaimScoreState } from './source-stats.js';

type Trx = Transaction<Database>;
type Applier<T extends EventType> = (trx: Trx, payload: EventPayloads[T], event: RecordedEvent) => Promise<void>;

/**
 * The only code that writes current-state tables. Live writes and `verify`'s replay both go
 * through it, so the tables are by construction a function of the events.
 */
const appliers: { [T in EventType]: Applier<T> } = {
  'source.created': async (trx, p, e) => {
    await trx
      .insertInto('sources')
      .values({ id: p.id, handle: p.handle, displayName: p.displayName, kind: p.kind, url: p.url, createdAt: e.at, updatedAt: e.at })
      .execute();
    for (const alias of p.aliases) await trx.insertInto('source_aliases').values({ alias, sourceId: p.id }).execute();
    await trx.insertInto('source_stats').values({ sourceId: p.id, totals: JSON.stringify(emptyTotals()), nOpen: 0, nResolved: 0 }).execute();
  },
  'source.updated': async (trx, p, e) => {
    const { id, ...changes } = p;
    await trx.updateTable('sources').set({ ...changes, updatedAt: e.at }).where('id', '=', id).execute();
  },
  'source.alias_added': async (trx, p) => {
    await trx.insertInto('source_aliases').values({ alias: p.alias, sourceId: p.sourceId }).execute();
  },
  'publication.created': async (trx, p, e) => {
    await trx
      .insertInto('publications')
      .values({ id: p.id, title: p.title, publishedOn: p.publishedOn, url: p.url, text: p.text, sha256: p.sha256, createdAt: e.at, createdBy: e.actor })
      .execute();
  },
  'claim.created': async (trx, p, e) => {
    await trx
      .insertInto('claims')
      .values({
        id: p.id,
        publicationId: p.publicationId,
        kind: p.kind,
        statement: p.statement,
        publishedStatement: p.statement,
        quote: p.quote,
        condition: p.condition,
        criteria: p.criteria,
        timePhrase: p.timePhrase,
        windowStart: p.windowStart,
        windowEnd: p.windowEnd,
        windowStated: p.windowStated ? 1 : 0,
        probability: p.probability,
        spanStart: p.spanStart,
        spanEnd: p.spanEnd,
        createdAt: e.at,
        createdBy: e.actor,
        amendedAt: null,
        resolutionId: null,
        outcome: null,
        credit: null,
        resolvedAt: null,
      })
      .execute();
    for (const s of p.sources) await trx.insertInto('claim_sources').values({ claimId: p.id, sourceId: s.sourceId, role: s.role }).execute();
    for (const tag of p.tags) await trx.insertInto('claim_tags').values({ claimId: p.id, tag }).execute();
    await updateSourceStats(trx, p.id, null, claimScoreState(p, null));
  },
  'claim.amended': async (trx, p, e) => {
    const { tags, ...changes } = p.changes;
    const before = await scoreStateOf(trx, p.claimId);
    await trx
      .updateTable('claims')
      .set({ ...changes, amendedAt: e.at })
      .where('id', '=', p.claimId)
      .execute();
    if (tags) {
      await trx.deleteFrom('claim_tags').where('claimId', '=', p.claimId).execute();
      for (const tag of tags) await trx.insertInto('claim_tags').values({ claimId: p.claimId, tag }).execute();
    }
    await updateSourceStats(trx, p.claimId, before, await scoreStateOf(trx, p.claimId));
  },
  'resolution.recorded': async (trx, p, e) => {
    await trx
      .insertInto('resolutions')
      .values({
        id: p.id,
        claimId: p.claimId,
        outcome: p.outcome,
        credit: p.credit,
        voidReason: p.voidReason,
        evidence: JSON.stringify(p.evidence),
        note: p.note,
        early: p.early ? 1 : 0,
        reviewer: p.reviewer,
        createdAt: e.at,
        supersedes: p.supersedes,
        supersededBy: null,
        reason: p.reason,
        confirmedBy: null,
        confirmedAt: null,
      })
      .execute();
    if (!p.needsConfirmation) await makeCurrent(trx, p.id, p.claimId, p.supersedes, e.at);
  },
  'resolution.confirmed': async (trx, p, e) => {
    await trx
      .updateTable('resolutions')
      .set({ confirmedBy: p.confirmedBy, confirmedAt: e.at })
      .where('id', '=', p.resolutionId)
      .execute();
    const r = await trx.selectFrom('resolutions').select('supersedes').where('id', '=', p.resolutionId).executeTakeFirstOrThrow();
    await makeCurrent(trx, p.resolutionId, p.claimId, r.supersedes, e.at);
  },
};

/** The resolution starts to count: it supersedes the one it names and becomes the claim's outcome. */
async function makeCurrent(trx: Trx, resolutionId: string, claimId: string, supersedes: string | null, at: string) {
  if (supersedes) await trx.updateTable('resolutions').set({ supersededBy: resolutionId }).where('id', '=', supersedes).execute();
  const r = await trx.selectFrom('resolutions').select(['outcome', 'credit']).where('id', '=', resolutionId).executeTakeFirstOrThrow();
  const before = await scoreStateOf(trx, claimId);
  const credit = r.outcome === 'true' ? 1 : r.outcome === 'false' ? 0 : r.outcome === 'partial' ? r.credit : null;
  await trx
    .updateTable('claims')
    .set({ resolutionId, outcome: r.outcome, credit, resolvedAt: at })
    .where('id', '=', claimId)
    .execute();
  await updateSourceStats(trx, claimId, before, await scoreStateOf(trx, claimId));
}

async function scoreStateOf(trx: Trx, claimId: string): Promise<ClaimScoreState> {
  const c = await trx
    .selectFrom('claims')
    .select(['kind', 'probability', 'outcome', 'credit', 'resolvedAt'])
    .where('id', '=', claimId)
    .executeTakeFirstOrThrow();
  return claimScoreState(c, c.outcome ? { outcome: c.outcome, credit: c.credit, resolvedAt: c.resolvedAt } : null);
}

/** Applies one recorded event to the current-state tables. */
export async function applyEvent(trx: Trx, event: RecordedEvent): Promise<void> {
  const applier = appliers[event.type as EventType] as Applier<EventType> | undefined;
  if (!applier) throw new Error(`event ${event.seq}: unknown type ${event.type}`);
  await applier(trx, JSON.parse(event.payload) as EventPayloads[EventType], event);
}
