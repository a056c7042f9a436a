/**
 * The network as Maillon reasons about it: compact facts read from the store, the ties
 * inferred from them, and the graph they make. Person i of `ids` is node i + 1; node 0 is
 * the user, who is not a person row.
 */
import { dayNumber } from './dates.js';
import { buildGraph, EdgeBuffer, type Graph } from './graph/csr.js';
import type { ExchangeFact } from './health.js';
import { reason, type Reason } from './reason.js';
import {
  colleagueReason, colleagueStrength, COHORT, CROWD, DECLARED_STRENGTH, EVENT_STRENGTH, INTRODUCED_BY_USER_STRENGTH,
  INTRODUCED_STRENGTH, isStudyTitle, OPEN_END, OPEN_START, orgKind, overlapOf, sharedDays, TIE_STRENGTHS,
  TOGETHER_STRENGTH, userTie, type TieStrength, type UserTieFacts,
} from './ties.js';
import type { Circle, Day, OrgKind } from './types.js';

export const ME = 0;

/** Everything the graph is made from, by index: person i, organization o, event e. */
export interface NetworkFacts {
  /** Person ids in a fixed order (sorted), so the same data always gives the same graph. */
  ids: string[];
  orgNames: string[];
  positions: {
    person: Int32Array; org: Int32Array;
    /** Day numbers; OPEN_START when unknown, OPEN_END while current. */
    start: Int32Array; end: Int32Array;
    /** Index in `titles`, or -1. */
    title: Int32Array;
  };
  /** Each distinct title once: a million positions hold a few thousand titles. */
  titles: string[];
  events: { names: string[]; dates: Day[] };
  /** Who was at which event: met there, or an exchange there. */
  attended: { person: Int32Array; event: Int32Array };
  /** Exchanges the user had with two people or more at once. */
  meetings: { offsets: Int32Array; members: Int32Array; dates: Day[] };
  /** Introductions: introducer -> introduced; byUser when the user made it (a favour given). */
  introductions: { introducer: Int32Array; introduced: Int32Array; byUser: Uint8Array };
  declared: { a: Int32Array; b: Int32Array; strength: Uint8Array };
  /** What the user's own tie to each person rests on. */
  user: {
    circles: Map<number, Circle[]>;
    exchanges: Map<number, ExchangeFact[]>;
    metAt: Int32Array;
    introducedBy: Int32Array;
    connectedOn: (Day | null)[];
    favours: Map<number, number>;
  };
}

/** Members of groups (organizations, events, meetings) in a fixed order, and each member's rank in it. */
interface Groups {
  offsets: Int32Array;
  /** Items (positions, people) of group g: members[offsets[g] .. offsets[g + 1]). */
  members: Int32Array;
}

export interface Network {
  facts: NetworkFacts;
  graph: Graph;
  today: Day;
  orgKinds: OrgKind[];
  /** People known at each organization, at any time. */
  orgMembers: Int32Array;
  /** Positions of each organization, by start; rank of each position in it. */
  byOrg: Groups;
  positionRank: Int32Array;
  /** Positions of each person. */
  byPerson: Groups;
  /** People at each event, by index, and meetings' members. */
  byEvent: Groups;
  eventsOf: Groups;
}

/** Counting sort of items into groups, keeping item order within a group. */
function group(count: number, keyOf: Int32Array, items = keyOf.length): Groups {
  const offsets = groupOffsets(count, keyOf, items);
  const cursor = offsets.slice(0, count);
  const members = new Int32Array(items);
  for (let i = 0; i < items; i++) {
    const g = keyOf[i] ?? 0;
    members[cursor[g] ?? 0] = i;
    cursor[g] = (cursor[g] ?? 0) + 1;
  }
  return { offsets, members };
}

/** Where each group starts in `group`'s members, and where the last ends. */
function groupOffsets(count: number, keyOf: Int32Array, items: number): Int32Array {
  const offsets = new Int32Array(count + 1);
  for (let i = 0; i < items; i++) {
    const g = (keyOf[i] ?? 0) + 1;
    offsets[g] = (offsets[g] ?? 0) + 1;
  }
  for (let g = 0; g < count; g++) offsets[g + 1] = (offsets[g + 1] ?? 0) + (offsets[g] ?? 0);
  return offsets;
}

