import type { RecordedEvent } from '../ledger/events.js';

/** An event whose link and hash were checked, with its payload parsed once. */
export interface CheckedEvent {
  event: RecordedEvent;
  payload: unknown;
}

/** An event the ledger cannot apply or write (the batch it was in is rolled back). */
export class ApplyError extends Error {
  constructor(
    readonly seq: number,
    readonly type: string,
    /** What went wrong, without the event's name. */
    readonly detail: string,
    message = `event ${seq} (${type}) cannot be applied: ${detail}`,
  ) {
    super(message);
  }
}

export function describeError(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** The event of `batch` (consecutive seqs) with this seq. */
export function eventOf(batch: readonly RecordedEvent[], seq: number): RecordedEvent {
  return batch[seq - batch[0]!.seq]!;
}

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
