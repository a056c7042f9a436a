import { cadenceOf } from '../core/cadence.js';
import { MaillonError } from '../core/errors.js';
import { birthdayFrom } from '../core/birthday.js';
import { fold } from '../core/fold.js';
import { health, type Health } from '../core/health.js';
import { rerank } from '../core/priorities.js';
import { balanceOf, type PersonBalance } from '../core/reciprocity.js';
import type { Day, Person, Position } from '../core/types.js';
import { parseCircle, parseEmail, parseLinkedIn, parseWhole, text } from '../core/validate.js';
import { getEvent } from '../storage/event.repository.js';
import { rebuildSearch } from '../storage/backup.repository.js';
import { exchangeFacts, exchangesOf } from '../storage/exchange.repository.js';
import { favourTallies } from '../storage/favour.repository.js';
import { deletePerson, getPerson, insertPeople, rankedIds, updatePerson, writeRanks } from '../storage/person.repository.js';
import { nextDueOf } from '../storage/prompt.repository.js';
import { readSettings } from '../storage/settings.repository.js';
import type { Db } from '../storage/store.js';
import type { AppContext } from './context.js';
import { syncKeepInTouch } from './keep-in-touch.js';
import { resolveEvent, resolvePerson } from './resolve.js';

/** What `person add` and `person edit` accept, as typed; everything is checked here. */
export interface PersonInput {
  name?: string;
  emails?: string[];
  phones?: string[];
  org?: string;
  title?: string;
  circles?: string[];
  tags?: string[];
  interests?: string[];
  priority?: string;
  every?: string;
  metAt?: string;
  introducedBy?: string;
  linkedin?: string;
  location?: string;
  birthday?: string;
  note?: string;
}

/** On edit, lists grow by default; these take values out. */
export interface PersonRemovals {
  emails?: string[];
  phones?: string[];
  circles?: string[];
  tags?: string[];
  interests?: string[];
}


const uniq = <T>(xs: readonly T[]): T[] => [...new Set(xs)];

/** The "how met" search text of a person: the event's and the introducer's names. */
export async function metText(db: Db, person: Person): Promise<string> {
  const parts: string[] = [];
  if (person.metAtEventId) parts.push((await getEvent(db, person.metAtEventId))?.name ?? '');
  if (person.introducedById) parts.push((await getPerson(db, person.introducedById))?.name ?? '');
  return parts.join(' ');
}

/** Applies typed input onto a person: validates everything before anything is written. */
async function apply(db: Db, person: Person, input: PersonInput, removals: PersonRemovals, today: Day): Promise<Person> {
  const next: Person = { ...person, positions: [...person.positions] };
  if (input.name !== undefined) {
    const name = text(input.name);
    if (!name) throw new MaillonError('person.name_required');
    next.name = name;
  }
  const drop = <T>(list: T[], out: T[] | undefined) => (out ? list.filter((x) => !out.includes(x)) : list);
  next.emails = drop(uniq([...person.emails, ...(input.emails ?? []).map(parseEmail)]), removals.emails?.map((e) => e.trim().toLowerCase()));
  next.phones = drop(uniq([...person.phones, ...(input.phones ?? []).map((p) => p.trim()).filter(Boolean)]), removals.phones?.map((p) => p.trim()));
  next.circles = drop(uniq([...person.circles, ...(input.circles ?? []).map(parseCircle)]), removals.circles?.map(parseCircle));
  next.tags = drop(uniq([...person.tags, ...(input.tags ?? []).map((t) => t.trim()).filter(Boolean)]), removals.tags?.map((t) => t.trim()));
  next.interests = drop(uniq([...person.interests, ...(input.interests ?? []).map((t) => t.trim()).filter(Boolean)]), removals.interests?.map((t) => t.trim()));
  if (input.linkedin !== undefined) next.linkedin = input.linkedin.trim() ? parseLinkedIn(input.linkedin) : null;
  if (input.location !== undefined) next.location = text(input.location);
  if (input.birthday !== undefined) next.birthday = input.birthday.trim() ? birthdayFrom(input.birthday, today) : null;
  if (input.every !== undefined) next.every = input.every.trim() === '0' ? null : parseWhole(input.every, 'every', 1, 3650);
  if (input.metAt !== undefined) next.metAtEventId = input.metAt.trim() ? (await resolveEvent(db, input.metAt)).id : null;
  if (input.introducedBy !== undefined) {
    next.introducedById = input.introducedBy.trim() ? (await resolvePerson(db, input.introducedBy)).id : null;
    if (next.introducedById === person.id) throw new MaillonError('person.not_found', { ref: input.introducedBy });
  }
  if (input.note !== undefined && text(input.note)) {
    // Notes only grow on edit: a new note is added below the old ones, never over them.
    next.notes = person.notes ? `${person.notes}\n${today}: ${text(input.note) ?? ''}` : text(input.note);
  }
  if (input.org !== undefined || input.title !== undefined) next.positions = movePosition(next.positions, input.org, input.title, today, person.createdOn === today);
  return next;
}

/**
 * A new organization or title is a new position: the current one ends today, so the
 * person's history is kept. On the day a person is added, it simply sets their position.
 */
