import { PathFinder } from '../../core/graph/paths.js';
import { buildNetwork, ME, type Network } from '../../core/network.js';
import type { Day } from '../../core/types.js';
import { loadNetworkFacts, namesOf, type NetworkReads } from '../../storage/network.repository.js';
import type { Db } from '../../storage/store.js';
import type { AppContext } from '../context.js';

/** The network in memory, with what queries on it need: node numbers by id, and a path finder. */
export interface LoadedNetwork {
  net: Network;
  /** Node of a person id, or -1. */
  nodeOf(id: string): number;
  idOf(node: number): string;
  finder(): PathFinder;
}

/**
 * Reads the store in bulk and builds the graph. It is rebuilt for each command rather than
 * kept in step with every write: building it is fast (see bench/graph.ts), and a rebuild
 * cannot drift from the data. The server keeps the last one until something changes.
 */
export async function loadNetwork(db: Db, today: Day, reads: NetworkReads): Promise<LoadedNetwork> {
  const net = buildNetwork(await loadNetworkFacts(db, reads), today);
  const ids = net.facts.ids;
  let finder: PathFinder | null = null;
  return {
    net,
    nodeOf: (id) => nodeOfId(ids, id),
    idOf: (node) => (node === ME ? '' : (ids[node - 1] ?? '')),
    finder: () => (finder ??= new PathFinder(net.graph)),
  };
}

/** The network for this use case: the one the context keeps, if it keeps one, or a fresh build. */
export function networkOf(ctx: AppContext, db: Db): Promise<LoadedNetwork> {
  const build = () => loadNetwork(db, ctx.today, ctx.store.dialect);
  return ctx.networks ? ctx.networks.get(ctx.today, build) : build();
}

/**
 * Node of a person id, or -1: a binary search, since facts.ids are sorted. A command looks up
 * a handful of ids; an index of a million would cost more to build than all of them.
 */
function nodeOfId(ids: readonly string[], id: string): number {
  let lo = 0, hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = ids[mid] ?? '';
    if (at === id) return mid + 1;
    if (at < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Names of these nodes, for words; the user (node 0) has none. */
export async function nodeNames(db: Db, loaded: LoadedNetwork, nodes: Iterable<number>): Promise<(node: number) => string> {
  const ids = [...new Set(nodes)].filter((n) => n !== ME).map((n) => loaded.idOf(n));
  const names = await namesOf(db, ids);
  return (node) => names.get(loaded.idOf(node)) ?? '';
}
