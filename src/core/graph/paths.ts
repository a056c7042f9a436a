import { weightBetween, type Graph } from './csr.js';
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
 * and no greater cost exists. It runs from both ends at once (the smaller frontier moves
 * first) and stops when the two frontiers' smallest costs add up to the best meeting found,
 * so it never returns a worse path than the best within the limit. One PathFinder serves
 * many queries on one graph: its work arrays are allocated once and cleared by what was used.
 */
export class PathFinder {
  private readonly fwd: LabelSide;
  private readonly bwd: LabelSide;
  private readonly blocked: NodeMask;
  private readonly terminal: NodeMask;
  /** Neighbours of the source that may not be the first step (Yen's removed arcs). */
  private readonly firstBlocked: NodeMask;

  constructor(readonly graph: Graph) {
    this.fwd = new LabelSide(graph.nodes);
    this.bwd = new LabelSide(graph.nodes);
    this.blocked = new NodeMask(graph.nodes);
    this.terminal = new NodeMask(graph.nodes);
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
      const spur = this.search(prev[at] ?? 0, [target], maxHops - at, bound - task.rootCost);
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
   * The strongest path from source to any seed within maxHops, honouring the blocked nodes
   * and first steps, if one costs less than `bound`.
   */
  private search(source: number, seeds: readonly number[], maxHops: number, bound: number): Path | null {
    const { offsets, targets, weights } = this.graph;
    const F = this.fwd, B = this.bwd;
    const blocked = this.blocked.on, terminal = this.terminal.on, firstBlocked = this.firstBlocked.on;
    F.reset(maxHops + 1);
    B.reset(maxHops + 1);
    // Both sides are reset alike, so they share one stride: label (slot, h) is at slot * width + h.
    const width = F.stride;
    // Both ends are final at once: a frontier that runs dry then leaves nothing unmet.
    const start = (side: LabelSide, node: number) => {
      const s = side.slot(node);
      side.dist[s * width] = 0;
      side.parent[s * width] = -1;
      side.settled[s] = 1;
      side.minSettled[s] = 0;
      side.heap.push(0, s * width);
    };
    start(F, source);
    for (const t of seeds) {
      if (blocked[t] || t === source) continue;
      this.terminal.add(t);
      if (B.slotOf[t] === -1) start(B, t);
    }
    // Most searches avoid nothing: they skip the checks.
    const constrained = !this.blocked.empty || !this.firstBlocked.empty;
    let mu = bound, meet = -1, meetF = 0, meetB = 0;
    /**
     * Records the best meeting at `node` of a label (d, hops) on `side` with the other side's
     * labels, final or not: each is a real chain, so the sooner a good one is known, the
     * sooner both frontiers can stop.
     */
    const tryMeet = (forward: boolean, node: number, d: number, hops: number) => {
      const other = forward ? B : F;
      const os = other.slotOf[node] ?? -1;
      if (os < 0) return;
      const base = os * width, dist = other.dist;
      for (let g = 0; g <= maxHops - hops; g++) {
        const total = d + (dist[base + g] ?? Infinity);
        if (total < mu) {
          mu = total;
          meet = node;
          meetF = forward ? hops : g;
          meetB = forward ? g : hops;
        }
      }
    };
    tryMeet(true, source, 0, 0);

    while (F.heap.size > 0 && B.heap.size > 0 && F.heap.topKey() + B.heap.topKey() < mu) {
      const forward = F.heap.size <= B.heap.size;
      const side = forward ? F : B;
      const d = side.heap.topKey(), state = side.heap.topValue();
      side.heap.pop();
      const s = (state / width) | 0, h = state - s * width;
      if (d > (side.dist[state] ?? Infinity)) continue;
      const bit = 1 << h;
      if ((side.expanded[s] ?? 0) & bit || (side.minSettled[s] ?? 255) < h) continue;
      side.settled[s] = (side.settled[s] ?? 0) | bit;
      side.expanded[s] = (side.expanded[s] ?? 0) | bit;
      if (h < (side.minSettled[s] ?? 255)) side.minSettled[s] = h;
      const v = side.slotNode[s] ?? 0;
      tryMeet(forward, v, d, h);
      // A target is where a path ends, and the source where a backward one does.
      if (h === maxHops || (forward ? terminal[v] === 1 : v === source)) continue;
      const nh = h + 1;
      let dist = side.dist, minSettled = side.minSettled;
      const slotOf = side.slotOf;
      const end = offsets[v + 1] ?? 0;
      for (let j = offsets[v] ?? 0; j < end; j++) {
        const nd = d + (weights[j] ?? 0);
        if (nd >= mu) continue;
        const u = targets[j] ?? 0;
        if (constrained && (blocked[u] || (v === source && firstBlocked[u]) || (u === source && firstBlocked[v]))) continue;
        let su = slotOf[u] ?? -1;
        if (su >= 0) {
          if ((minSettled[su] ?? 255) <= nh) continue;
          const base = su * width;
          let dominated = false;
          for (let x = 0; x <= nh; x++) {
            if ((dist[base + x] ?? Infinity) <= nd) {
              dominated = true;
              break;
            }
          }
          if (dominated) continue;
        } else {
          su = side.slot(u);
          // slot() may have grown the pool: read the arrays afresh.
          dist = side.dist;
          minSettled = side.minSettled;
        }
        const idx = su * width + nh;
        dist[idx] = nd;
        side.parent[idx] = v;
        side.heap.push(nd, idx);
        tryMeet(forward, u, nd, nh);
      }
    }
    this.terminal.clear();
    if (meet < 0) return null;
    return this.reconstruct(source, meet, meetF, meetB, width);
  }

  private reconstruct(source: number, meet: number, hopsF: number, hopsB: number, width: number): Path {
    const F = this.fwd, B = this.bwd;
    const nodes: number[] = [];
    let node = meet;
    for (let h = hopsF; ; h--) {
      nodes.push(node);
      if (h === 0) break;
      node = F.parent[(F.slotOf[node] ?? 0) * width + h] ?? source;
    }
    nodes.reverse();
    node = meet;
    for (let h = hopsB; h > 0; h--) {
      node = B.parent[(B.slotOf[node] ?? 0) * width + h] ?? 0;
      nodes.push(node);
    }
    return { nodes, cost: pathCost(this.graph, nodes) };
  }
}
