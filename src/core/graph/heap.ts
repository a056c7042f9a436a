/**
 * A 4-ary min-heap of (key, value) pairs on typed arrays: no object per entry, so a search
 * that pushes a million labels leaves nothing for the garbage collector; four children per
 * node halve the depth, and the four sit side by side in memory.
 */
export class MinHeap {
  private keys: Float64Array;
  private values: Int32Array;
  size = 0;

  constructor(capacity = 1024) {
    this.keys = new Float64Array(capacity);
    this.values = new Int32Array(capacity);
  }

  clear(): void {
    this.size = 0;
  }

  /** The smallest key, or +Infinity when empty. */
  topKey(): number {
    return this.size > 0 ? (this.keys[0] ?? Infinity) : Infinity;
  }

  topValue(): number {
    return this.values[0] ?? -1;
  }

  push(key: number, value: number): void {
    if (this.size === this.keys.length) this.grow();
    const keys = this.keys, values = this.values;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 2;
      const pk = keys[parent] ?? 0;
      if (pk <= key) break;
      keys[i] = pk;
      values[i] = values[parent] ?? 0;
      i = parent;
    }
    keys[i] = key;
    values[i] = value;
  }

  /** Removes the smallest entry; read it first with topKey() and topValue(). */
  pop(): void {
    const n = --this.size;
    if (n <= 0) return;
    const keys = this.keys, values = this.values;
    const key = keys[n] ?? 0, value = values[n] ?? 0;
    let i = 0;
    for (;;) {
      const first = 4 * i + 1;
      if (first >= n) break;
      let child = first, ck = keys[first] ?? 0;
      const last = Math.min(first + 4, n);
      for (let c = first + 1; c < last; c++) {
        const k = keys[c] ?? 0;
        if (k < ck) {
          ck = k;
          child = c;
        }
      }
      if (ck >= key) break;
      keys[i] = ck;
      values[i] = values[child] ?? 0;
      i = child;
    }
    keys[i] = key;
    values[i] = value;
  }

  private grow(): void {
    const keys = new Float64Array(this.keys.length * 2);
    keys.set(this.keys);
    const values = new Int32Array(this.values.length * 2);
    values.set(this.values);
    this.keys = keys;
    this.values = values;
  }
}
