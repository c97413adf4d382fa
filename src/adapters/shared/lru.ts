/**
 * A bounded map for per-user and per-query state kept by the adapters: when full it forgets the least
 * recently used entry, and (with `ttlMs`) an entry not set for that long reads as absent.
 */
export class LruCache<K, V> {
  private readonly entries = new Map<K, { value: V; at: number }>();

  /**
   * @param maxEntries most entries kept (at least 1)
   * @param ttlMs how long an entry lives after it was last set; forever by default
   * @param now the clock (tests pass their own)
   */
  constructor(
    readonly maxEntries: number,
    private readonly ttlMs = Number.POSITIVE_INFINITY,
    private readonly now: () => number = Date.now,
  ) {
    if (!(maxEntries >= 1)) throw new RangeError('LruCache: maxEntries must be at least 1');
  }

  get size(): number {
    return this.entries.size;
  }

  /** The value, now the most recently used; undefined when absent or expired (and then forgotten). */
  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (this.now() - entry.at > this.ttlMs) return undefined;
    this.entries.set(key, entry);
    return entry.value;
  }

  /** Forgets the entry of `key`, if any. */
  delete(key: K): void {
    this.entries.delete(key);
  }

  /** Stores the value as the most recently used, evicting the least recently used beyond `maxEntries`. */
  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, { value, at: this.now() });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as K);
  }
}
