import { IdIndex } from '../../core/graph/id-index.js';
import { PathFinder } from '../../core/graph/paths.js';
import { buildNetwork, ME, type Network } from '../../core/network.js';
import type { Day } from '../../core/types.js';
import { loadNetworkFacts, namesOf } from '../../storage/network.repository.js';
import type { Db } from '../../storage/store.js';

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
 * cannot drift from the data.
 */
export async function loadNetwork(db: Db, today: Day): Promise<LoadedNetwork> {
  const net = buildNetwork(await loadNetworkFacts(db), today);
  const ids = net.facts.ids;
  const index = new IdIndex(ids.length);
  ids.forEach((id, i) => { index.add(id, i + 1); });
  let finder: PathFinder | null = null;
  return {
    net,
    nodeOf: (id) => index.get(id),
    idOf: (node) => (node === ME ? '' : (ids[node - 1] ?? '')),
    finder: () => (finder ??= new PathFinder(net.graph)),
  };
}

/** Names of these nodes, for words; the user (node 0) has none. */
export async function nodeNames(db: Db, loaded: LoadedNetwork, nodes: Iterable<number>): Promise<(node: number) => string> {
  const ids = [...new Set(nodes)].filter((n) => n !== ME).map((n) => loaded.idOf(n));
  const names = await namesOf(db, ids);
  return (node) => names.get(loaded.idOf(node)) ?? '';
}
