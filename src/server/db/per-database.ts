/**
 * One value per database handle (a cache of what its rows read as, the reader of its head), made
 * on first use and dropped with the handle: never one database's answer for another (tests and
 * benches open several in one process).
 */
export function perDatabase<D extends object, T>(make: (db: D) => T): (db: D) => T {
  const made = new WeakMap<D, T>();
  return (db) => {
    let value = made.get(db);
    if (value === undefined) made.set(db, (value = make(db)));
    return value;
  };
}
