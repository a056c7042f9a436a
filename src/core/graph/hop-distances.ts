import type { Graph } from './csr.js';
import { MinHeap } from './heap.js';

/** Rounds computed up front: beyond three hops nearly every node is reached, and rounds cost the whole graph. */
const EAGER = 3;
/**
 * Beyond this many hops, the distance with no hop limit stands in: still a lower bound, and
 * consistent with the exact columns, while exact columns that deep would each cost the graph.
 */
const EXACT = 8;

/**
 * The shortest distance from one source to a node with at most r ties: `at(node, r)`. Every
 * path search starts at the user, so one of these serves every query as an exact lower bound
 * (see PathFinder's search).
 *
 * Up to three hops it is computed at once, by rounds of Bellman-Ford: round r relaxes the ties
 * of only the nodes whose distance improved in round r - 1, since the others' offers were
 * already made. That costs a few million relaxations on a million people. Further columns
 * would cost the whole graph per round, yet a query needs them only next to its target (four
 * hops left two ties from it, five next to it). So they are filled on demand, node by node,
 * from the column before, and kept for the next query.
 */
/** A big row's ties, in the order of `weight + distance within r hops` of their other end. */
export interface SortedRow {
  /** Indexes into the graph's targets and weights. */
  arcs: Uint32Array;
  keys: Float64Array;
}

export class HopDistances {
  /** columns[r - 1][node]: distance within r hops; NaN where not filled yet. */
  private readonly columns: Float64Array[] = [];
  private unlimited: Float64Array | null = null;
  private readonly sorted = new Map<number, SortedRow>();

  constructor(private readonly graph: Graph, readonly source: number) {
    const { nodes, offsets, targets, weights } = graph;
    let frontier = new Int32Array(Math.max(1, nodes));
    let next = new Int32Array(Math.max(1, nodes));
    let size = 1;
    frontier[0] = source;
    // Round in which a node last joined `next`: one stamp array instead of clearing a mask.
    const joined = new Int32Array(nodes);
    let before: Float64Array | null = null;
    for (let r = 1; r <= EAGER; r++) {
      const column: Float64Array = before ? before.slice() : new Float64Array(nodes).fill(Infinity);
      if (!before) column[source] = 0;
      let count = 0;
      for (let i = 0; i < size; i++) {
        const v = frontier[i] ?? 0;
        const dv = before ? (before[v] ?? Infinity) : 0;
        const end = offsets[v + 1] ?? 0;
        for (let e = offsets[v] ?? 0; e < end; e++) {
          const u = targets[e] ?? 0;
          const nd = dv + (weights[e] ?? 0);
          if (nd < (column[u] ?? Infinity)) {
            column[u] = nd;
            if (joined[u] !== r) {
              joined[u] = r;
              next[count++] = u;
            }
          }
        }
      }
      [frontier, next] = [next, frontier];
      size = count;
      this.columns.push(column);
      before = column;
    }
  }

  /** The shortest distance from the source to `node` within `hops` ties (Infinity if none). */
  at(node: number, hops: number): number {
    if (hops <= 0) return node === this.source ? 0 : Infinity;
    const known = this.column(hops)[node] ?? NaN;
    return known === known ? known : this.fill(node, hops);
  }

  /**
   * Distances within `hops` ties (at least 1), NaN where not filled yet: a search reads this
   * directly, and calls `fill` on NaN.
   */
  column(hops: number): Float64Array {
    if (hops > EXACT) return (this.unlimited ??= this.dijkstra());
    while (this.columns.length < hops) this.columns.push(new Float64Array(this.graph.nodes).fill(NaN));
    return this.columns[hops - 1] as Float64Array;
  }

  /** Computes and keeps the distance to `node` within `hops` ties, from the column before. */
  fill(node: number, hops: number): number {
    let best = this.at(node, hops - 1);
    const { offsets, targets, weights } = this.graph;
    const end = offsets[node + 1] ?? 0;
    for (let e = offsets[node] ?? 0; e < end; e++) {
      const d = this.at(targets[e] ?? 0, hops - 1) + (weights[e] ?? 0);
      if (d < best) best = d;
    }
    this.column(hops)[node] = best;
    return best;
  }

  /**
   * The ties of `node` sorted by what each offers a search that has `hops` hops left at its
   * other end: weight plus that end's distance within `hops`. A search then takes a busy
   * person's thousands of ties in that order, only as far as its costs require. Kept.
   */
  sortedRow(node: number, hops: number): SortedRow {
    const key = node * 16 + Math.min(hops, EXACT + 1);
    const known = this.sorted.get(key);
    if (known) return known;
    const { offsets, targets, weights } = this.graph;
    const start = offsets[node] ?? 0, count = (offsets[node + 1] ?? 0) - start;
    const offer = new Float64Array(count);
    for (let i = 0; i < count; i++) offer[i] = (weights[start + i] ?? 0) + this.at(targets[start + i] ?? 0, hops);
    const order = Array.from({ length: count }, (_, i) => i).sort((a, b) => (offer[a] ?? 0) - (offer[b] ?? 0) || a - b);
    const row: SortedRow = { arcs: new Uint32Array(count), keys: new Float64Array(count) };
    order.forEach((i, at) => {
      row.arcs[at] = start + i;
      row.keys[at] = offer[i] ?? Infinity;
    });
    this.sorted.set(key, row);
    return row;
  }

  /** Plain Dijkstra from the source: the distance with no hop limit. */
  private dijkstra(): Float64Array {
    const { nodes, offsets, targets, weights } = this.graph;
    const dist = new Float64Array(nodes).fill(Infinity);
    const heap = new MinHeap(4096);
    dist[this.source] = 0;
    heap.push(0, this.source);
    while (heap.size > 0) {
      const d = heap.topKey(), v = heap.topValue();
      heap.pop();
      if (d > (dist[v] ?? Infinity)) continue;
      const end = offsets[v + 1] ?? 0;
      for (let e = offsets[v] ?? 0; e < end; e++) {
        const u = targets[e] ?? 0;
        const nd = d + (weights[e] ?? 0);
        if (nd < (dist[u] ?? Infinity)) {
          dist[u] = nd;
          heap.push(nd, u);
        }
      }
    }
    return dist;
  }

  /** Bytes held: three columns at first, one more per further hop a query has needed, and sorted rows. */
  get bytes(): number {
    let sum = this.unlimited?.byteLength ?? 0;
    for (const c of this.columns) sum += c.byteLength;
    for (const row of this.sorted.values()) sum += row.arcs.byteLength + row.keys.byteLength;
    return sum;
  }
}
