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
 *
 * A small table stays a Map until it holds SMALL_KEYS keys: a Map that fits in the CPU's caches
 * is fast, and it hashes a string once (V8 keeps the hash in the string), where this table
 * hashes the key at every lookup: the same import looks up its 5,000 sources 2.3 million
 * times (every claim's sources and their totals). Three alternating pairs, with the hash in two
 * lanes (hashOf): the import's thread 12.5 -> 11.9 s of CPU (this and 2 MiB index-build runs).
 */
export class KeyTable<V> {
  /** The table while it is small (see SMALL_KEYS); null once it moved into the index below. */
  private small: Map<string, V> | null = new Map();
  /** Per slot: the key's hash (never 0; 0 marks a free slot), then 1 + the entry's position. */
  private index: Int32Array;
  private mask: number;
  /** Entries in insertion order: key at 2i, value at 2i + 1; a deleted entry's key is DELETED. */
  private entries: unknown[] = [];
  /** Entries appended, deleted ones included. */
  private used = 0;
  private live = 0;

  /** `smallKeys`: keys kept in a Map before the table moves to its index (tests set it low). */
  constructor(private readonly smallKeys = SMALL_KEYS) {
    this.index = new Int32Array(0);
    this.mask = -1;
    if (smallKeys <= 0) this.leaveSmall();
  }

  get size(): number {
    return this.small ? this.small.size : this.live;
  }

  get(key: string): V | undefined {
    if (this.small) return this.small.get(key);
    const slot = this.slotOf(key, hashOf(key));
    return this.index[slot * 2] === 0 ? undefined : (this.entries[(this.index[slot * 2 + 1]! - 1) * 2 + 1] as V);
  }

  has(key: string): boolean {
    if (this.small) return this.small.has(key);
    return this.index[this.slotOf(key, hashOf(key)) * 2] !== 0;
  }

  /** Sets the value of `key` (a key already present keeps its place in the order); true when the key is new. */
  set(key: string, value: V): boolean {
    const small = this.small;
    if (small) {
      const size = small.size;
      small.set(key, value);
      if (small.size === size) return false;
      if (small.size >= this.smallKeys) this.leaveSmall();
      return true;
    }
    const hash = hashOf(key);
    const index = this.index;
    const slot = this.slotOf(key, hash);
    if (index[slot * 2] !== 0) {
      this.entries[(index[slot * 2 + 1]! - 1) * 2 + 1] = value;
      return false;
    }
    const at = this.used++;
    this.entries.push(key, value);
    index[slot * 2] = hash;
    index[slot * 2 + 1] = at + 1;
    this.live += 1;
    // At most half the slots taken: entries appended (deleted ones too) bound the keys indexed.
    if (this.used * 2 > this.mask + 1) this.rebuild();
    return true;
  }

  /** Removes `key`; true when it was there. */
  delete(key: string): boolean {
    if (this.small) return this.small.delete(key);
    const index = this.index;
    const mask = this.mask;
    const slot = this.slotOf(key, hashOf(key));
    if (index[slot * 2] === 0) return false;
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
    if (this.small) {
      yield* this.small.values();
      return;
    }
    // Entries appended meanwhile are visited too, as a Map's iterator visits them.
    for (let at = 0; at < this.used; at++) if (this.entries[at * 2] !== DELETED) yield this.entries[at * 2 + 1] as V;
  }

  /** With no entry deleted, only the index is made anew, from the old one: entries stay where they are. */
  private grow(): void {
    const before = this.index;
    this.index = new Int32Array(before.length * 2);
    this.mask = before.length - 1;
    for (let s = 0; s < before.length; s += 2) if (before[s] !== 0) this.place(before[s]!, before[s + 1]! - 1);
  }

  /** Moves the Map's entries, in their order, into the index. */
  private leaveSmall(): void {
    const small = this.small!;
    this.small = null;
    this.entries = [];
    for (const [key, value] of small) this.entries.push(key, value);
    this.used = this.live = small.size;
    let slots = 16;
    while (slots < this.used * 4) slots *= 2;
    this.index = new Int32Array(slots * 2);
    this.mask = slots - 1;
    for (let at = 0; at < this.used; at++) this.place(hashOf(this.entries[at * 2] as string), at);
  }

  /** Indexes entry `at`, whose key hashes to `hash`, in the first free slot from its home. */
  private place(hash: number, at: number): void {
    const index = this.index;
    const mask = this.mask;
    let slot = hash & mask;
    while (index[slot * 2] !== 0) slot = (slot + 1) & mask;
    index[slot * 2] = hash;
    index[slot * 2 + 1] = at + 1;
  }

  /** The slot that holds `key` (whose hash is `hash`), or the free slot where it would go (its hash then reads 0). */
  private slotOf(key: string, hash: number): number {
    const index = this.index;
    const mask = this.mask;
    let slot = hash & mask;
    for (;;) {
      const h = index[slot * 2]!;
      if (h === 0 || (h === hash && this.entries[(index[slot * 2 + 1]! - 1) * 2] === key)) return slot;
      slot = (slot + 1) & mask;
    }
  }

  /** Drops deleted entries and re-indexes the rest into a table with room for twice as many (their hashes kept, not recomputed). */
  private rebuild(): void {
    if (this.used === this.live) return this.grow();
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
    const before = this.index;
    this.index = new Int32Array(slots * 2);
    this.mask = slots - 1;
    for (let s = 0; s < before.length; s += 2)
      if (before[s] !== 0) this.place(before[s]!, moved[before[s + 1]! - 1]! - 1);
    this.entries = entries;
    this.used = n;
  }
}

/** Keys a table holds in a Map before it moves to its own index. */
const SMALL_KEYS = 16_384;

/** Marks a deleted entry (no key is this object). */
const DELETED = Symbol('deleted');

/**
 * FNV-1a over the string's UTF-16 code units in two interleaved lanes (even and odd positions:
 * each step waits on the multiply before it, so two chains take half the time of one), then
 * murmur3's finalizer to spread the bits the slot is taken from; never 0.
 */
export function hashOf(key: string): number {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  const n = key.length;
  let i = 0;
  for (; i + 1 < n; i += 2) {
    a = Math.imul(a ^ key.charCodeAt(i), 0x01000193);
    b = Math.imul(b ^ key.charCodeAt(i + 1), 0x01000193);
  }
  if (i < n) a = Math.imul(a ^ key.charCodeAt(i), 0x01000193);
  let h = a ^ Math.imul(b ^ n, 0x9e3779b1);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h === 0 ? 1 : h;
}
