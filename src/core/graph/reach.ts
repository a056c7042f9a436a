import type { Graph } from './csr.js';

export const UNREACHED = 255;

/** Hop distance (unweighted) of every node from the source, up to `depth`; UNREACHED beyond. */
export function hopLevels(g: Graph, source: number, depth: number): Uint8Array {
  const level = new Uint8Array(g.nodes).fill(UNREACHED);
  level[source] = 0;
  let frontier = [source];
  for (let d = 1; d <= depth && frontier.length > 0; d++) {
    const next: number[] = [];
    for (const v of frontier) {
      const end = g.offsets[v + 1] ?? 0;
      for (let j = g.offsets[v] ?? 0; j < end; j++) {
        const u = g.targets[j] ?? 0;
        if (level[u] !== UNREACHED) continue;
        level[u] = d;
        next.push(u);
      }
    }
    frontier = next;
  }
  return level;
}

/** How many nodes sit at each hop count 0..depth. */
export function levelCounts(level: Uint8Array, depth: number): number[] {
  const counts = new Array<number>(depth + 1).fill(0);
  for (const l of level) if (l <= depth) counts[l] = (counts[l] ?? 0) + 1;
  return counts;
}

/** A direct contact and the people reached through them. */
export interface Bridge {
  node: number;
  /** Second-degree people this contact knows. */
  reach: number;
  /** People at 2 or 3 hops reached through this contact alone: lose this tie and they are out of reach. */
  unique: number;
}

/** No contact leads to the node (it is not at 2 or 3 hops), or several do. */
export const NO_ROOT = -1;
export const MANY_ROOTS = -2;

/**
 * Bridges: direct contacts (level 1) ranked by the people at 2 and 3 hops that only they
 * lead to, on shortest chains. `roots[v]` is the one contact every shortest chain to v goes
 * through, or NO_ROOT / MANY_ROOTS. `level` comes from hopLevels with depth 3.
 */
export function bridges(g: Graph, level: Uint8Array): { bridges: Bridge[]; roots: Int32Array } {
  const roots = new Int32Array(g.nodes).fill(NO_ROOT);
  const reach = new Map<number, number>();
  const merge = (v: number, r: number) => {
    const old = roots[v] ?? NO_ROOT;
    roots[v] = old === NO_ROOT || old === r ? r : MANY_ROOTS;
  };
  for (let from = 1; from <= 2; from++) {
    for (let v = 0; v < g.nodes; v++) {
      if (level[v] !== from) continue;
      for (let j = g.offsets[v] ?? 0; j < (g.offsets[v + 1] ?? 0); j++) {
        const u = g.targets[j] ?? 0;
        if (level[u] !== from + 1) continue;
        merge(u, from === 1 ? v : (roots[v] ?? NO_ROOT));
        if (from === 1) reach.set(v, (reach.get(v) ?? 0) + 1);
      }
    }
  }
  const unique = new Map<number, number>();
  for (const r of roots) if (r >= 0) unique.set(r, (unique.get(r) ?? 0) + 1);
  const out = [...reach].map(([node, n]) => ({ node, reach: n, unique: unique.get(node) ?? 0 }));
  return { bridges: out.sort((x, y) => y.unique - x.unique || y.reach - x.reach || x.node - y.node), roots };
}

/** The direct contacts through whom a second-degree node is reached. */
export function contactsOf(g: Graph, level: Uint8Array, node: number): number[] {
  const out: number[] = [];
  for (let j = g.offsets[node] ?? 0; j < (g.offsets[node + 1] ?? 0); j++) {
    const u = g.targets[j] ?? 0;
    if (level[u] === 1) out.push(u);
  }
  return out;
}
