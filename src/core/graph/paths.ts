import { weightBetween, type Graph } from './csr.js';
import { HopDistances } from './hop-distances.js';
import { LabelSide } from './labels.js';

/** A chain of nodes from the source to a target; cost is the sum of -ln(strength), so strength = exp(-cost). */
export interface Path {
  nodes: number[];
  cost: number;
}

/** The cost of a path, summed arc by arc from the source. */
export function pathCost(g: Graph, nodes: readonly number[]): number {
  let cost = 0;
  for (let i = 1; i < nodes.length; i++) cost += weightBetween(g, nodes[i - 1] ?? 0, nodes[i] ?? 0);
  return cost;
}

const byCost = (x: Path, y: Path): number =>
  x.cost - y.cost || x.nodes.length - y.nodes.length || compareNodes(x.nodes, y.nodes);

function compareNodes(x: readonly number[], y: readonly number[]): number {
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

/** Rows with this many ties or more are read in sorted order, lazily (see PathFinder.search). */
const SORTED_FROM = 256;

/** A spur search of Yen's algorithm: deviate from `prev` at index `at`. No such path costs less than `ruledOut`. */
interface SpurTask {
  prev: number[];
  at: number;
  rootCost: number;
  ruledOut: number;
}

/** A set of nodes kept as a mask plus the list of what was set, so clearing costs what was set. */
class NodeMask {
  readonly on: Uint8Array;
  private list: number[] = [];

  constructor(nodes: number) {
    this.on = new Uint8Array(nodes);
  }

  add(node: number): void {
    if (this.on[node]) return;
    this.on[node] = 1;
    this.list.push(node);
  }

  clear(): void {
    for (const n of this.list) this.on[n] = 0;
    this.list = [];
  }

  get empty(): boolean {
    return this.list.length === 0;
  }
}

/**
 * Strongest chains with a hop limit, on a CSR graph, without a database round trip.
 *
 * Plain Dijkstra on -ln(strength) ignores the hop limit: its best path may need 8 hops when
 * a slightly weaker one needs 4. So each search is label-setting over (node, hops): a node
 * keeps one label per hop count, and a label is dropped only when another with no more hops
 * and no greater cost exists. It is guided by the source's exact distances within each hop
 * count (HopDistances), computed for the first query and kept for the next ones, so it never
 * returns a worse path than the best within the limit and looks at little else. One
 * PathFinder serves many queries on one graph: its work arrays are allocated once and
 * cleared by what was used.
 */
export class PathFinder {
  private readonly labels: LabelSide;
  private readonly blocked: NodeMask;
  /** Neighbours of the source that may not be the first step (Yen's removed arcs). */
  private readonly firstBlocked: NodeMask;
  private guide: HopDistances | null = null;

  /** `sortedFrom`: rows with this many ties or more are read in sorted order (tests lower it). */
  constructor(readonly graph: Graph, private readonly sortedFrom = SORTED_FROM) {
    this.labels = new LabelSide(graph.nodes);
    this.blocked = new NodeMask(graph.nodes);
    this.firstBlocked = new NodeMask(graph.nodes);
  }

  /**
   * The k strongest loopless paths from source to target with at most maxHops ties each:
   * Yen's algorithm, with Lawler's rule of deviating only from where the previous path did,
   * made lazy. A spur search is first run with a bound, the best candidate so far: most stop
   * early. One that finds nothing under its bound waits, and runs again (with the new best
   * as bound) only if that best is ever worse than what it has ruled out.
   */
  paths(source: number, target: number, k: number, maxHops: number): Path[] {
    if (source === target || k < 1 || maxHops < 1) return [];
    this.prepare(source);
    const first = this.search(source, [target], maxHops, Infinity);
    if (!first) return [];
    const found: (Path & { dev: number })[] = [{ ...first, dev: 0 }];
    const candidates: (Path & { dev: number })[] = [];
    const pending: SpurTask[] = [];
    const seen = new Set<string>([first.nodes.join(',')]);
    const run = (task: SpurTask, bound: number): void => {
      const { prev, at } = task;
      const root = prev.slice(0, at + 1);
      for (let r = 0; r < at; r++) this.blocked.add(root[r] ?? 0);
      // Yen's removed ties: the next step of every path found so far that shares this root.
      for (const p of found) {
        if (p.nodes.length > at + 1 && root.every((n, j) => p.nodes[j] === n)) this.firstBlocked.add(p.nodes[at + 1] ?? 0);
      }
      const spur = this.search(prev[at] ?? 0, [target], maxHops - at, bound - task.rootCost, task.rootCost, at);
      this.blocked.clear();
      this.firstBlocked.clear();
      if (!spur) {
        task.ruledOut = bound;
        pending.push(task);
        return;
      }
      const nodes = [...root.slice(0, at), ...spur.nodes];
      const key = nodes.join(',');
      if (seen.has(key)) return;
      seen.add(key);
      candidates.push({ nodes, cost: pathCost(this.graph, nodes), dev: at });
      candidates.sort(byCost);
    };
    while (found.length < k) {
      const prev = found[found.length - 1];
      if (!prev) break;
      // The first spur (often the source itself, with the whole budget) nearly always finds a
      // detour, which bounds every other search; a search without a bound that finds nothing
      // explores everything within its hops. Then spurs near the target, whose detours are short.
      const order = [prev.dev];
      for (let at = prev.nodes.length - 2; at > prev.dev; at--) order.push(at);
      for (const at of order) {
        run({ prev: prev.nodes, at, rootCost: pathCost(this.graph, prev.nodes.slice(0, at + 1)), ruledOut: 0 }, candidates[0]?.cost ?? Infinity);
      }
      for (;;) {
        const best = candidates[0]?.cost ?? Infinity;
        const i = pending.findIndex((t) => t.ruledOut < best);
        if (i < 0) break;
        const [task] = pending.splice(i, 1);
        if (task) run(task, best);
      }
      const next = candidates.shift();
      if (!next) break;
      found.push(next);
    }
    return found.map(({ nodes, cost }) => ({ nodes, cost }));
  }

  /**
   * The strongest path to each of up to k different targets, best first. A path ends at the
   * first target it meets: it never passes through another one.
   */
  pathsToAny(source: number, targets: Iterable<number>, k: number, maxHops: number): Path[] {
    let seeds = [...new Set(targets)].filter((t) => t !== source);
    const out: Path[] = [];
    if (seeds.length > 0 && k > 0 && maxHops > 0) this.prepare(source);
    while (out.length < k && seeds.length > 0) {
      const path = this.search(source, seeds, maxHops, Infinity);
      if (!path) break;
      out.push(path);
      const reached = path.nodes[path.nodes.length - 1] ?? -1;
      this.blocked.add(reached);
      seeds = seeds.filter((t) => t !== reached);
    }
    this.blocked.clear();
    return out;
  }

  /**
   * Computes the source's distances by hops, unless kept: the first query from a source does
   * it, and every query starts at the user. A server may call it ahead of the first query.
   */
  prepare(source: number): void {
    if (this.guide?.source !== source) this.guide = new HopDistances(this.graph, source);
  }

  /** Bytes held beyond the graph: the source's distances, which grow as queries need more hops. */
  get bytes(): number {
    return this.guide?.bytes ?? 0;
  }

  /**
   * The strongest path from source to any seed within maxHops, honouring the blocked nodes
   * and first steps, if its cost is under `bound`. The path being extended by a spur search
   * reached `source` through `rootHops` ties costing `rootCost`.
   *
   * It is A* run backward, from the seeds toward the source, over labels (node, hops from the
   * seed). The estimate of what remains is exact or nearly: the user's shortest distance to
   * the node within the hops left (HopDistances), less the root's cost. That bound holds with
   * any node blocked, and it is consistent across a tie, so the first time the search pops
   * the source it has the best path, and it explores little more than the nodes on near-best
   * paths. A label is dropped only when another at the same node has no more hops and no
   * greater cost: with estimates that depend on the hops left, fewer hops do not mean final.
   */
  private search(source: number, seeds: readonly number[], maxHops: number, bound: number, rootCost = 0, rootHops = 0): Path | null {
    const guide = this.guide;
    if (!guide) throw new Error('PathFinder: no distances for this source');
    const { offsets, targets, weights } = this.graph;
    const L = this.labels;
    const blocked = this.blocked.on, firstBlocked = this.firstBlocked.on;
    const constrained = !this.blocked.empty || !this.firstBlocked.empty;
    L.reset(maxHops + 1);
    const width = L.stride;
    // Label (node, h) has total - h hops left for the way from the user to node.
    const total = maxHops + rootHops;
    const estimate = (node: number, hops: number): number => {
      const rest = guide.at(node, total - hops) - rootCost;
      return rest > 0 ? rest : 0;
    };
    for (const t of seeds) {
      if (blocked[t] || t === source || L.slotOf[t] !== -1) continue;
      const s = L.slot(t);
      L.dist[s * width] = 0;
      L.parent[s * width] = -1;
      const f = estimate(t, 0);
      if (f < bound) L.heap.push(f, s * width);
    }
    let dist = L.dist;
    /** Records label (u, nh) reached from v at cost nd, unless another at u has no more hops and no greater cost. */
    const offer = (v: number, u: number, nh: number, nd: number, f: number): void => {
      let su = L.slotOf[u] ?? -1;
      if (su >= 0) {
        const base = su * width;
        for (let x = 0; x <= nh; x++) if ((dist[base + x] ?? Infinity) <= nd) return;
      } else {
        su = L.slot(u);
        // slot() may have grown the pool: read the array afresh.
        dist = L.dist;
      }
      const idx = su * width + nh;
      dist[idx] = nd;
      L.parent[idx] = v;
      L.heap.push(f, idx);
    };
    const allowed = (v: number, u: number): boolean => !constrained || !(blocked[u] || (u === source && firstBlocked[v]));
    /**
     * Offers the ties of a busy node's label in sorted order (see HopDistances.sortedRow), up to
     * those whose lower bound passes `upTo`; the rest wait in the heap behind a marker
     * (-1 - label) keyed by the next one's bound. A search that ends below that bound never
     * reads them: of a hub's thousands of ties, it reads the few that can matter.
     */
    const cursors = new Map<number, number>();
    const offerSorted = (state: number, from: number, upTo: number): void => {
      const s = (state / width) | 0, h = state - s * width, v = L.slotNode[s] ?? 0;
      const d = dist[state] ?? Infinity, nh = h + 1, row = guide.sortedRow(v, total - nh);
      let i = from;
      for (; i < row.arcs.length; i++) {
        const low = d + (row.keys[i] ?? Infinity) - rootCost;
        if (low > upTo || !(low < bound)) break;
        const j = row.arcs[i] ?? 0, u = targets[j] ?? 0;
        const nd = d + (weights[j] ?? 0);
        if (!(nd < bound) || !allowed(v, u)) continue;
        const f = nd + estimate(u, nh);
        if (f < bound) offer(v, u, nh, nd, f);
      }
      const low = d + (row.keys[i] ?? Infinity) - rootCost;
      if (i < row.arcs.length && low < bound) {
        cursors.set(state, i);
        L.heap.push(low, -1 - state);
      }
    };
    while (L.heap.size > 0) {
      const key = L.heap.topKey(), state = L.heap.topValue();
      L.heap.pop();
      if (state < 0) {
        offerSorted(-1 - state, cursors.get(-1 - state) ?? 0, key);
        continue;
      }
      const s = (state / width) | 0, h = state - s * width;
      const bit = 1 << h;
      if ((L.expanded[s] ?? 0) & bit) continue;
      L.expanded[s] = (L.expanded[s] ?? 0) | bit;
      const v = L.slotNode[s] ?? 0;
      if (v === source) return this.reconstruct(source, h, width);
      if (h === maxHops) continue;
      const nh = h + 1, left = total - nh;
      const first = offsets[v] ?? 0, end = offsets[v + 1] ?? 0;
      if (end - first >= this.sortedFrom && left > 0) {
        offerSorted(state, 0, key);
        continue;
      }
      const d = dist[state] ?? Infinity;
      // estimate() inlined, the hot loop: one column for the whole row, most of it filled already.
      const near = left > 0 ? guide.column(left) : null;
      for (let j = first; j < end; j++) {
        const nd = d + (weights[j] ?? 0);
        if (!(nd < bound)) continue;
        const u = targets[j] ?? 0;
        if (!allowed(v, u)) continue;
        let rest: number;
        if (near) {
          rest = near[u] ?? NaN;
          if (rest !== rest) rest = guide.fill(u, left);
        } else rest = u === guide.source ? 0 : Infinity;
        rest -= rootCost;
        const f = rest > 0 ? nd + rest : nd;
        if (f < bound) offer(v, u, nh, nd, f);
      }
    }
    return null;
  }

  /** The path from the source's label (hops from the seed) back along parents to the seed. */
  private reconstruct(source: number, hops: number, width: number): Path {
    const L = this.labels;
    const nodes = [source];
    let node = source;
    for (let h = hops; h > 0; h--) {
      node = L.parent[(L.slotOf[node] ?? 0) * width + h] ?? 0;
      nodes.push(node);
    }
    return { nodes, cost: pathCost(this.graph, nodes) };
  }
}
