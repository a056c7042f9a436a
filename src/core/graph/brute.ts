import type { Graph } from './csr.js';
import { pathCost, type Path } from './paths.js';

/**
 * The reference the engine is tested against: every simple path of at most maxHops ties,
 * enumerated depth first. Exponential; only for small graphs. With several targets, a path
 * ends at the first target it meets, and only the best path to each target counts.
 */
export function bruteForcePaths(g: Graph, source: number, targets: readonly number[], k: number, maxHops: number): Path[] {
  const isTarget = new Set(targets);
  const found: Path[] = [];
  const onPath = new Uint8Array(g.nodes);
  const stack: number[] = [source];
  onPath[source] = 1;
  const walk = (v: number): void => {
    if (stack.length - 1 >= maxHops) return;
    for (let j = g.offsets[v] ?? 0; j < (g.offsets[v + 1] ?? 0); j++) {
      const u = g.targets[j] ?? 0;
      if (onPath[u]) continue;
      stack.push(u);
      if (isTarget.has(u)) {
        found.push({ nodes: [...stack], cost: pathCost(g, stack) });
      } else {
        onPath[u] = 1;
        walk(u);
        onPath[u] = 0;
      }
      stack.pop();
    }
  };
  if (!isTarget.has(source)) walk(source);
  found.sort((x, y) => x.cost - y.cost);
  if (targets.length <= 1) return found.slice(0, k);
  const best = new Map<number, Path>();
  for (const p of found) {
    const t = p.nodes[p.nodes.length - 1] ?? -1;
    if (!best.has(t)) best.set(t, p);
  }
  return [...best.values()].slice(0, k);
}
