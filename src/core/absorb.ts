import { fold } from './fold.js';
import type { IncomingContact } from './incoming.js';
import { normalizeEmail, phoneTail, samePhoneNumber } from './matching.js';
import type { Circle, Day, Person, Position } from './types.js';

/** What an import may do beyond filling gaps. */
export interface AbsorbOptions {
  /** A different current organization or title is a new job (LinkedIn knows people's jobs; a phone's old card does not). */
  jobChanges: boolean;
  /** The circle given to someone not yet in any circle (LinkedIn: online). */
  circle?: Circle;
  /** Default country for phone numbers written without +prefix. */
  country?: string;
}

/** The fields an import changed, by name, so a dry run and a summary can say what. */
export type Change = 'emails' | 'phones' | 'linkedin' | 'birthday' | 'location' | 'connected' | 'notes' | 'tags' | 'circles' | 'interests' | 'position' | 'title' | 'photo';

export interface Absorbed {
  person: Person;
  changes: Change[];
  /** Set when the contact's current job differs from the known one. */
  jobChange: { from: Position; to: Position } | null;
}

/** A new person from a contact a file gave. */
export function personFrom(c: IncomingContact, id: string, today: Day, options: AbsorbOptions): Person {
  const blank: Person = {
    id, name: c.name, emails: [], phones: [], linkedin: null, location: null, birthday: null,
    interests: [], notes: null, circles: [], tags: [], positions: [], priority: null, every: null,
    metAtEventId: null, introducedById: null, createdOn: today, lastExchangeOn: null, connectedOn: null,
  };
  // The blank person is this function's own: filled in place rather than copied first.
  absorbInto(blank, c, today, options, false);
  return blank;
}

/**
 * What a contact adds to a known person. It never removes anything and never overwrites a
 * value already there (the user may have corrected it), with one exception: a newer file
 * may say that the person changed jobs, which ends the current position and opens a new one.
 */
export function absorb(known: Person, c: IncomingContact, today: Day, options: AbsorbOptions): Absorbed {
  // Lists are replaced, never grown in place; only a position may be rewritten in place.
  const p: Person = { ...known, positions: [...known.positions] };
  return absorbInto(p, c, today, options, options.jobChanges);
}

/**
 * `absorb`, writing into `p`, whose positions array the caller owns. Lists here hold a few
 * values: no Set, and a list that grows is replaced by one of exactly its new length. The
 * people of a batch live until it is written, long enough for the garbage collector to copy
 * them, and `push` on a new person's empty list reserves room for 17 values.
 */
function absorbInto(p: Person, c: IncomingContact, today: Day, options: AbsorbOptions, jobChanges: boolean): Absorbed {
  const changes: Change[] = [];
  replaceList(p, 'emails', withNew(p.emails, c.emails, emailKey), changes);
  replaceList(p, 'phones', withNewPhones(p.phones, c.phones, options.country), changes);
  fill(p, 'linkedin', c.linkedin, 'linkedin', changes);
  fill(p, 'birthday', c.birthday, 'birthday', changes);
  fill(p, 'location', c.location, 'location', changes);
  fill(p, 'connectedOn', c.connectedOn, 'connected', changes);
  const notes = c.notes?.trim();
  if (notes && !fold(p.notes ?? '').includes(fold(notes))) {
    p.notes = p.notes ? `${p.notes}\n\n${notes}` : notes;
    changes.push('notes');
  }
  replaceList(p, 'tags', withNew(p.tags, c.tags, fold), changes);
  replaceList(p, 'interests', withNew(p.interests, c.interests ?? [], fold), changes);
  replaceList(p, 'circles', withNew(p.circles, c.circles ?? [], fold), changes);
  if (p.circles.length === 0 && options.circle) {
    p.circles = [options.circle];
    changes.push('circles');
  }
  const jobChange = c.positions ? addHistory(p, c.positions, changes) : applyJob(p, c, today, jobChanges, changes);
  return { person: p, changes, jobChange };
}

/** Notes a change once. */
function changed(changes: Change[], change: Change): void {
  if (!changes.includes(change)) changes.push(change);
}

