/**
 * Correctness checks shared by the graph bench and its CI-sized test: the engine against
 * graphology's bidirectional Dijkstra on the same graph, and against brute force on small
 * random graphs.
 */
import { UndirectedGraph } from 'graphology';
import { bidirectional } from 'graphology-shortest-path/dijkstra.js';
import { sfc32 } from '../src/app/demo/generator.js';
import { bruteForcePaths } from '../src/core/graph/brute.js';
import { buildGraph, EdgeBuffer, type Graph } from '../src/core/graph/csr.js';
import { pathCost, PathFinder } from '../src/core/graph/paths.js';
import { hopLevels, UNREACHED } from '../src/core/graph/reach.js';

/** The same graph in graphology, each tie with weight = -ln(strength), nodes keyed "0".."n-1". */
export function toGraphology(g: Graph): UndirectedGraph {
  const bg = new UndirectedGraph();
  for (let v = 0; v < g.nodes; v++) bg.addNode(String(v));
  for (let u = 0; u < g.nodes; u++) {
    for (let j = g.offsets[u] ?? 0; j < (g.offsets[u + 1] ?? 0); j++) {
      const v = g.targets[j] ?? 0;
      if (u < v) bg.addUndirectedEdge(String(u), String(v), { weight: g.weights[j] ?? 0 });
    }
  }
  return bg;
}

/** graphology's best path, or null; its cost is summed on our graph, in the same order as ours. */
export function baselinePath(g: Graph, bg: UndirectedGraph, source: number, target: number): { nodes: number[]; cost: number } | null {
  const path = bidirectional(bg, String(source), String(target), 'weight') as string[] | null;
  if (!path || path.length === 0) return null;
  const nodes = path.map(Number);
  return { nodes, cost: pathCost(g, nodes) };
}

/** Targets the source can reach at all (at any distance), drawn reproducibly. */
export function sampleTargets(g: Graph, source: number, count: number, seed: number): number[] {
  const level = hopLevels(g, source, 254);
  const reachable: number[] = [];
  for (let v = 0; v < g.nodes; v++) if (v !== source && level[v] !== UNREACHED) reachable.push(v);
  const rng = sfc32(seed);
  return Array.from({ length: Math.min(count, reachable.length) }, () => reachable[Math.floor(rng() * reachable.length)] ?? 0);
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));

export interface BaselineCheck {
  queries: number;
  /** Same best cost (the baseline's path fits in the hop limit). */
  same: number;
  /** The baseline's best path needs more hops than allowed; ours is the best within the limit. */
  beyondLimit: number;
  mismatches: string[];
}

/**
 * For each target: when graphology's unconstrained best path fits within maxHops, ours must
 * cost the same; when it does not, ours must cost at least as much, and fit.
 */
export function compareWithBaseline(g: Graph, bg: UndirectedGraph, finder: PathFinder, source: number, targets: readonly number[], maxHops: number): BaselineCheck {
  const out: BaselineCheck = { queries: 0, same: 0, beyondLimit: 0, mismatches: [] };
  for (const t of targets) {
    out.queries++;
    const ours = finder.paths(source, t, 1, maxHops)[0] ?? null;
    const theirs = baselinePath(g, bg, source, t);
    const tag = `target ${String(t)}: ours ${ours ? `${ours.cost.toFixed(12)}/${String(ours.nodes.length - 1)}` : 'none'}, baseline ${theirs ? `${theirs.cost.toFixed(12)}/${String(theirs.nodes.length - 1)}` : 'none'}`;
    if (!theirs) {
      if (ours) out.mismatches.push(tag);
      continue;
    }
    if (theirs.nodes.length - 1 <= maxHops) {
      if (ours && close(ours.cost, theirs.cost)) out.same++;
      else out.mismatches.push(tag);
    } else {
      out.beyondLimit++;
      if (ours && (ours.cost < theirs.cost - 1e-9 || ours.nodes.length - 1 > maxHops)) out.mismatches.push(tag);
    }
  }
  return out;
}

export interface BruteCheck {
  cases: number;
  paths: number;
  mismatches: string[];
}

/** k best paths (one target, and distinct targets) against exhaustive enumeration on small random graphs. */
export function bruteForceChecks(cases: number, seed: number): BruteCheck {
  const rng = sfc32(seed);
  const out: BruteCheck = { cases: 0, paths: 0, mismatches: [] };
  for (let c = 0; c < cases; c++) {
    const nodes = 4 + Math.floor(rng() * 14);
    const edges = new EdgeBuffer();
    const m = Math.floor(nodes * (1 + rng() * 2.5));
    const coarse = rng() < 0.5;
    for (let e = 0; e < m; e++) {
      edges.push(Math.floor(rng() * nodes), Math.floor(rng() * nodes), coarse ? [0.3, 0.6, 0.9][Math.floor(rng() * 3)] ?? 0.3 : 0.05 + 0.9 * rng());
    }
    const g = buildGraph(nodes, edges);
    const finder = new PathFinder(g);
    const k = 1 + Math.floor(rng() * 4), maxHops = 1 + Math.floor(rng() * 6);
    const target = 1 + Math.floor(rng() * (nodes - 1));
    const targets = [...new Set([target, 1 + Math.floor(rng() * (nodes - 1)), 1 + Math.floor(rng() * (nodes - 1))])];
    const pairs: [string, number[], number[]][] = [
      ['one target', finder.paths(0, target, k, maxHops).map((p) => p.cost), bruteForcePaths(g, 0, [target], k, maxHops).map((p) => p.cost)],
      ['distinct targets', finder.pathsToAny(0, targets, k, maxHops).map((p) => p.cost), bruteForcePaths(g, 0, [...targets, -1], k, maxHops).map((p) => p.cost)],
    ];
    out.cases++;
    for (const [what, got, want] of pairs) {
      out.paths += got.length;
      if (got.length !== want.length || got.some((x, i) => !close(x, want[i] ?? NaN))) {
        out.mismatches.push(`case ${String(c)} (${what}): ${got.map((x) => x.toFixed(9)).join(',')} vs ${want.map((x) => x.toFixed(9)).join(',')}`);
      }
    }
  }
  return out;
}
