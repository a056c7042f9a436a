/**
 * Reciprocity: what was given and received, person by person, weighted by kind. It helps
 * the user notice who helped them, never to keep score: the words built on it say
 * "a chance to return the favour", not "you owe".
 */
import { addDays } from './dates.js';
import type { FavourDirection, FavourKind } from './tending.js';
import type { Day } from './types.js';

/** Opening a door (an introduction, a referral, a job lead) weighs more than a word of advice. */
export const FAVOUR_WEIGHTS: Readonly<Record<FavourKind, number>> = Object.freeze({
  introduction: 3, referral: 3, 'job-lead': 3, recommendation: 2, advice: 1, other: 1,
});

// A favour received is returned in its own time: the nudge waits this long after the last one.
// It weighs only the last year's favours either way ("lately" is what matters), which also
// keeps the agenda's look-up to one year of records.
export const RETURN_AFTER_DAYS = 14;
export const RETURN_WITHIN_DAYS = 365;
/** The agenda nudges about this many people at most, the most helpful first. */
export const RETURN_NUDGES = 5;

/** Favours of one direction and kind with one person, as storage counts them. */
export interface FavourTally {
  personId: string;
  direction: FavourDirection;
  kind: string;
  count: number;
  last: Day;
}

/** One direction of a balance: how many favours, their weight, the latest, and how many of each kind. */
export interface Side {
  weight: number;
  count: number;
  last: Day | null;
  kinds: Record<string, number>;
}

/** Who has done more for whom lately; 'none' when no favour was noted either way. */
export type Leaning = 'none' | 'even' | 'they-helped-more' | 'you-helped-more';

export interface Balance {
  given: Side;
  received: Side;
  leaning: Leaning;
}

export interface PersonBalance extends Balance {
  personId: string;
}

/** The weight of a kind; a kind this version does not know (from a newer backup) counts as a small favour. */
export const weightOf = (kind: string): number => (FAVOUR_WEIGHTS as Readonly<Record<string, number | undefined>>)[kind] ?? 1;

const emptySide = (): Side => ({ weight: 0, count: 0, last: null, kinds: {} });

function add(side: Side, kind: string, count: number, last: Day | null): void {
  side.weight += weightOf(kind) * count;
  side.count += count;
  side.kinds[kind] = (side.kinds[kind] ?? 0) + count;
  if (last !== null && (side.last === null || last > side.last)) side.last = last;
}

function leaningOf(given: Side, received: Side): Leaning {
  if (given.count === 0 && received.count === 0) return 'none';
  return received.weight > given.weight ? 'they-helped-more' : received.weight < given.weight ? 'you-helped-more' : 'even';
}

/** The balance of each person the tallies name, in the order they first appear. */
export function balances(tallies: readonly FavourTally[]): PersonBalance[] {
  const sides = new Map<string, { given: Side; received: Side }>();
  for (const t of tallies) {
    let entry = sides.get(t.personId);
    if (!entry) sides.set(t.personId, entry = { given: emptySide(), received: emptySide() });
    add(entry[t.direction], t.kind, t.count, t.last);
  }
  return [...sides].map(([personId, s]) => ({ personId, ...s, leaning: leaningOf(s.given, s.received) }));
}

/** One person's balance; an empty one when nothing was noted. */
export function balanceOf(tallies: readonly FavourTally[], personId: string): PersonBalance {
  return balances(tallies.filter((t) => t.personId === personId))[0]
    ?? { personId, given: emptySide(), received: emptySide(), leaning: 'none' };
}

/** Everyone together: all that was given and all that was received. */
export function overall(list: readonly Balance[]): Balance & { people: number } {
  const given = emptySide();
  const received = emptySide();
  for (const b of list) {
    for (const [kind, n] of Object.entries(b.given.kinds)) add(given, kind, n, b.given.last);
    for (const [kind, n] of Object.entries(b.received.kinds)) add(received, kind, n, b.received.last);
  }
  return { given, received, leaning: leaningOf(given, received), people: list.length };
}

/** Most helpful first: who has done the more for the user, beyond what they got back. */
export function byHelpfulness(a: Balance, b: Balance): number {
  return (b.received.weight - b.given.weight) - (a.received.weight - a.given.weight) || b.received.weight - a.received.weight;
}

/**
 * Whether a favour is waiting to be returned: they did more for the user than the user for
 * them, the last favour received is between two weeks and a year old, and nothing was given
 * since. The balance should count the last RETURN_WITHIN_DAYS only.
 */
export function waitingReturn(b: Balance, today: Day): boolean {
  const last = b.received.last;
  if (last === null || b.received.weight <= b.given.weight) return false;
  if (last > addDays(today, -RETURN_AFTER_DAYS) || last < addDays(today, -RETURN_WITHIN_DAYS)) return false;
  return b.given.last === null || b.given.last < last;
}

/** The people to nudge about returning a favour, the most helpful first, at most `limit`. */
export function toReturn<B extends Balance>(list: readonly B[], today: Day, limit = RETURN_NUDGES): B[] {
  return list.filter((b) => waitingReturn(b, today)).sort(byHelpfulness).slice(0, limit);
}
