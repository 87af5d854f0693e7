/** Wall and CPU milliseconds of this process spent in one part of an audit. */
export interface Spent {
  wallMs: number;
  cpuMs: number;
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/**
 * Where an audit's time goes, for the benchmark (the command itself keeps none): the phases run
 * one after another (`enter`), and inside them the parts that interleave (`part`) are added up.
 * `onEnter` is told each phase as it starts, so a caller can read other processes' clocks too.
 */
export class PhaseTimes {
  readonly spent = new Map<string, Spent>();
  private current: { name: string; wall: number; cpu: number } | null = null;

  constructor(private readonly onEnter: (phase: string | null) => void = () => {}) {}

  /** Ends the phase running (if any) and starts `name` (null: the audit is over). */
  enter(name: string | null): void {
    const wall = performance.now();
    const cpu = cpuMs();
    if (this.current) this.add(this.current.name, wall - this.current.wall, cpu - this.current.cpu);
    this.current = name === null ? null : { name, wall, cpu };
    this.onEnter(name);
  }

  /** Runs `work`, adding its time to the part `name`. */
  part<T>(name: string, work: () => T): T {
    const wall = performance.now();
    const cpu = cpuMs();
    try {
      return work();
    } finally {
      this.add(name, performance.now() - wall, cpuMs() - cpu);
    }
  }

  /** Awaits `work`, adding the wall time until it settles to the part `name` (its CPU time is whatever ran meanwhile). */
  async waited<T>(name: string, work: Promise<T>): Promise<T> {
    const wall = performance.now();
    try {
      return await work;
    } finally {
      this.add(name, performance.now() - wall, 0);
    }
  }

  private add(name: string, wallMs: number, cpu: number): void {
    const s = this.spent.get(name) ?? { wallMs: 0, cpuMs: 0 };
    s.wallMs += wallMs;
    s.cpuMs += cpu;
    this.spent.set(name, s);
  }
}
