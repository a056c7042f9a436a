import { addDays } from '../../core/dates.js';
import { tiePair, type DeclaredTie, type TieStrength } from '../../core/ties.js';
import type { Day, Person } from '../../core/types.js';
import { pick, sfc32, type DemoNetwork } from './generator.js';
import { TIE_HOW } from './vocabulary.js';

const STRENGTHS: readonly TieStrength[] = ['weak', 'weak', 'weak', 'medium', 'medium', 'medium', 'medium', 'strong', 'strong'];

/**
 * Who knows whom in the demo network, as a user would have declared it. People known of
 * but never met are tied to contacts, often at an organization they share (so they can be
 * introduced), sometimes only to other people known of (a third degree). Contacts know
 * each other too, a few of them far more than the rest: the bridges of `maillon reach`.
 */
export function generateTies(network: DemoNetwork, seed: number, today: Day): DeclaredTie[] {
  const rng = sfc32(seed + 104_729);
  const people = network.people.map((r) => r.person);
  const isKnown = (p: Person) => p.circles.length > 0 || p.priority !== null || p.lastExchangeOn !== null;
  const known = people.filter(isKnown);
  const knownOf = people.filter((p) => !isKnown(p));
  if (known.length === 0) return [];
  const byOrg = new Map<string, Person[]>();
  for (const p of known) {
    for (const org of new Set(p.positions.map((x) => x.organization))) {
      const list = byOrg.get(org) ?? [];
      if (list.length === 0) byOrg.set(org, list);
      list.push(p);
    }
  }
  // A heavy tail: a few connectors (the first drawn) bring in many of the people known of.
  const connectors = known.slice(0, Math.max(3, Math.round(known.length * 0.08)));
  const hub = () => connectors[Math.floor(connectors.length * rng() ** 2)] ?? pick(rng, known);
  const ties = new Map<string, DeclaredTie>();
  const tie = (x: Person, y: Person) => {
    if (x.id === y.id) return;
    const [aId, bId] = tiePair(x.id, y.id);
    if (ties.has(`${aId} ${bId}`)) return;
    const since = rng() < 0.7 ? addDays(today, -(200 + Math.floor(rng() * 4000))) : null;
    ties.set(`${aId} ${bId}`, {
      aId, bId, strength: pick(rng, STRENGTHS), since,
      how: rng() < 0.6 ? pick(rng, TIE_HOW) : null,
      createdOn: addDays(today, -Math.floor(rng() * 700)),
    });
  };
  // Each person known of came through one contact: a colleague at a shared organization, or
  // a connector. Some know others who came through the same contact: a world behind a bridge.
  const behind = new Map<Person, Person[]>();
  for (const p of knownOf) {
    const shared = p.positions.map((x) => byOrg.get(x.organization) ?? []);
    const count = shared.reduce((sum, list) => sum + list.length, 0);
    const via = count > 0 && rng() < 0.5 ? nth(shared, Math.floor(rng() * count)) : hub();
    tie(p, via);
    const list = behind.get(via) ?? [];
    if (list.length === 0) behind.set(via, list);
    list.push(p);
  }
  for (const group of behind.values()) {
    for (const p of group) {
      if (group.length > 1 && rng() < 0.6) tie(p, pick(rng, group));
      if (rng() < 0.1) tie(p, pick(rng, knownOf));
    }
  }
  const among = Math.round(known.length * 0.35);
  for (let k = 0; k < among; k++) tie(hub(), pick(rng, known));
  return [...ties.values()];
}

/**
 * The i-th person of the lists laid end to end, without laying them end to end: at 100,000
 * people, copying a big organization's people for each person known of took a minute.
 */
function nth(lists: readonly (readonly Person[])[], i: number): Person {
  let rest = i;
  for (const list of lists) {
    const p = list[rest];
    if (p) return p;
    rest -= list.length;
  }
  throw new Error('nth past the end of the lists');
}
