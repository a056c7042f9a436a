import { MinHeap } from './heap.js';

/**
 * The labels of a hop-limited search: for each node it touches, a label per hop count
 * (distance and parent), allocated on first touch in a pool, so a query costs what it
 * visits, not what the graph holds. `slotOf` maps a node to its pool slot (-1: untouched).
 */
export class LabelSide {
  readonly slotOf: Int32Array;
  slotNode = new Int32Array(1024);
  /** Bit h set: the label with h hops was expanded. */
  expanded = new Uint32Array(1024);
  dist = new Float64Array(1024 * 8);
  parent = new Int32Array(1024 * 8);
  used = 0;
  /** Labels per node in the pool: label (slot, h) is at slot * stride + h. Grows, never shrinks. */
  stride = 8;
  /** Labels per node this query uses (max hops + 1). */
  width = 8;
  readonly heap = new MinHeap(4096);

  constructor(nodes: number) {
    this.slotOf = new Int32Array(nodes).fill(-1);
  }

  /**
   * Forgets the previous query; `width` is the number of hop counts a label may have (max
   * hops + 1). The pool is kept: reallocating it per query would keep the collector busy.
   */
  reset(width: number): void {
    for (let s = 0; s < this.used; s++) this.slotOf[this.slotNode[s] ?? 0] = -1;
    this.used = 0;
    this.heap.clear();
    this.width = width;
    if (width > this.stride) {
      this.stride = width;
      this.dist = new Float64Array(this.slotNode.length * width);
      this.parent = new Int32Array(this.slotNode.length * width);
    }
  }

  /** The node's slot, allocated (all labels unknown) on first touch. */
  slot(node: number): number {
    const known = this.slotOf[node] ?? -1;
    if (known >= 0) return known;
    if (this.used === this.slotNode.length) this.grow();
    const s = this.used++;
    this.slotOf[node] = s;
    this.slotNode[s] = node;
    this.expanded[s] = 0;
    this.dist.fill(Infinity, s * this.stride, s * this.stride + this.width);
    return s;
  }

  private grow(): void {
    const size = this.slotNode.length * 2;
    const more = <T extends Int32Array | Uint32Array | Float64Array>(old: T, n: number): T => {
      const next = new (old.constructor as new (n: number) => T)(n);
      next.set(old);
      return next;
    };
    this.slotNode = more(this.slotNode, size);
    this.expanded = more(this.expanded, size);
    this.dist = more(this.dist, size * this.stride);
    this.parent = more(this.parent, size * this.stride);
  }
}
