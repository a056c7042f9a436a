import type { AppContext } from '../app/context.js';
import { networkOf, nodeNames } from '../app/network/load.js';
import { ME } from '../core/network.js';

export interface Neighbourhood {
  nodes: { id: string; name: string; hops: number }[];
  edges: { a: string; b: string; strength: number }[];
}

const round = (x: number) => Number(x.toFixed(3));

/**
 * The user's own neighbourhood for the graph view: breadth first from the user, the strongest
 * ties first within each ring, up to `limit` people, and every tie among them. A few hundred
 * nodes stay readable; a whole network would not.
 */
export async function neighbourhood(ctx: AppContext, limit: number): Promise<Neighbourhood> {
  return ctx.store.read(async (db) => {
    const loaded = await networkOf(ctx, db);
    const g = loaded.net.graph;
    const hops = new Map<number, number>([[ME, 0]]);
    let ring = [ME];
    for (let depth = 1; ring.length > 0 && hops.size <= limit; depth++) {
      const best = new Map<number, number>();
      for (const u of ring) {
        for (let j = g.offsets[u] ?? 0; j < (g.offsets[u + 1] ?? 0); j++) {
          const v = g.targets[j] ?? 0;
          const w = g.weights[j] ?? Infinity;
          if (!hops.has(v) && w < (best.get(v) ?? Infinity)) best.set(v, w);
        }
      }
      ring = [...best].sort((x, y) => x[1] - y[1] || x[0] - y[0]).slice(0, limit + 1 - hops.size).map(([v]) => v);
      for (const v of ring) hops.set(v, depth);
    }
    const name = await nodeNames(db, loaded, hops.keys());
    const idOf = (n: number) => (n === ME ? 'me' : loaded.idOf(n));
    const edges: Neighbourhood['edges'] = [];
    for (const u of hops.keys()) {
      for (let j = g.offsets[u] ?? 0; j < (g.offsets[u + 1] ?? 0); j++) {
        const v = g.targets[j] ?? 0;
        // Each undirected tie once: from its smaller node.
        if (u < v && hops.has(v)) edges.push({ a: idOf(u), b: idOf(v), strength: round(Math.exp(-(g.weights[j] ?? 0))) });
      }
    }
    return { nodes: [...hops].map(([n, h]) => ({ id: idOf(n), name: n === ME ? '' : name(n), hops: h })), edges };
  });
}