// Module-level rather than closures in absorb: an import absorbs every contact of a file.
const emailKey = (e: string) => normalizeEmail(e) ?? fold(e.trim());

/** Puts `next` in place of one of `p`'s lists, noting the change, when it is a new list. */
function replaceList<K extends 'emails' | 'phones' | 'tags' | 'interests' | 'circles'>(p: Person, key: K, next: Person[K], changes: Change[]): void {
  if (next === p[key]) return;
  p[key] = next;
  changes.push(key);
}

/** Sets an empty field from the contact. */
function fill<K extends 'linkedin' | 'birthday' | 'location' | 'connectedOn'>(p: Person, key: K, value: Person[K] | undefined, change: Change, changes: Change[]): void {
  if (p[key] === null && value) {
    p[key] = value;
    changes.push(change);
  }
}

/** `list` and the values of `incoming` not already there (compared by `key`); `list` itself when none is new. */
function withNew<T extends string>(list: T[], incoming: readonly T[], key: (v: string) => string): T[] {
  if (incoming.length === 0) return list;
  const seen = list.map(key);
  let out = list;
  for (const raw of incoming) {
    const value = raw.trim() as T;
    const k = key(value);
    if (!value || seen.includes(k)) continue;
    seen.push(k);
    out = out.concat([value]);
  }
  return out;
}

/**
 * `list` and the numbers not already there. Reading a number is slow (libphonenumber), so only
 * numbers ending with the same six digits, as equal numbers do, are read and compared.
 */
function withNewPhones(list: string[], incoming: readonly string[], country: string | undefined): string[] {
  let out = list;
  for (const raw of incoming) {
    const value = raw.trim();
    if (!value) continue;
    const tail = phoneTail(value);
    if (out.some((known) => phoneTail(known) === tail && samePhoneNumber(known, value, country))) continue;
    out = out.concat([value]);
  }
  return out;
}

const samePosition = (a: Position, b: Position) =>
  fold(a.organization) === fold(b.organization) && fold(a.title ?? '') === fold(b.title ?? '') && a.start === b.start && a.end === b.end;

/** A file with a whole history (Maillon's own vCard): positions not yet known are added, in order. */
function addHistory(p: Person, positions: readonly Position[], changes: Change[]): null {
  for (const pos of positions) {
    if (p.positions.some((known) => samePosition(known, pos))) continue;
    p.positions = p.positions.concat([pos]);
    changed(changes, 'position');
  }
  return null;
}

/** A file with the current job only (LinkedIn, CSV, most vCards). */
function applyJob(p: Person, c: IncomingContact, today: Day, jobChanges: boolean, changes: Change[]): Absorbed['jobChange'] {
  const organization = c.organization?.trim();
  const title = c.title?.trim() || null;
  if (!organization) return null;
  const index = p.positions.findIndex((x) => x.end === null);
  const current = index >= 0 ? p.positions[index] : undefined;
  const next: Position = { organization, title, start: null, end: null };
  if (!current) {
    if (!p.positions.some((x) => fold(x.organization) === fold(organization) && fold(x.title ?? '') === fold(title ?? ''))) {
      p.positions = p.positions.concat([next]);
      changes.push('position');
    }
    return null;
  }
  const sameOrg = fold(current.organization) === fold(organization);
  if (sameOrg && (!title || fold(current.title ?? '') === fold(title))) return null;
  if (sameOrg && current.title === null) {
    p.positions[index] = { ...current, title };
    changes.push('title');
    return null;
  }
  if (!jobChanges) {
    // Another app's card may be older than what the user knows: keep it, without ending anything.
    if (!p.positions.some((x) => fold(x.organization) === fold(organization))) {
      p.positions = p.positions.concat([next]);
      changes.push('position');
    }
    return null;
  }
  const ended = { ...current, end: today };
  const started = { ...next, start: today };
  p.positions[index] = ended;
  p.positions = p.positions.concat([started]);
  changes.push('position');
  return { from: ended, to: started };
}
