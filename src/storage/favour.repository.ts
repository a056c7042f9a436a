import { sql, type Selectable } from 'kysely';
import { FAVOUR_WEIGHTS, type FavourTally } from '../core/reciprocity.js';
import type { Favour, FavourDirection, FavourKind } from '../core/tending.js';
import type { Day } from '../core/types.js';
import { chunks } from './batch.js';
import type { FavourTable } from './schema.js';
import type { Db } from './store.js';

export async function insertFavour(db: Db, f: Favour): Promise<void> {
  await db.insertInto('favour').values({
    id: f.id, direction: f.direction, person_id: f.personId, kind: f.kind, date: f.date, note: f.note,
    introduced_id: f.introducedId, thanked_on: f.thankedOn,
  }).execute();
}

function fromRow(r: Selectable<FavourTable>): Favour {
  return {
    id: r.id, direction: r.direction as FavourDirection, personId: r.person_id, kind: r.kind as FavourKind, date: r.date,
    note: r.note, introducedId: r.introduced_id, thankedOn: r.thanked_on,
  };
}

/** A person's favours, newest first. */
export async function favoursOf(db: Db, personId: string): Promise<Favour[]> {
  const rows = await db.selectFrom('favour').selectAll().where('person_id', '=', personId)
    .orderBy('date', 'desc').orderBy('id', 'desc').execute();
  return rows.map(fromRow);
}

/**
 * Favours counted by person, direction and kind, up to a day (and from one, if given): what
 * balances are computed from. Without `personIds`, the whole table is read once, grouped in the database.
 */
export async function favourTallies(db: Db, upTo: Day, personIds?: readonly string[], from?: Day): Promise<FavourTally[]> {
  let query = db.selectFrom('favour')
    .select(['person_id', 'direction', 'kind', (eb) => eb.fn.countAll().as('n'), (eb) => eb.fn.max('date').as('last')])
    .where('date', '<=', upTo)
    .groupBy(['person_id', 'direction', 'kind']);
  if (from !== undefined) query = query.where('date', '>=', from);
  const rows = personIds === undefined
    ? await query.execute()
    : (await Promise.all(chunks(personIds).map((part) => query.where('person_id', 'in', part).execute()))).flat();
  // PostgreSQL returns counts as strings (bigint): Number() serves both dialects.
  return rows.map((r) => ({ personId: r.person_id, direction: r.direction as FavourDirection, kind: r.kind, count: Number(r.n), last: r.last }));
}

// The weight of a favour in SQL, from core's table; a kind it does not list weighs 1, as in core.
// Literals, not parameters: the database then sees each sum below as one expression and
// computes it once, however often HAVING and ORDER BY repeat it (twice as fast on SQLite).
const weight = sql<number>`case kind ${sql.join(Object.entries(FAVOUR_WEIGHTS).map(([k, w]) => sql`when ${sql.lit(k)} then ${sql.lit(w)}`), sql` `)} else 1 end`;

/**
 * The people who may be waiting for a favour in return, the most helpful first, counting the
 * favours from `from` to `upTo`: more weight received than given, the last favour received on
 * or before `lastBy`, nothing given since. One grouped pass over the favour table, so the
 * agenda never loads every balance; core's `toReturn` then judges the few found.
 */
export async function returnCandidates(db: Db, from: Day, upTo: Day, lastBy: Day, limit: number): Promise<string[]> {
  const received = sql<number>`sum(case when direction = 'received' then ${weight} else 0 end)`;
  const given = sql<number>`sum(case when direction = 'given' then ${weight} else 0 end)`;
  const lastReceived = sql<string | null>`max(case when direction = 'received' then date end)`;
  const lastGiven = sql<string>`coalesce(max(case when direction = 'given' then date end), '')`;
  // Grouping by an expression keeps SQLite from walking favour_person row by row (3x slower
  // than one table scan and a sort of the year's favours); PostgreSQL hashes either way.
  const person = sql<string>`person_id || ''`;
  const rows = await db.selectFrom('favour').select(person.as('person_id'))
    .where('date', '>=', from).where('date', '<=', upTo)
    .groupBy(person)
    .having(lastReceived, '<=', lastBy)
    .having(lastGiven, '<', lastReceived)
    .having(received, '>', given)
    .orderBy(sql`${received} - ${given}`, 'desc').orderBy(received, 'desc').orderBy(person)
    .limit(limit)
    .execute();
  return rows.map((r) => r.person_id);
}

/** Each person's latest favour received, up to a day. */
export async function lastReceived(db: Db, personIds: readonly string[], upTo: Day): Promise<Map<string, Favour>> {
  const out = new Map<string, Favour>();
  for (const part of chunks(personIds)) {
    const rows = await db.selectFrom('favour').selectAll().where('person_id', 'in', part)
      .where('direction', '=', 'received').where('date', '<=', upTo)
      .orderBy('date').orderBy('id').execute();
    for (const r of rows) out.set(r.person_id, fromRow(r));
  }
  return out;
}

/** Favours received from a person that were not thanked yet. */
export async function unthanked(db: Db, personId: string): Promise<Favour[]> {
  const rows = await db.selectFrom('favour').selectAll().where('person_id', '=', personId)
    .where('direction', '=', 'received').where('thanked_on', 'is', null).orderBy('date').orderBy('id').execute();
  return rows.map(fromRow);
}

/**
 * When each of a person's thank-you prompts was marked done, by the favour it was about: a
 * thank-you closed with `done` rather than `maillon thank` still counts as said.
 */
export async function thanksDone(db: Db, personId: string, kind: string): Promise<Map<string, Day>> {
  const rows = await db.selectFrom('prompt').select(['source_id', 'closed_on'])
    .where('person_id', '=', personId).where('kind', '=', kind).where('status', '=', 'done').execute();
  return new Map(rows.flatMap((r) => (r.source_id && r.closed_on ? [[r.source_id, r.closed_on] as const] : [])));
}

export async function markThanked(db: Db, ids: readonly string[], on: Day): Promise<void> {
  for (const part of chunks(ids)) await db.updateTable('favour').set({ thanked_on: on }).where('id', 'in', part).execute();
}

/**
 * Among these people, those who were introduced and have exactly one exchange logged (the
 * first, just written), with their introducer.
 */
export async function introducedFirstExchange(db: Db, personIds: readonly string[]): Promise<{ id: string; name: string; introducerId: string }[]> {
  if (personIds.length === 0) return [];
  const rows = await db.selectFrom('person as p')
    .innerJoin('exchange_participant as x', 'x.person_id', 'p.id')
    .select(['p.id', 'p.name', 'p.introduced_by_id', (eb) => eb.fn.countAll().as('n')])
    .where('p.id', 'in', [...personIds]).where('p.introduced_by_id', 'is not', null)
    .groupBy(['p.id', 'p.name', 'p.introduced_by_id']).execute();
  return rows.flatMap((r) => (Number(r.n) === 1 && r.introduced_by_id !== null ? [{ id: r.id, name: r.name, introducerId: r.introduced_by_id }] : []));
}

/** Which of these computed prompt ids were stored (done, waived or snoozed), so the agenda can skip them. */
export async function storedPromptIds(db: Db, ids: readonly string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (const part of chunks(ids)) {
    for (const r of await db.selectFrom('prompt').select('id').where('id', 'in', part).execute()) out.add(r.id);
  }
  return out;
}