/**
 * Items grouped as by `group`, each group then sorted by a key, then by a second key, then by
 * item. Keys and items are packed in one number so the engine's numeric sort does the work
 * without a comparator call per step; only runs of equal first keys are then sorted by the
 * second. The numbers are packed while items are read in order, so keys are read in sequence
 * rather than at random, group by group.
 */
function groupSortedBy(count: number, keyOf: Int32Array, key: Int32Array, second: Int32Array): Groups {
  const byBoth = (x: number, y: number) => (key[x] ?? 0) - (key[y] ?? 0) || (second[x] ?? 0) - (second[y] ?? 0) || x - y;
  const SHIFT = 4_194_304; // 2^22 items; key * 2^22 + item stays exact below 2^53
  if (keyOf.length >= SHIFT) {
    const groups = group(count, keyOf);
    const { offsets, members } = groups;
    for (let g = 0; g + 1 < offsets.length; g++) members.subarray(offsets[g] ?? 0, offsets[g + 1] ?? 0).sort(byBoth);
    return groups;
  }
  const offsets = groupOffsets(count, keyOf, keyOf.length);
  const cursor = offsets.slice(0, count);
  const packed = new Float64Array(keyOf.length);
  for (let i = 0; i < keyOf.length; i++) {
    const g = keyOf[i] ?? 0;
    packed[cursor[g] ?? 0] = (key[i] ?? 0) * SHIFT + i;
    cursor[g] = (cursor[g] ?? 0) + 1;
  }
  for (let g = 0; g < count; g++) {
    const from = offsets[g] ?? 0, to = offsets[g + 1] ?? 0;
    if (to - from > SMALL_SORT) packed.subarray(from, to).sort();
    else if (to - from > 1) insertionSort(packed, from, to);
  }
  const members = new Int32Array(keyOf.length);
  for (let i = 0; i < members.length; i++) {
    const v = packed[i] ?? 0;
    members[i] = v - Math.floor(v / SHIFT) * SHIFT;
  }
  for (let g = 0; g < count; g++) {
    const to = offsets[g + 1] ?? 0;
    for (let i = offsets[g] ?? 0; i < to;) {
      let j = i + 1;
      // The packed numbers hold each member's key: read there, not at random in `key`.
      while (j < to && Math.floor((packed[j] ?? 0) / SHIFT) === Math.floor((packed[i] ?? 0) / SHIFT)) j++;
      if (j - i > 1) members.subarray(i, j).sort(byBoth);
      i = j;
    }
  }
  return { offsets, members };
}

/**
 * Up to this many numbers, groupSortedBy sorts them in place itself: most groups hold a few, and
 * a sort call on a view of them costs more than sorting them.
 */
const SMALL_SORT = 16;

/** Sorts numbers[from, to) in place, smallest first. */
function insertionSort(numbers: Float64Array, from: number, to: number): void {
  for (let i = from + 1; i < to; i++) {
    const v = numbers[i] ?? 0;
    let j = i - 1;
    while (j >= from && (numbers[j] ?? 0) > v) {
      numbers[j + 1] = numbers[j] ?? 0;
      j--;
    }
    numbers[j + 1] = v;
  }
}

/** Pairs in a list: all of them in a small group, each with its COHORT nearest in a crowd. */
function eachPair(list: ArrayLike<number>, from: number, to: number, visit: (x: number, y: number) => void): void {
  const crowd = to - from > CROWD;
  for (let i = from; i < to; i++) {
    const last = crowd ? Math.min(to, i + 1 + COHORT) : to;
    for (let j = i + 1; j < last; j++) visit(list[i] ?? 0, list[j] ?? 0);
  }
}

/** Whether two members of one group, at these ranks in a group of this size, count as knowing each other. */
const paired = (size: number, rankX: number, rankY: number): boolean => size <= CROWD || Math.abs(rankX - rankY) <= COHORT;

