/**
 * A map from string keys to values for the state image's tables (state-image.ts), which hold up
 * to millions of rows by key: the Map interface the image uses (get, set, delete, size, values
 * in insertion order), laid out so that a lookup touches fewer cache lines.
 *
 * Why not Map: importing 1,000,000 events, the image's Map operations on the claims and
 * resolutions tables (up to 710,000 keys) took ~2 s of the import's thread, the largest single
 * cost of applying events. A Map finds a key through a bucket and then a chain of entries, and
 * must read each entry's key string to compare it. Here the index is one typed array holding
 * each key's hash beside the position of its entry, probed in order (linear probing): a new key
 * reads one slot and appends its entry; a present key reads its slot, its entry and its string
 * once; a key whose hash differs is passed over without reading its string.
 *
 * Entries sit in insertion order in one array (key, value, key, value, …), as a Map iterates
 * them: verify walks the image's rows in the order the database returns them (the order they
 * were inserted) to spare a lookup per row.
 */
export class KeyTable<V> {
  /** Per slot: the key's hash (never 0; 0 marks a free slot), then 1 + the entry's position. */
  private index: Int32Array;
  private mask: number;
  /** Entries in insertion order: key at 2i, value at 2i + 1; a deleted entry's key is DELETED. */
  private entries: unknown[] = [];
  /** Entries appended, deleted ones included. */
  private used = 0;
  private live = 0;

  constructor(capacity = 16) {
    let slots = 16;
    while (slots < capacity * 2) slots *= 2;
    this.index = new Int32Array(slots * 2);
    this.mask = slots - 1;
  }

  get size(): number {
    return this.live;
  }

  get(key: string): V | undefined {
    const at = this.find(key, hashOf(key));
    return at < 0 ? undefined : (this.entries[at * 2 + 1] as V);
  }

  has(key: string): boolean {
    return this.find(key, hashOf(key)) >= 0;
  }

  /** Sets the value of `key` (a key already present keeps its place in the order); true when the key is new. */
  set(key: string, value: V): boolean {
    const hash = hashOf(key);
    const index = this.index;
    const mask = this.mask;
    let slot = hash & mask;
    for (;;) {
      const h = index[slot * 2]!;
      if (h === 0) break;
      if (h === hash) {
        const at = index[slot * 2 + 1]! - 1;
        if (this.entries[at * 2] === key) {
          this.entries[at * 2 + 1] = value;
          return false;
        }
      }
      slot = (slot + 1) & mask;
    }
    const at = this.used++;
    this.entries.push(key, value);
    index[slot * 2] = hash;
    index[slot * 2 + 1] = at + 1;
    this.live += 1;
    // At most half the slots taken: entries appended (deleted ones too) bound the keys indexed.
    if (this.used * 2 > mask + 1) this.rebuild();
    return true;
  }

  /** Removes `key`; true when it was there. */
  delete(key: string): boolean {
    const hash = hashOf(key);
    const index = this.index;
    const mask = this.mask;
    let slot = hash & mask;
    for (;;) {
      const h = index[slot * 2]!;
      if (h === 0) return false;
      if (h === hash && this.entries[(index[slot * 2 + 1]! - 1) * 2] === key) break;
      slot = (slot + 1) & mask;
    }
    const at = index[slot * 2 + 1]! - 1;
    this.entries[at * 2] = DELETED;
    this.entries[at * 2 + 1] = undefined;
    this.live -= 1;
    // Backward-shift deletion: later slots of the same run move up, so no probe stops early.
    let free = slot;
    let next = (slot + 1) & mask;
    for (;;) {
      const h = index[next * 2]!;
      if (h === 0) break;
      const home = h & mask;
      // The entry at `next` may move to `free` unless its home lies cyclically in (free, next].
      const stays = free <= next ? free < home && home <= next : free < home || home <= next;
      if (!stays) {
        index[free * 2] = h;
        index[free * 2 + 1] = index[next * 2 + 1]!;
        free = next;
      }
      next = (next + 1) & mask;
    }
    index[free * 2] = 0;
    index[free * 2 + 1] = 0;
    return true;
  }

  /** The values in the order their keys were first set (and not deleted since). */
  *values(): Generator<V> {
    // Entries appended meanwhile are visited too, as a Map's iterator visits them.
    for (let at = 0; at < this.used; at++) if (this.entries[at * 2] !== DELETED) yield this.entries[at * 2 + 1] as V;
  }

  private find(key: string, hash: number): number {
    const index = this.index;
    const mask = this.mask;
    let slot = hash & mask;
    for (;;) {
      const h = index[slot * 2]!;
      if (h === 0) return -1;
      if (h === hash) {
        const at = index[slot * 2 + 1]! - 1;
        if (this.entries[at * 2] === key) return at;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Drops deleted entries and re-indexes the rest into a table with room for twice as many (their hashes kept, not recomputed). */
  private rebuild(): void {
    const old = this.entries;
    const moved = new Int32Array(this.used);
    const entries: unknown[] = [];
    let n = 0;
    for (let at = 0; at < this.used; at++) {
      if (old[at * 2] === DELETED) continue;
      entries.push(old[at * 2], old[at * 2 + 1]);
      moved[at] = ++n;
    }
    let slots = 16;
    while (slots < n * 4) slots *= 2;
    const index = new Int32Array(slots * 2);
    const mask = slots - 1;
    const before = this.index;
    for (let s = 0; s < before.length; s += 2) {
      const hash = before[s]!;
      if (hash === 0) continue;
      let slot = hash & mask;
      while (index[slot * 2] !== 0) slot = (slot + 1) & mask;
      index[slot * 2] = hash;
      index[slot * 2 + 1] = moved[before[s + 1]! - 1]!;
    }
    this.entries = entries;
    this.index = index;
    this.mask = mask;
    this.used = n;
  }
}

/** Marks a deleted entry (no key is this object). */
const DELETED = Symbol('deleted');

/** FNV-1a over the string's UTF-16 code units, then murmur3's finalizer to spread the low bits; never 0. */
export function hashOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h === 0 ? 1 : h;
}
