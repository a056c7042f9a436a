/**
 * The network as a graph in compressed sparse rows: node u's neighbours are
 * targets[offsets[u] .. offsets[u + 1]), each with the weight -ln(strength) of the tie.
 * Strengths multiply along a path, so weights add, and the strongest chain is the shortest path.
 */
export interface Graph {
  readonly nodes: number;
  readonly offsets: Uint32Array;
  readonly targets: Uint32Array;
  readonly weights: Float32Array;
}

/** No tie is certain: even several pieces of evidence together stop short of 1. */
export const MAX_STRENGTH = 0.95;

/**
 * Pieces of evidence for one tie combine as independent chances that the two know each
 * other: 1 - (1 - s1)(1 - s2)..., capped at MAX_STRENGTH.
 */
export function combineStrengths(strengths: Iterable<number>): number {
  let miss = 1;
  for (const s of strengths) if (s > 0) miss *= 1 - Math.min(1, s);
  return Math.min(MAX_STRENGTH, 1 - miss);
}

/** Ties as they are found (a pair may come several times, from several pieces of evidence). */
export class EdgeBuffer {
  a: Uint32Array;
  b: Uint32Array;
  s: Float32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.a = new Uint32Array(capacity);
    this.b = new Uint32Array(capacity);
    this.s = new Float32Array(capacity);
  }

  push(a: number, b: number, strength: number): void {
    if (a === b || !(strength > 0)) return;
    if (this.length === this.a.length) this.grow();
    const i = this.length++;
    this.a[i] = a;
    this.b[i] = b;
    this.s[i] = strength;
  }

  private grow(): void {
    const size = Math.max(1024, this.a.length * 2);
    const a = new Uint32Array(size), b = new Uint32Array(size), s = new Float32Array(size);
    a.set(this.a);
    b.set(this.b);
    s.set(this.s);
    this.a = a;
    this.b = b;
    this.s = s;
  }
}

/** -ln(strength) as stored; strength is exp(-weight). */
export const weightOf = (strength: number): number => Math.fround(-Math.log(Math.min(MAX_STRENGTH, strength)));

/**
 * Builds the CSR graph of `nodes` nodes from an edge buffer. Each tie is written into both of
 * its rows, in input order; a pair given several times (several pieces of evidence) is merged
 * into one tie with combineStrengths. Rows keep the input order, so the same edges in the same
 * order give the same graph: callers give them in an order that depends only on the data.
 *
 * At ten million ties the cost is memory: scattering twenty million arcs straight into their
 * rows misses the cache on nearly every write, and on this kind of machine every fresh megabyte
 * costs milliseconds of page faults when first touched. So the arcs are first partitioned by
 * blocks of rows, straight into the final arrays, each with its row within the block (two
 * bytes); then each block, which fits in cache, is copied aside and scattered into its rows,
 * and its rows' repeated ties merged while they are still in cache.
 */