/** The user's tie facts for one person, in words-ready form. */
export function userFactsOf(f: NetworkFacts, person: number, names: (node: number) => string): UserTieFacts {
  const event = f.user.metAt[person] ?? -1;
  const by = f.user.introducedBy[person] ?? -1;
  return {
    circles: f.user.circles.get(person) ?? [],
    exchanges: f.user.exchanges.get(person) ?? [],
    metAt: event >= 0 ? (f.events.names[event] ?? null) : null,
    introducedBy: by >= 0 ? names(by + 1) : null,
    connectedOn: f.user.connectedOn[person] ?? null,
    favours: f.user.favours.get(person) ?? 0,
  };
}

/**
 * Infers every tie and builds the graph: declared ties, colleagues with overlapping
 * positions, people at the same event or meeting, introductions, and the user's own ties.
 */
export function buildNetwork(f: NetworkFacts, today: Day): Network {
  const n = f.ids.length;
  const todayNum = dayNumber(today);
  const pos = f.positions;
  const positions = pos.person.length;
  const orgCount = f.orgNames.length;
  // Same start (or none known): by person, so the order does not depend on how rows were stored.
  const byOrg = groupSortedBy(orgCount, pos.org, pos.start, pos.person);
  // Room for every tie the windows below could give, so the buffer never grows (and copies).
  let windows = 0;
  for (let o = 0; o < orgCount; o++) {
    const size = (byOrg.offsets[o + 1] ?? 0) - (byOrg.offsets[o] ?? 0);
    windows += size <= COHORT + 1 ? (size * (size - 1)) / 2 : COHORT * (size - COHORT - 1) + (COHORT * (COHORT + 1)) / 2;
  }
  const edges = new EdgeBuffer(1024 + f.declared.a.length + windows + f.introductions.introducer.length + n);

  for (let i = 0; i < f.declared.a.length; i++) {
    const strength = TIE_STRENGTHS[f.declared.strength[i] ?? 0] ?? 'weak';
    edges.push((f.declared.a[i] ?? 0) + 1, (f.declared.b[i] ?? 0) + 1, DECLARED_STRENGTH[strength]);
  }

  // Colleagues: positions grouped by organization and ordered by start.
  const orgMembers = new Int32Array(orgCount);
  const orgKinds: OrgKind[] = [];
  const positionRank = new Int32Array(positions);
  const study = Uint8Array.from(f.titles, (t) => (isStudyTitle(t) ? 1 : 0));
  // The window below reads neighbours in this order: copied once into it, they are read in sequence.
  const list = byOrg.members;
  const person = new Int32Array(positions), start = new Int32Array(positions), end = new Int32Array(positions);
  const studies = new Uint8Array(positions);
  for (let r = 0; r < positions; r++) {
    const p = list[r] ?? 0;
    person[r] = pos.person[p] ?? 0;
    start[r] = pos.start[p] ?? 0;
    end[r] = pos.end[p] ?? 0;
    studies[r] = study[pos.title[p] ?? -1] ?? 0;
  }
  const seen = new Int32Array(n).fill(-1);
  for (let o = 0; o < orgCount; o++) {
    const from = byOrg.offsets[o] ?? 0, to = byOrg.offsets[o + 1] ?? 0;
    let members = 0, studied = 0;
    for (let r = from; r < to; r++) {
      positionRank[list[r] ?? 0] = r - from;
      const who = person[r] ?? 0;
      if (seen[who] !== o) {
        seen[who] = o;
        members++;
      }
      studied += studies[r] ?? 0;
    }
    orgMembers[o] = members;
    const kind = orgKind(f.orgNames[o] ?? '', to > from ? studied / (to - from) : 0);
    orgKinds.push(kind);
    const long = colleagueStrength(kind, members, Infinity), brief = colleagueStrength(kind, members, 0);
    for (let i = from; i < to; i++) {
      const a = person[i] ?? 0, aStart = start[i] ?? 0, aEnd = end[i] ?? 0;
      const last = Math.min(to, i + 1 + COHORT);
      for (let j = i + 1; j < last; j++) {
        const b = person[j] ?? 0;
        if (a === b) continue;
        const days = sharedDays(aStart, aEnd, start[j] ?? 0, end[j] ?? 0, todayNum);
        if (days >= 0) edges.push(a + 1, b + 1, days < 180 ? brief : long);
      }
    }
  }

  // Events: each attendee once, in index order.
  const byEvent = uniqueMembers(f.events.names.length, f.attended.event, f.attended.person);
  for (let e = 0; e < f.events.names.length; e++) {
    eachPair(byEvent.members, byEvent.offsets[e] ?? 0, byEvent.offsets[e + 1] ?? 0, (x, y) => { edges.push(x + 1, y + 1, EVENT_STRENGTH); });
  }
  const meetings = f.meetings;
  for (let m = 0; m + 1 < meetings.offsets.length; m++) {
    eachPair(meetings.members, meetings.offsets[m] ?? 0, meetings.offsets[m + 1] ?? 0, (x, y) => { edges.push(x + 1, y + 1, TOGETHER_STRENGTH); });
  }
  const intro = f.introductions;
  for (let i = 0; i < intro.introducer.length; i++) {
    edges.push((intro.introducer[i] ?? 0) + 1, (intro.introduced[i] ?? 0) + 1, intro.byUser[i] ? INTRODUCED_BY_USER_STRENGTH : INTRODUCED_STRENGTH);
  }

  // The user's own ties: only people with some evidence; the others are known of, not known.
  const candidates = new Set<number>([...f.user.circles.keys(), ...f.user.exchanges.keys(), ...f.user.favours.keys()]);
  for (let p = 0; p < n; p++) {
    if ((f.user.metAt[p] ?? -1) >= 0 || (f.user.introducedBy[p] ?? -1) >= 0 || f.user.connectedOn[p]) candidates.add(p);
  }
  for (const p of [...candidates].sort((x, y) => x - y)) {
    // Names do not change a strength; they only fill reasons, which are not kept here.
    const strength = userTie(userFactsOf(f, p, () => ''), today).strength;
    edges.push(ME, p + 1, strength);
  }

  const graph = buildGraph(n + 1, edges);
  const eventsOf = group(n, f.attended.person);
  return { facts: f, graph, today, orgKinds, orgMembers, byOrg, positionRank, byPerson: group(n, pos.person), byEvent, eventsOf };
}

