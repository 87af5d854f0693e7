import type { EventRow } from '../db/schema.js';

/** The payload of every event type the ledger records. Appliers turn each into table rows. */
export interface EventPayloads {
  'source.created': {
    id: string;
    handle: string;
    displayName: string;
    kind: string;
    url: string | null;
    aliases: string[];
  };
  'source.updated': { id: string; displayName?: string; kind?: string; url?: string | null };
  'source.alias_added': { sourceId: string; alias: string };
  'publication.created': {
    id: string;
    title: string;
    publishedOn: string;
    url: string | null;
    text: string;
    sha256: string;
  };
  'claim.created': {
    id: string;
    publicationId: string | null;
    kind: string;
    statement: string;
    quote: string | null;
    condition: string | null;
    criteria: string | null;
    timePhrase: string | null;
    windowStart: string | null;
    windowEnd: string;
    windowStated: boolean;
    probability: number | null;
    tags: string[];
    sources: { sourceId: string; role: string }[];
    spanStart: number | null;
    spanEnd: number | null;
  };
  'claim.amended': {
    claimId: string;
    reason: string;
    changes: {
      kind?: string;
      statement?: string;
      condition?: string | null;
      criteria?: string | null;
      timePhrase?: string | null;
      windowStart?: string | null;
      windowEnd?: string;
      probability?: number | null;
      tags?: string[];
    };
  };
  'resolution.recorded': {
    id: string;
    claimId: string;
    outcome: 'true' | 'false' | 'partial' | 'void';
    credit: number | null;
    voidReason: string | null;
    evidence: string[];
    note: string;
    early: boolean;
    reviewer: string;
    supersedes: string | null;
    reason: string | null;
    /** When true the resolution counts only once another reviewer confirms it. */
    needsConfirmation: boolean;
  };
  'resolution.confirmed': { resolutionId: string; claimId: string; confirmedBy: string };
  /**
   * A correction that takes a resolution back (the reviewer's undo): it stops counting and the
   * claim returns to what it was before — the ruling it superseded (`restores`), or open.
   */
  'resolution.withdrawn': {
    resolutionId: string;
    claimId: string;
    restores: string | null;
    reviewer: string;
    reason: string;
  };
}

export type EventType = keyof EventPayloads;
export const EVENT_TYPES = Object.keys({
  'source.created': 1,
  'source.updated': 1,
  'source.alias_added': 1,
  'publication.created': 1,
  'claim.created': 1,
  'claim.amended': 1,
  'resolution.recorded': 1,
  'resolution.confirmed': 1,
  'resolution.withdrawn': 1,
} satisfies Record<EventType, 1>) as EventType[];

/** What a service asks the ledger to record (its subject follows from the payload: eventSubject). */
export interface EventInput<T extends EventType = EventType> {
  type: T;
  payload: EventPayloads[T];
}

/** An event as stored: a row of the events table. */
export type RecordedEvent = EventRow;

/** The columns of an event, in the order it is stored and served. */
export const EVENT_COLUMNS = [
  'seq',
  'at',
  'actor',
  'type',
  'entity',
  'entityId',
  'payload',
  'prevHash',
  'hash',
] as const;
