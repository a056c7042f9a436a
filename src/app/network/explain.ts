import { strengthBetween } from '../../core/graph/csr.js';
import { explainTie, explainUserTie, ME, namesNeeded, type DeclaredFacts } from '../../core/network.js';
import type { Reason } from '../../core/reason.js';
import { tiePair } from '../../core/ties.js';
import { tiesAmong } from '../../storage/tie.repository.js';
import type { Db } from '../../storage/store.js';
import { nodeNames, type LoadedNetwork } from './load.js';

export interface Named {
  id: string;
  name: string;
}

/** One tie, explained: its strength and the evidence behind it. */
export interface ExplainedTie {
  strength: number;
  reasons: Reason[];
}

/**
 * Explains ties given as pairs of nodes (either may be the user, node 0), with the names
 * of everyone they involve (and of `alsoNamed`). Declared ties are read for these pairs only.
 */
export async function explainPairs(db: Db, loaded: LoadedNetwork, pairs: readonly (readonly [number, number])[], alsoNamed: readonly number[] = []): Promise<{
  ties: ExplainedTie[];
  named: (node: number) => Named;
}> {
  const { net } = loaded;
  const nodes = [...pairs.flat(), ...alsoNamed];
  const names = await nodeNames(db, loaded, namesNeeded(net, nodes));
  const people = pairs.filter(([u, v]) => u !== ME && v !== ME).map(([u, v]) => tiePair(loaded.idOf(u), loaded.idOf(v)));
  const declared = await tiesAmong(db, people);
  const ties = pairs.map(([u, v]) => {
    const strength = strengthBetween(net.graph, u, v);
    if (u === ME || v === ME) return { strength, reasons: explainUserTie(net, u === ME ? v : u, names) };
    const [a, b] = tiePair(loaded.idOf(u), loaded.idOf(v));
    const d = declared.get(`${a} ${b}`);
    const facts: DeclaredFacts | null = d ? { strength: d.strength, since: d.since, how: d.how } : null;
    return { strength, reasons: explainTie(net, u, v, facts, names) };
  });
  return { ties, named: (node) => ({ id: loaded.idOf(node), name: names(node) }) };
}
