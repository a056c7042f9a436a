import { parseDay } from '../core/dates.js';
import { MaillonError } from '../core/errors.js';
import { ME } from '../core/network.js';
import { parseTieStrength, tiePair, type DeclaredTie } from '../core/ties.js';
import { text } from '../core/validate.js';
import { deleteTie, getTie, saveTie } from '../storage/tie.repository.js';
import type { Db } from '../storage/store.js';
import type { AppContext } from './context.js';
import { explainPairs, type ExplainedTie, type Named } from './network/explain.js';
import { networkOf } from './network/load.js';
import { resolvePerson } from './resolve.js';

export { findPaths, type PathResult, type WarmPath, type PathStep, type FirstAsk, type Nearest } from './network/paths.js';
export { reach, bridgeSuggestions, type ReachResult, type Bridge, type BridgeSuggestion } from './network/reach.js';

export interface TieInput {
  strength?: string;
  since?: string;
  how?: string;
}

export interface TieResult {
  a: Named;
  b: Named;
  tie: DeclaredTie;
  status: 'created' | 'updated';
}

async function twoPeople(db: Db, aRef: string, bRef: string): Promise<[Named, Named]> {
  const a = await resolvePerson(db, aRef);
  const b = await resolvePerson(db, bRef);
  if (a.id === b.id) throw new MaillonError('tie.self', { a: aRef, b: bRef, name: a.name });
  return [{ id: a.id, name: a.name }, { id: b.id, name: b.name }];
}

/**
 * Declares that two people know each other. Declaring the same pair again updates the tie:
 * what is given replaces what was there; what is not given is kept.
 */
export async function declareTie(ctx: AppContext, aRef: string, bRef: string, input: TieInput): Promise<TieResult> {
  const strength = input.strength === undefined ? undefined : parseTieStrength(input.strength);
  const since = input.since === undefined ? undefined : parseDay(input.since, 'since');
  if (since !== undefined && since > ctx.today) throw new MaillonError('input.bad_date', { field: 'since', value: since, reason: 'future' });
  const how = input.how === undefined ? undefined : text(input.how);
  return ctx.store.transaction(async (trx) => {
    const [a, b] = await twoPeople(trx, aRef, bRef);
    const [aId, bId] = tiePair(a.id, b.id);
    const old = await getTie(trx, aId, bId);
    const tie: DeclaredTie = {
      aId, bId,
      strength: strength ?? old?.strength ?? 'medium',
      since: since ?? old?.since ?? null,
      how: how === undefined ? (old?.how ?? null) : how,
      createdOn: old?.createdOn ?? ctx.today,
    };
    const status = await saveTie(trx, tie);
    return { a, b, tie, status };
  });
}

/** Removes a declared tie. Inferred ties cannot be removed: they follow from their evidence. */
export async function removeTie(ctx: AppContext, aRef: string, bRef: string): Promise<{ a: Named; b: Named }> {
  return ctx.store.transaction(async (trx) => {
    const [a, b] = await twoPeople(trx, aRef, bRef);
    const [aId, bId] = tiePair(a.id, b.id);
    if (!(await deleteTie(trx, aId, bId))) throw new MaillonError('tie.not_found', { a: a.name, b: b.name });
    return { a, b };
  });
}

export interface PersonTies {
  person: Named;
  /** The user's own tie to them, if any. */
  you: ExplainedTie | null;
  ties: (ExplainedTie & { person: Named })[];
  total: number;
}

/** A person's ties, declared and inferred, strongest first, each with its reasons. */
export async function personTies(ctx: AppContext, ref: string, limit = 20): Promise<PersonTies> {
  return ctx.store.read(async (db) => {
    const person = await resolvePerson(db, ref);
    const loaded = await networkOf(ctx, db);
    const node = loaded.nodeOf(person.id);
    const g = loaded.net.graph;
    const others: { node: number; weight: number }[] = [];
    let you = false;
    for (let j = g.offsets[node] ?? 0; j < (g.offsets[node + 1] ?? 0); j++) {
      const other = g.targets[j] ?? 0;
      if (other === ME) you = true;
      else others.push({ node: other, weight: g.weights[j] ?? 0 });
    }
    others.sort((x, y) => x.weight - y.weight || x.node - y.node);
    const shown = others.slice(0, limit);
    const pairs = [...(you ? [[ME, node] as const] : []), ...shown.map((o) => [node, o.node] as const)];
    const { ties, named } = await explainPairs(db, loaded, pairs);
    const mine = you ? (ties.shift() ?? null) : null;
    return {
      person: { id: person.id, name: person.name },
      you: mine,
      ties: shown.map((o, i) => ({ person: named(o.node), ...(ties[i] ?? { strength: 0, reasons: [] }) })),
      total: others.length,
    };
  });
}
