/**
 * A size-bounded memo: a sheet asks for the same apportionment once per member
 * cell, and a long Excel session must not grow the cache without end. Evicts the
 * least recently used entry (Map keeps insertion order; a hit re-inserts).
 */
export class BoundedMemo<Value> {
  private readonly entries = new Map<string, Value>();

  constructor(readonly capacity: number) {}

  get size(): number {
    return this.entries.size;
  }

  getOrCompute(key: string, compute: () => Value): Value {
    const cached = this.entries.get(key);
    if (cached !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached;
    }
    const value = compute();
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) {
      this.entries.delete(this.entries.keys().next().value as string);
    }
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}
