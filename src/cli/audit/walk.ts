import { chainWalk, type ChainPoint, GENESIS_HASH } from '../../shared/ledger-format/index.js';
import type { RecordedEvent } from '../../server/ledger/events.js';
import { nodeSha256Hex } from '../../server/ledger/hash.js';
import { Discrepancy } from './discrepancy.js';
import type { Pin } from './state.js';

/**
 * Walks pages of events along the chain (links, canonical form, hashes) and checks that every
 * pinned checkpoint — served, remembered from earlier runs, or given on the command line — is on
 * it: the event at its seq has its hash. Pins are met in seq order, so the first one off the
 * chain is the one named.
 */
export class ChainAudit {
  private point: ChainPoint;
  private readonly pins: Pin[];
  private next = 0;

  constructor(start: ChainPoint, pins: readonly Pin[]) {
    this.point = start;
    this.pins = pins.filter((p) => p.seq > start.seq).sort((a, b) => a.seq - b.seq);
    for (const p of pins)
      if (p.seq === 0 && p.hash !== GENESIS_HASH) throw new Discrepancy(`${p.label} is not on the chain`);
  }

  get at(): ChainPoint {
    return this.point;
  }

  page(events: readonly RecordedEvent[]): void {
    const walked = chainWalk(nodeSha256Hex, this.point, events);
    if (!walked.ok) {
      // A pin before the bad event is on the chain already; one at or after it is named if it breaks first.
      this.pinsUpTo(walked.seq - 1, events);
      throw new Discrepancy(walked.problem);
    }
    this.pinsUpTo(walked.point.seq, events);
    this.point = walked.point;
  }

  private pinsUpTo(seq: number, events: readonly RecordedEvent[]): void {
    const first = events[0]?.seq ?? 0;
    while (this.next < this.pins.length && this.pins[this.next]!.seq <= seq) {
      const pin = this.pins[this.next]!;
      const e = events[pin.seq - first];
      if (e && e.hash !== pin.hash)
        throw new Discrepancy(
          `${pin.label} is no longer on the chain: event ${pin.seq} now has hash ${e.hash.slice(0, 12)}…`,
        );
      this.next += 1;
    }
  }

  /** At the end of the chain: a pin beyond it was cut off (the tail cut and the head rolled back). */
  finish(): void {
    const pin = this.pins[this.next];
    if (pin)
      throw new Discrepancy(`${pin.label} is no longer on the chain: the chain now ends at event ${this.point.seq}`);
  }
}
