/** The median of some timings (the upper middle for an even count). */
export function median(xs: readonly number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
}

/**
 * A full garbage collection, run before each timed section: a timed run should not pay for the
 * garbage of what ran before it in this process (1,000,000 generated events leave ~1 GB, which
 * cost the first import after them ~1.2 s of collection), as a command run on its own never
 * would. Needs node --expose-gc (npm run bench passes it).
 */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run the benchmarks with node --expose-gc (npm run bench does)');
  gc();
}
