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
  absorbInto(blank, c, today, { ...options, jobChanges: false });
  return blank;
}

/**
 * What a contact adds to a known person. It never removes anything and never overwrites a
 * value already there (the user may have corrected it), with one exception: a newer file
 * may say that the person changed jobs, which ends the current position and opens a new one.
 */
export function absorb(known: Person, c: IncomingContact, today: Day, options: AbsorbOptions): Absorbed {
  const p: Person = { ...known, emails: [...known.emails], phones: [...known.phones], positions: [...known.positions] };
  return absorbInto(p, c, today, options);
}

/** `absorb`, writing into `p`, a copy the caller owns. */
function absorbInto(p: Person, c: IncomingContact, today: Day, options: AbsorbOptions): Absorbed {
  const changes = new Set<Change>();
  const emails = addNew(p.emails, c.emails, emailKey);
  if (emails) changes.add('emails');
  const phones = addNewPhones(p.phones, c.phones, options.country);
  if (phones) changes.add('phones');
  fill(p, 'linkedin', c.linkedin, 'linkedin', changes);
  fill(p, 'birthday', c.birthday, 'birthday', changes);
  fill(p, 'location', c.location, 'location', changes);
  fill(p, 'connectedOn', c.connectedOn, 'connected', changes);
  const notes = c.notes?.trim();
  if (notes && !fold(p.notes ?? '').includes(fold(notes))) {
    p.notes = p.notes ? `${p.notes}\n\n${notes}` : notes;
    changes.add('notes');
  }
  p.tags = union(p.tags, c.tags, 'tags', changes);
  p.interests = union(p.interests, c.interests ?? [], 'interests', changes);
  p.circles = union(p.circles, c.circles ?? [], 'circles', changes);
  if (p.circles.length === 0 && options.circle) {
    p.circles = [options.circle];
    changes.add('circles');
  }
  const jobChange = c.positions ? addHistory(p, c.positions, changes) : applyJob(p, c, today, options, changes);
  return { person: p, changes: [...changes], jobChange };
}

// Module-level rather than closures in absorb: an import absorbs every contact of a file.
const emailKey = (e: string) => normalizeEmail(e) ?? fold(e.trim());

/** Sets an empty field from the contact. */
function fill<K extends 'linkedin' | 'birthday' | 'location' | 'connectedOn'>(p: Person, key: K, value: Person[K] | undefined, change: Change, changes: Set<Change>): void {
  if (p[key] === null && value) {
    p[key] = value;
    changes.add(change);
  }
}

/** Appends the values not already there (compared by `key`); true when any was added. */
function addNew(list: string[], incoming: readonly string[], key: (v: string) => string): boolean {
  if (incoming.length === 0) return false;
  const seen = new Set(list.map(key));
  let added = false;
  for (const raw of incoming) {
    const value = raw.trim();
    const k = key(value);
    if (!value || seen.has(k)) continue;
    seen.add(k);
    list.push(value);
    added = true;
  }
  return added;
}

/**
 * Adds the numbers not already there. Reading a number is slow (libphonenumber), so only
 * numbers ending with the same six digits, as equal numbers do, are read and compared.
 */
function addNewPhones(list: string[], incoming: readonly string[], country: string | undefined): boolean {
  let added = false;
  for (const raw of incoming) {
    const value = raw.trim();
    if (!value) continue;
    const tail = phoneTail(value);
    if (list.some((known) => phoneTail(known) === tail && samePhoneNumber(known, value, country))) continue;
    list.push(value);
    added = true;
  }
  return added;
}

function union<T extends string>(list: readonly T[], incoming: readonly T[], change: Change, changes: Set<Change>): T[] {
  // A copy all the same: the person absorb returns shares no array with the one it was given.
  if (incoming.length === 0) return list.slice();
  const out = [...list];
  if (addNew(out, incoming, fold)) changes.add(change);
  return out;
}

const samePosition = (a: Position, b: Position) =>
  fold(a.organization) === fold(b.organization) && fold(a.title ?? '') === fold(b.title ?? '') && a.start === b.start && a.end === b.end;

/** A file with a whole history (Maillon's own vCard): positions not yet known are added, in order. */
function addHistory(p: Person, positions: readonly Position[], changes: Set<Change>): null {
  for (const pos of positions) {
    if (p.positions.some((known) => samePosition(known, pos))) continue;
    p.positions.push(pos);
    changes.add('position');
  }
  return null;
}

/** A file with the current job only (LinkedIn, CSV, most vCards). */
function applyJob(p: Person, c: IncomingContact, today: Day, options: AbsorbOptions, changes: Set<Change>): Absorbed['jobChange'] {
  const organization = c.organization?.trim();
  const title = c.title?.trim() || null;
  if (!organization) return null;
  const index = p.positions.findIndex((x) => x.end === null);
  const current = index >= 0 ? p.positions[index] : undefined;
  const next: Position = { organization, title, start: null, end: null };
  if (!current) {
    if (!p.positions.some((x) => fold(x.organization) === fold(organization) && fold(x.title ?? '') === fold(title ?? ''))) {
      p.positions.push(next);
      changes.add('position');
    }
    return null;
  }
  const sameOrg = fold(current.organization) === fold(organization);
  if (sameOrg && (!title || fold(current.title ?? '') === fold(title))) return null;
  if (sameOrg && current.title === null) {
    p.positions[index] = { ...current, title };
    changes.add('title');
    return null;
  }
  if (!options.jobChanges) {
    // Another app's card may be older than what the user knows: keep it, without ending anything.
    if (!p.positions.some((x) => fold(x.organization) === fold(organization))) {
      p.positions.push(next);
      changes.add('position');
    }
    return null;
  }
  const ended = { ...current, end: today };
  const started = { ...next, start: today };
  p.positions[index] = ended;
  p.positions.push(started);
  changes.add('position');
  return { from: ended, to: started };
}