function movePosition(positions: Position[], org: string | undefined, title: string | undefined, today: Day, isNew: boolean): Position[] {
  const current = positions.findLast((p) => p.end === null);
  const organization = text(org) ?? current?.organization;
  if (!organization) throw new MaillonError('input.empty', { field: 'org' });
  // The same organization however it is typed ("acme" for "Acme"), as organizations are matched.
  const same = current !== undefined && fold(current.organization) === fold(organization);
  const nextTitle = title !== undefined ? text(title) : same ? current.title : null;
  if (same && current.title === nextTitle) return positions;
  if (isNew || !current) return [...positions.filter((p) => p !== current), { organization, title: nextTitle, start: current?.start ?? null, end: null }];
  return [...positions.map((p) => (p === current ? { ...p, end: today } : p)), { organization, title: nextTitle, start: today, end: null }];
}

export async function addPerson(ctx: AppContext, input: PersonInput): Promise<Person> {
  return ctx.store.transaction(async (trx) => {
    const blank: Person = {
      id: ctx.newId(), name: '', emails: [], phones: [], linkedin: null, location: null, birthday: null,
      interests: [], notes: null, circles: [], tags: [], positions: [], priority: null, every: null,
      metAtEventId: null, introducedById: null, createdOn: ctx.today, lastExchangeOn: null, connectedOn: null,
    };
    const person = await apply(trx, blank, { ...input, name: input.name ?? '' }, {}, ctx.today);
    await insertPeople(trx, [{ person, metText: await metText(trx, person) }], ctx.newId);
    if (input.priority !== undefined) await setRank(ctx, trx, person.id, parseRank(input.priority));
    else await syncKeepInTouch(trx, [person.id], await readSettings(trx), ctx.today, ctx.newId);
    return (await getPerson(trx, person.id)) ?? person;
  });
}

export async function editPerson(ctx: AppContext, ref: string, input: PersonInput, removals: PersonRemovals): Promise<Person> {
  return ctx.store.transaction(async (trx) => {
    const { id } = await resolvePerson(trx, ref);
    const before = await getPerson(trx, id);
    if (!before) throw new MaillonError('person.not_found', { ref });
    const person = await apply(trx, before, input, removals, ctx.today);
    await updatePerson(trx, { person, metText: await metText(trx, person) }, ctx.newId);
    // Those this person introduced are found by the introducer's name: keep it current.
    if (person.name !== before.name) await rebuildSearch(trx, await introducedBy(trx, id));
    if (input.priority !== undefined) await setRank(ctx, trx, id, parseRank(input.priority));
    else await syncKeepInTouch(trx, [id], await readSettings(trx), ctx.today, ctx.newId);
    return (await getPerson(trx, id)) ?? person;
  });
}

async function introducedBy(db: Db, id: string): Promise<string[]> {
  return (await db.selectFrom('person').select('id').where('introduced_by_id', '=', id).execute()).map((r) => r.id);
}

/** Erases a person and all that is known of them; returns their name for the confirmation. */
export async function removePerson(ctx: AppContext, ref: string): Promise<{ id: string; name: string }> {
  return ctx.store.transaction(async (trx) => {
    const { id, name } = await resolvePerson(trx, ref);
    const order = await rankedIds(trx);
    const introduced = await introducedBy(trx, id);
    await deletePerson(trx, id);
    // An erased name must not keep finding the people this person introduced.
    await rebuildSearch(trx, introduced);
    if (order.includes(id)) await writeRanks(trx, order.filter((x) => x !== id));
    return { id, name };
  });
}

/** A rank from the command line: 1 or more, or 0 for "not ranked". */
export function parseRank(value: string): number | null {
  const n = parseWhole(value, 'priority', 0, 1_000_000);
  return n === 0 ? null : n;
}

/** Moves a person to a rank (null: out of the ranking) and re-times everyone whose cadence moved. */
export async function setRank(ctx: AppContext, db: Db, id: string, rank: number | null): Promise<void> {
  const changed = await writeRanks(db, rerank(await rankedIds(db), id, rank));
  await syncKeepInTouch(db, [...new Set([...changed, id])], await readSettings(db), ctx.today, ctx.newId);
}

export interface PersonView {
  person: Person;
  health: Health;
  cadence: number | null;
  nextDue: Day | null;
  metAt: { id: string; name: string; date: Day } | null;
  introducedBy: { id: string; name: string } | null;
  exchanges: Awaited<ReturnType<typeof exchangesOf>>;
  exchangeCount: number;
  /** Favours given and received, weighted by kind. */
  balance: PersonBalance;
}

/** Everything `person show` presents. */
export async function showPerson(ctx: AppContext, ref: string): Promise<PersonView> {
  return ctx.store.read(async (db) => {
    const { id } = await resolvePerson(db, ref);
    const person = await getPerson(db, id);
    if (!person) throw new MaillonError('person.not_found', { ref });
    const [facts, due, exchanges, settings, tallies] = await Promise.all([
      exchangeFacts(db, [id]), nextDueOf(db, [id]), exchangesOf(db, id, 10), readSettings(db), favourTallies(db, ctx.today, [id]),
    ]);
    const event = person.metAtEventId ? await getEvent(db, person.metAtEventId) : undefined;
    const introducer = person.introducedById ? await getPerson(db, person.introducedById) : undefined;
    return {
      person,
      health: health(facts.get(id) ?? [], ctx.today),
      cadence: cadenceOf(person, settings),
      nextDue: due.get(id) ?? null,
      metAt: event ? { id: event.id, name: event.name, date: event.date } : null,
      introducedBy: introducer ? { id: introducer.id, name: introducer.name } : null,
      exchanges,
      // The facts hold every exchange already: no need to load them all to count them.
      exchangeCount: facts.get(id)?.length ?? 0,
      balance: balanceOf(tallies, id),
    };
  });
}
