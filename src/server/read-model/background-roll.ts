/**
 * Rolls a maintained table forward off the request path, after a read noticed the day changed: at
 * most one roll per database handle at a time. A failed roll only means the next read does more of
 * the work itself.
 */
export function backgroundRoller() {
  const rolling = new WeakMap<object, Promise<void>>();
  return {
    busy: (db: object): boolean => rolling.has(db),
    start(db: object, roll: () => Promise<void>): void {
      if (rolling.has(db)) return;
      const p = new Promise<void>((resolve) => setImmediate(resolve))
        .then(roll)
        .catch(() => undefined)
        .finally(() => rolling.delete(db));
      rolling.set(db, p);
    },
    /** Waits for a roll in progress (tests, shutdown). */
    settled: async (db: object): Promise<void> => {
      await rolling.get(db);
    },
  };
}