export function buildGraph(nodes: number, edges: EdgeBuffer): Graph {
  const m = edges.length;
  const { a, b, s } = edges;
  const offsets = new Uint32Array(nodes + 1);
  for (let i = 0; i < m; i++) {
    const x = (a[i] ?? 0) + 1, y = (b[i] ?? 0) + 1;
    offsets[x] = (offsets[x] ?? 0) + 1;
    offsets[y] = (offsets[y] ?? 0) + 1;
  }
  for (let u = 0; u < nodes; u++) offsets[u + 1] = (offsets[u + 1] ?? 0) + (offsets[u] ?? 0);
  const blocks = (nodes >> BLOCK) + 1;
  const cursor = new Uint32Array(blocks);
  let widest = 0;
  for (let q = 0; q < blocks; q++) {
    cursor[q] = offsets[Math.min(nodes, q << BLOCK)] ?? 0;
    widest = Math.max(widest, (offsets[Math.min(nodes, (q + 1) << BLOCK)] ?? 0) - (cursor[q] ?? 0));
  }
  const targets = new Uint32Array(2 * m);
  const weights = new Float32Array(2 * m);
  const rowIn = new Uint16Array(2 * m);
  // Strengths repeat (a declared tie, colleagues of one organization, who alternate between
  // a brief and a long overlap): the last two logs are reused.
  let lastStrength = NaN, lastWeight = 0, otherStrength = NaN, otherWeight = 0;
  for (let i = 0; i < m; i++) {
    const x = a[i] ?? 0, y = b[i] ?? 0, st = s[i] ?? 0;
    if (st !== lastStrength) {
      const known = st === otherStrength;
      otherStrength = lastStrength;
      const weight = known ? otherWeight : weightOf(st);
      otherWeight = lastWeight;
      lastStrength = st;
      lastWeight = weight;
    }
    let q = x >> BLOCK;
    let at = cursor[q] ?? 0;
    cursor[q] = at + 1;
    targets[at] = y;
    weights[at] = lastWeight;
    rowIn[at] = x & BLOCK_MASK;
    q = y >> BLOCK;
    at = cursor[q] ?? 0;
    cursor[q] = at + 1;
    targets[at] = x;
    weights[at] = lastWeight;
    rowIn[at] = y & BLOCK_MASK;
  }
  const aside = { targets: new Uint32Array(widest), weights: new Float32Array(widest), rowIn: new Uint16Array(widest) };
  const merger = new RowMerger();
  const rowCursor = new Uint32Array(1 << BLOCK);
  let write = 0;
  for (let q = 0; q < blocks; q++) {
    const first = q << BLOCK, last = Math.min(nodes, first + (1 << BLOCK));
    const from = offsets[first] ?? 0, to = offsets[last] ?? 0;
    aside.targets.set(targets.subarray(from, to));
    aside.weights.set(weights.subarray(from, to));
    aside.rowIn.set(rowIn.subarray(from, to));
    // Rows land where the merging so far has compacted them to: `from - write` arcs earlier.
    const shift = from - write;
    for (let u = first; u < last; u++) rowCursor[u - first] = (offsets[u] ?? 0) - shift;
    for (let j = 0; j < to - from; j++) {
      const r = aside.rowIn[j] ?? 0;
      const at = rowCursor[r] ?? 0;
      rowCursor[r] = at + 1;
      targets[at] = aside.targets[j] ?? 0;
      weights[at] = aside.weights[j] ?? 0;
    }
    for (let u = first; u < last; u++) {
      const rowFrom = (offsets[u] ?? 0) - shift, rowTo = (offsets[u + 1] ?? 0) - shift;
      offsets[u] = write;
      write = merger.merge(targets, weights, rowFrom, rowTo, write);
    }
  }
  offsets[nodes] = write;
  // Views, not copies, when little was merged: copying 200 MB costs more than the few bytes kept.
  const trim = <T extends Uint32Array | Float32Array>(x: T): T => (write > 0.99 * x.length ? x.subarray(0, write) as T : x.slice(0, write) as T);
  return { nodes, offsets, targets: trim(targets), weights: trim(weights) };
}

/** Rows per block of the scatter: a block's arcs fit in cache, and a row within it in two bytes. */
const BLOCK = 12;
const BLOCK_MASK = (1 << BLOCK) - 1;

/**
 * Merges the repeated ties of one row, with a small hash table per row: it stays in cache,
 * where a table over all nodes would miss on nearly every arc.
 */
class RowMerger {
  private table = new Int32Array(64);
  private readonly merged: number[] = [];
  private readonly miss = new Map<number, number>();

  /** Moves the row's arcs [from, to) down to `write` (never past `from`), merged; returns the new end. */
  merge(targets: Uint32Array, weights: Float32Array, from: number, to: number, write: number): number {
    let size = 16;
    while (size < 2 * (to - from)) size *= 2;
    if (size > this.table.length) this.table = new Int32Array(size);
    const table = this.table;
    table.fill(-1, 0, size);
    const mask = size - 1;
    for (let j = from; j < to; j++) {
      const v = targets[j] ?? 0, w = weights[j] ?? 0;
      let slot = (Math.imul(v, 0x9e3779b1) >>> 16) & mask;
      let at = table[slot] ?? -1;
      while (at >= 0 && targets[at] !== v) {
        slot = (slot + 1) & mask;
        at = table[slot] ?? -1;
      }
      if (at < 0) {
        table[slot] = write;
        // Writing never overtakes reading: j >= write.
        targets[write] = v;
        weights[write++] = w;
        continue;
      }
      const before = this.miss.get(at);
      if (before === undefined) this.merged.push(at);
      this.miss.set(at, (before ?? 1 - Math.exp(-(weights[at] ?? 0))) * (1 - Math.exp(-w)));
    }
    if (this.merged.length === 0) return write;
    for (const at of this.merged) weights[at] = weightOf(1 - (this.miss.get(at) ?? 0));
    this.merged.length = 0;
    this.miss.clear();
    return write;
  }
}

/** How many ties the graph holds (each is stored once per end). */
export const tieCount = (g: Graph): number => g.targets.length / 2;

/** Bytes held by the graph's arrays (whole buffers, even where a row's array is a view). */
export const graphBytes = (g: Graph): number => g.offsets.buffer.byteLength + g.targets.buffer.byteLength + g.weights.buffer.byteLength;

/** The weight of arc u-v, or +Infinity when there is none. */
export function weightBetween(g: Graph, u: number, v: number): number {
  const end = g.offsets[u + 1] ?? 0;
  for (let j = g.offsets[u] ?? 0; j < end; j++) if (g.targets[j] === v) return g.weights[j] ?? 0;
  return Infinity;
}

/** The strength of the tie u-v, or 0 when there is none. */
export const strengthBetween = (g: Graph, u: number, v: number): number => Math.exp(-weightBetween(g, u, v));