/** Each group's members once, sorted, so ranks in a group do not depend on input order. */
function uniqueMembers(count: number, groupOf: Int32Array, memberOf: Int32Array): Groups {
  const raw = group(count, groupOf);
  const offsets = new Int32Array(count + 1);
  const members: number[] = [];
  for (let g = 0; g < count; g++) {
    const list = [...new Set(Array.from(raw.members.subarray(raw.offsets[g] ?? 0, raw.offsets[g + 1] ?? 0), (i) => memberOf[i] ?? 0))].sort((x, y) => x - y);
    members.push(...list);
    offsets[g + 1] = members.length;
  }
  return { offsets, members: Int32Array.from(members) };
}

function rankIn(list: Int32Array, from: number, to: number, value: number): number {
  let lo = from, hi = to - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = list[mid] ?? 0;
    if (v === value) return mid - from;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** A declared tie as the explanation needs it. */
export interface DeclaredFacts {
  strength: TieStrength;
  since: Day | null;
  how: string | null;
}

/**
 * Why two people (nodes, neither the user) are tied: the same evidence the graph was built
 * from, in reasons. `names` gives a node's name, for introductions.
 */
export function explainTie(net: Network, u: number, v: number, declared: DeclaredFacts | null, names: (node: number) => string): Reason[] {
  const f = net.facts;
  const a = u - 1, b = v - 1;
  const reasons: Reason[] = [];
  if (declared) reasons.push(reason('tie.declared', { strength: declared.strength, since: declared.since ?? '', how: declared.how ?? '' }));
  const pos = f.positions;
  const mine = net.byPerson.members.subarray(net.byPerson.offsets[a] ?? 0, net.byPerson.offsets[a + 1] ?? 0);
  const theirs = net.byPerson.members.subarray(net.byPerson.offsets[b] ?? 0, net.byPerson.offsets[b + 1] ?? 0);
  for (const p of mine) {
    for (const q of theirs) {
      const o = pos.org[p] ?? -1;
      if (o !== pos.org[q] || Math.abs((net.positionRank[p] ?? 0) - (net.positionRank[q] ?? 0)) > COHORT) continue;
      const span = overlapOf(pos.start[p] ?? 0, pos.end[p] ?? 0, pos.start[q] ?? 0, pos.end[q] ?? 0);
      if (span) reasons.push(colleagueReason(f.orgNames[o] ?? '', net.orgKinds[o] ?? 'company', span));
    }
  }
  const ev = net.byEvent;
  const shared = new Set(Array.from(net.eventsOf.members.subarray(net.eventsOf.offsets[a] ?? 0, net.eventsOf.offsets[a + 1] ?? 0), (i) => f.attended.event[i] ?? -1));
  for (const i of net.eventsOf.members.subarray(net.eventsOf.offsets[b] ?? 0, net.eventsOf.offsets[b + 1] ?? 0)) {
    const e = f.attended.event[i] ?? -1;
    if (!shared.delete(e)) continue;
    const from = ev.offsets[e] ?? 0, to = ev.offsets[e + 1] ?? 0;
    if (paired(to - from, rankIn(ev.members, from, to, a), rankIn(ev.members, from, to, b))) {
      reasons.push(reason('tie.event', { event: f.events.names[e] ?? '', date: f.events.dates[e] ?? '' }));
    }
  }
  const m = f.meetings;
  const together: Day[] = [];
  for (let g = 0; g + 1 < m.offsets.length; g++) {
    const from = m.offsets[g] ?? 0, to = m.offsets[g + 1] ?? 0;
    let ra = -1, rb = -1;
    for (let i = from; i < to; i++) {
      if (m.members[i] === a) ra = i - from;
      if (m.members[i] === b) rb = i - from;
    }
    if (ra >= 0 && rb >= 0 && paired(to - from, ra, rb)) together.push(m.dates[g] ?? '');
  }
  if (together.length > 0) reasons.push(reason('tie.together', { count: together.length, last: together.sort().at(-1) ?? '' }));
  const intro = f.introductions;
  for (let i = 0; i < intro.introducer.length; i++) {
    const x = intro.introducer[i] ?? -1, y = intro.introduced[i] ?? -1;
    if (!((x === a && y === b) || (x === b && y === a))) continue;
    reasons.push(intro.byUser[i]
      ? reason('tie.introduced-by-you', {})
      : reason('tie.introduced', { introducer: names(x + 1), introduced: names(y + 1) }));
  }
  return reasons;
}

/** Why the user is tied to a person (node), in reasons. */
export function explainUserTie(net: Network, node: number, names: (node: number) => string): Reason[] {
  return userTie(userFactsOf(net.facts, node - 1, names), net.today).reasons;
}

/** The nodes whose names explaining these nodes' ties needs: themselves and who introduced them. */
export function namesNeeded(net: Network, nodes: Iterable<number>): number[] {
  const out = new Set<number>();
  const intro = net.facts.introductions;
  const wanted = new Set(nodes);
  for (const node of wanted) {
    if (node === ME) continue;
    out.add(node);
    const by = net.facts.user.introducedBy[node - 1] ?? -1;
    if (by >= 0) out.add(by + 1);
  }
  for (let i = 0; i < intro.introducer.length; i++) {
    const x = (intro.introducer[i] ?? 0) + 1, y = (intro.introduced[i] ?? 0) + 1;
    if (wanted.has(x) || wanted.has(y)) {
      out.add(x);
      out.add(y);
    }
  }
  return [...out];
}

/** A person's position now: the latest one without an end, if any. */
export function currentPosition(net: Network, node: number): { org: number; title: string | null } | null {
  const pos = net.facts.positions;
  const list = net.byPerson.members.subarray(net.byPerson.offsets[node - 1] ?? 0, net.byPerson.offsets[node] ?? 0);
  let best = -1;
  for (const p of list) if (pos.end[p] === OPEN_END && (best < 0 || (pos.start[p] ?? 0) >= (pos.start[best] ?? 0))) best = p;
  return best < 0 ? null : { org: pos.org[best] ?? 0, title: net.facts.titles[pos.title[best] ?? -1] ?? null };
}

export { OPEN_END, OPEN_START };
