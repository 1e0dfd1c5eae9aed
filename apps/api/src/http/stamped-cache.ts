/**
 * Read results kept while the read-model versions they were read at (their stamp) are unchanged. Reads
 * that miss at once share one load (a burst after a change costs one query, not one per reader).
 * Without a stamp (versions unknown) every read loads. Bounded: the oldest entries go first.
 */
export class StampedCache<V> {
  private readonly entries = new Map<string, { readonly stamp: string; readonly value: Promise<V> }>();

  constructor(private readonly capacity: number) {}

  get(key: string, stamp: string | undefined, load: () => Promise<V>): Promise<V> {
    if (stamp === undefined) return load();
    const cached = this.entries.get(key);
    if (cached?.stamp === stamp) return cached.value;
    const value = load();
    this.entries.delete(key);
    this.entries.set(key, { stamp, value });
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.capacity) break;
      this.entries.delete(oldest);
    }
    // A failed load is not kept: the next read tries again.
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}
