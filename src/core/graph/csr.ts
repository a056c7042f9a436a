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
 * At ten million ties the cost is memory latency, hence the two-step scatter below.
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
  // Scattering twenty million arcs straight into their rows misses the cache on nearly every
  // write; first partitioning them by blocks of 4096 rows, then scattering each block (which
  // fits in cache), is three times faster. Both steps keep input order within a row.
  // Strengths repeat (a declared tie, colleagues of one organization): the last log is reused.
  const BLOCK = 12;
  const blocks = (nodes >> BLOCK) + 1;
  const blockCursor = new Uint32Array(blocks);
  for (let q = 0; q < blocks; q++) blockCursor[q] = offsets[Math.min(nodes, q << BLOCK)] ?? 0;
  const stage = new Uint32Array(6 * m);
  const stageWeights = new Float32Array(stage.buffer);
  let lastStrength = NaN, lastWeight = 0;
  for (let i = 0; i < m; i++) {
    const x = a[i] ?? 0, y = b[i] ?? 0, st = s[i] ?? 0;
    if (st !== lastStrength) {
      lastStrength = st;
      lastWeight = weightOf(st);
    }
    let q = x >> BLOCK;
    let at = 3 * (blockCursor[q] ?? 0);
    blockCursor[q] = (blockCursor[q] ?? 0) + 1;
    stage[at] = x;
    stage[at + 1] = y;
    stageWeights[at + 2] = lastWeight;
    q = y >> BLOCK;
    at = 3 * (blockCursor[q] ?? 0);
    blockCursor[q] = (blockCursor[q] ?? 0) + 1;
    stage[at] = y;
    stage[at + 1] = x;
    stageWeights[at + 2] = lastWeight;
  }
  const rowTargets = new Uint32Array(2 * m);
  const rowWeights = new Float32Array(2 * m);
  const cursor = offsets.slice(0, nodes);
  for (let j = 0; j < 6 * m; j += 3) {
    const tail = stage[j] ?? 0;
    const at = cursor[tail] ?? 0;
    cursor[tail] = at + 1;
    rowTargets[at] = stage[j + 1] ?? 0;
    rowWeights[at] = stageWeights[j + 2] ?? 0;
  }
  // Merge duplicates, row by row, with a small hash table per row: it stays in cache, where a
  // table over all nodes would miss on nearly every arc.
  const targets = rowTargets, weights = rowWeights;
  let table = new Int32Array(64);
  const merged: number[] = [];
  const miss = new Map<number, number>();
  let write = 0;
  for (let u = 0; u < nodes; u++) {
    const from = offsets[u] ?? 0, to = offsets[u + 1] ?? 0;
    offsets[u] = write;
    let size = 16;
    while (size < 2 * (to - from)) size *= 2;
    if (size > table.length) table = new Int32Array(size);
    table.fill(-1, 0, size);
    const mask = size - 1;
    for (let j = from; j < to; j++) {
      const v = rowTargets[j] ?? 0, w = rowWeights[j] ?? 0;
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
      const before = miss.get(at);
      if (before === undefined) merged.push(at);
      miss.set(at, (before ?? 1 - Math.exp(-(weights[at] ?? 0))) * (1 - Math.exp(-w)));
    }
    for (const at of merged) weights[at] = weightOf(1 - (miss.get(at) ?? 0));
    merged.length = 0;
    miss.clear();
  }
  offsets[nodes] = write;
  // Views, not copies, when little was merged: copying 200 MB costs more than the few bytes kept.
  const trim = <T extends Uint32Array | Float32Array>(x: T): T => (write > 0.99 * x.length ? x.subarray(0, write) as T : x.slice(0, write) as T);
  return { nodes, offsets, targets: trim(targets), weights: trim(weights) };
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
