/**
 * How many of each batch's events the import checks the hashes of on its own thread, the writer
 * checking the rest (bulk-sqlite.ts, import-writer.ts). The two threads run side by side, so the
 * import goes as fast as the slower one; hash checks are the one piece of work either can do, so
 * they go where they even out the two. Which thread is the busier depends on the machine (its
 * disk, its cores): importing 1,000,000 events on two machines of one kind, the writer was the
 * busier by ~6 s of a 60 s import on one, the import's own thread slightly the busier on the
 * other. So the share is worked out from what each batch cost each thread, not fixed.
 *
 * Plain numbers in, a count out: no clock here.
 */
export class SealShare {
  /** Of a batch's events, the part whose hashes the import checks. */
  private fraction: number;
  /** Milliseconds per event of each thread's work other than hash checks, and of a hash check. */
  private readonly importRest = new RecentRate();
  private readonly writerRest = new RecentRate();
  private readonly importSeal = new RecentRate();
  private readonly writerSeal = new RecentRate();

  /** `fixed`: always this fraction (tests); otherwise it starts at 0 and follows the measurements. */
  constructor(private readonly fixed?: number) {
    if (fixed !== undefined && !(fixed >= 0 && fixed <= 1))
      throw new RangeError(`a share of hash checks is a fraction in [0, 1], not ${fixed}`);
    this.fraction = fixed ?? 0;
  }

  /** How many of a batch of `n` events the import checks. */
  count(n: number): number {
    return Math.round(this.fraction * n);
  }

  /** The import's thread spent `busyMs` on a batch of `n` events, `sealMs` of it checking `sealed` hashes. */
  importCost(n: number, busyMs: number, sealMs: number, sealed: number): void {
    this.record(this.importRest, this.importSeal, n, busyMs, sealMs, sealed);
  }

  /** The writer spent `busyMs` on a batch of `n` events, `sealMs` of it checking `sealed` hashes. */
  writerCost(n: number, busyMs: number, sealMs: number, sealed: number): void {
    this.record(this.writerRest, this.writerSeal, n, busyMs, sealMs, sealed);
  }

  private record(rest: RecentRate, seal: RecentRate, n: number, busyMs: number, sealMs: number, sealed: number): void {
    const perEventRest = perEvent(busyMs - sealMs, n);
    if (perEventRest === null) return;
    rest.add(perEventRest);
    seal.add(perEvent(sealMs, sealed));
    this.update();
  }

  private update(): void {
    const importRest = this.importRest.value;
    const writerRest = this.writerRest.value;
    if (this.fixed !== undefined || Number.isNaN(importRest) || Number.isNaN(writerRest)) return;
    // A hash check costs about the same on either thread; until one has been timed, take the other's.
    const onImport = Number.isNaN(this.importSeal.value) ? this.writerSeal.value : this.importSeal.value;
    const onWriter = Number.isNaN(this.writerSeal.value) ? this.importSeal.value : this.writerSeal.value;
    if (!(onImport + onWriter > 0)) return;
    // Even when importRest + f·onImport = writerRest + (1 − f)·onWriter.
    this.fraction = clamp((writerRest + onWriter - importRest) / (onImport + onWriter));
  }
}

/**
 * A rate over the last few batches: their median. One batch's timing is noisy (a full garbage
 * collection, a slow sync), and the median passes over one such batch entirely, while a real
 * change (the image growing, the disk slowing) shows within three batches.
 */
class RecentRate {
  private readonly samples: number[] = [];

  add(sample: number | null): void {
    if (sample === null) return;
    this.samples.push(sample);
    if (this.samples.length > 5) this.samples.shift();
  }

  /** NaN until a sample came in. */
  get value(): number {
    if (this.samples.length === 0) return Number.NaN;
    const sorted = [...this.samples].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  }
}

function perEvent(ms: number, n: number): number | null {
  return n > 0 && ms >= 0 && Number.isFinite(ms) ? ms / n : null;
}

function clamp(f: number): number {
  return f < 0 ? 0 : f > 1 ? 1 : f;
}
