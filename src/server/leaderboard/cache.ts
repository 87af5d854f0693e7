/**
 * A small LRU of computed reads keyed by the ledger head (and the day, for due counts): any
 * write moves the head, so a stale entry can never be served, and every process can keep
 * its own cache without coordinating with the others.
 */
export class HeadCache<V> {
  private readonly entries = new Map<string, V>();
  constructor(private readonly capacity = 200) {}

  get(key: string): V | undefined {
    const v = this.entries.get(key);
    if (v !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, v);
    }
    return v;
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }
}
