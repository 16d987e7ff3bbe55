/** A tiny least-recently-used cache. */
export class Lru<V> {
  private readonly map = new Map<string, V>()

  constructor(private readonly capacity: number) {}

  /** The value under the key (now the most recently used), if any. */
  get(key: string): V | undefined {
    const value = this.map.get(key)
    if (value !== undefined) {
      this.map.delete(key)
      this.map.set(key, value)
    }
    return value
  }

  /** Stores a value, dropping the least recently used beyond capacity. */
  set(key: string, value: V): void {
    this.map.delete(key)
    this.map.set(key, value)
    if (this.map.size > this.capacity) {
      const oldest = this.map.keys().next().value
      if (oldest !== undefined) this.map.delete(oldest)
    }
  }
}
