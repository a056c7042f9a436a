import { bridges, contactsOf, hopLevels, levelCounts } from '../../core/graph/reach.js';
import { currentPosition, ME } from '../../core/network.js';
import type { Circle } from '../../core/types.js';
import { ranksOf } from '../../storage/network.repository.js';
import type { Db } from '../../storage/store.js';
import type { AppContext } from '../context.js';
import type { Named } from './explain.js';
import { networkOf, nodeNames, type LoadedNetwork } from './load.js';

export interface Bridge {
  person: Named;
  /** Second-degree people reached through them. */
  reach: number;
  /** People at 2 or 3 hops no other contact leads to. */
  unique: number;
  /** Where those people work now, most first. */
  organizations: string[];
}

export interface ReachResult {
  /** People in the network, the user aside. */
  people: number;
  /** People at 1, 2 and 3 hops. */
  hops: [number, number, number];
  secondDegree: {
    byOrganization: { organization: string; count: number }[];
    /** Second-degree people reached through contacts of each circle. */
    byCircle: { circle: Circle; count: number }[];
  };
  bridges: Bridge[];
}

const top = <K>(counts: Map<K, number>, limit: number) =>
  [...counts].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0]))).slice(0, limit);

function count<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** How far the user's network reaches, and the contacts it most depends on. */
export async function reach(ctx: AppContext, options: { limit?: number } = {}): Promise<ReachResult> {
  const limit = options.limit ?? 10;
  return ctx.store.read(async (db) => {
    const loaded = await networkOf(ctx, db);
    return reachOf(db, loaded, limit);
  });
}

async function reachOf(db: Db, loaded: LoadedNetwork, limit: number): Promise<ReachResult> {
  const { net } = loaded;
  const g = net.graph;
  const level = hopLevels(g, ME, 3);
  const counts = levelCounts(level, 3);
  const orgName = (node: number): string | null => {
    const now = currentPosition(net, node);
    return now ? (net.facts.orgNames[now.org] ?? null) : null;
  };
  const byOrg = new Map<string, number>();
  const byCircle = new Map<Circle, number>();
  for (let node = 1; node < g.nodes; node++) {
    if (level[node] !== 2) continue;
    const org = orgName(node);
    if (org) count(byOrg, org);
    const circles = new Set(contactsOf(g, level, node).flatMap((c) => net.facts.user.circles.get(c - 1) ?? []));
    for (const c of circles) count(byCircle, c);
  }
  const { bridges: all, roots } = bridges(g, level);
  const found = all.filter((b) => b.unique > 0).slice(0, limit);
  const names = await nodeNames(db, loaded, found.map((b) => b.node));
  return {
    people: g.nodes - 1,
    hops: [counts[1] ?? 0, counts[2] ?? 0, counts[3] ?? 0],
    secondDegree: {
      byOrganization: top(byOrg, limit).map(([organization, n]) => ({ organization, count: n })),
      byCircle: top(byCircle, limit).map(([circle, n]) => ({ circle, count: n })),
    },
    bridges: found.map((b) => {
      const orgs = new Map<string, number>();
      for (let node = 1; node < g.nodes; node++) {
        if (roots[node] !== b.node) continue;
        const org = orgName(node);
        if (org) count(orgs, org);
      }
      return { person: { id: loaded.idOf(b.node), name: names(b.node) }, reach: b.reach, unique: b.unique, organizations: top(orgs, 3).map(([o]) => o) };
    }),
  };
}

export interface BridgeSuggestion extends Bridge {
  /** Their rank now, if any. */
  rank: number | null;
}

/** Places in the ranked list a bridge should reach to be tended often enough. */
export const SUGGEST_ABOVE_RANK = 10;

/**
 * Bridges that are not yet among the user's top ten: the relationships most worth tending,
 * offered as a suggestion for the ranked list.
 */
export async function bridgeSuggestions(ctx: AppContext, limit = 5): Promise<BridgeSuggestion[]> {
  return ctx.store.read(async (db) => {
    const loaded = await networkOf(ctx, db);
    const found = (await reachOf(db, loaded, limit * 4)).bridges;
    const ranks = await ranksOf(db, found.map((b) => b.person.id));
    return found.map((b) => ({ ...b, rank: ranks.get(b.person.id) ?? null }))
      .filter((b) => b.rank === null || b.rank > SUGGEST_ABOVE_RANK)
      .slice(0, limit);
  });
}
