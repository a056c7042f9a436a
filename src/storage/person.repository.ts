import type { Insertable, Selectable } from 'kysely';
import { fold } from '../core/fold.js';
import type { Candidate } from '../core/ref.js';
import type { Circle, Person, Position } from '../core/types.js';
import { chunks, insertMany } from './batch.js';
import type { Database, PersonTable } from './schema.js';
import type { Db } from './store.js';

/** Everything needed to write a person: the person, and the names that make their search text. */
export interface PersonRecord {
  person: Person;
  /** Event and introducer names, for "how met" search; resolved by the caller. */
  metText: string;
}

type Rows = { [T in keyof Database]?: Insertable<Database[T]>[] };

function personRow(p: Person, nameFolded = fold(p.name)): Insertable<PersonTable> {
  return {
    id: p.id, name: p.name, name_folded: nameFolded, linkedin: p.linkedin, location: p.location,
    birthday_md: p.birthday ? p.birthday.slice(-5) : null,
    birthday: p.birthday, notes: p.notes, priority: p.priority, every_days: p.every,
    met_at_event_id: p.metAtEventId, introduced_by_id: p.introducedById,
    created_on: p.createdOn, last_exchange_on: p.lastExchangeOn, connected_on: p.connectedOn,
  };
}

/** `fold`, remembering its answers: organizations, titles and empty notes repeat across people. */
function repeatedFold(): (text: string) => string {
  const known = new Map<string, string>();
  return (text) => {
    let folded = known.get(text);
    if (folded === undefined) known.set(text, (folded = fold(text)));
    return folded;
  };
}

/** Maps people to the rows of every table they span; organizations must already exist in `orgIds`. */
export function personRows(records: readonly PersonRecord[], orgIds: ReadonlyMap<string, string>, newId: () => string): Rows {
  const rows = { person: [], person_email: [], person_phone: [], person_label: [], position: [], person_search: [] } satisfies Rows;
  const out = rows as Required<Pick<Rows, keyof typeof rows>>;
  const folded = repeatedFold();
  for (const record of records) {
    const p = record.person;
    const name = fold(p.name);
    out.person.push(personRow(p, name));
    for (let ordinal = 0; ordinal < p.emails.length; ordinal++) out.person_email.push({ person_id: p.id, ordinal, email: p.emails[ordinal] as string });
    for (let ordinal = 0; ordinal < p.phones.length; ordinal++) out.person_phone.push({ person_id: p.id, ordinal, phone: p.phones[ordinal] as string });
    let ordinal = 0;
    for (const value of p.circles) out.person_label.push({ person_id: p.id, kind: 'circle', ordinal: ordinal++, value });
    for (const value of p.tags) out.person_label.push({ person_id: p.id, kind: 'tag', ordinal: ordinal++, value });
    for (const value of p.interests) out.person_label.push({ person_id: p.id, kind: 'interest', ordinal: ordinal++, value });
    p.positions.forEach((pos, i) => out.position.push({
      id: newId(), person_id: p.id, organization_id: orgIds.get(folded(pos.organization)) ?? '', ordinal: i,
      title: pos.title, start_on: pos.start, end_on: pos.end,
    }));
    out.person_search.push(searchRows(record, name, folded));
  }
  return out;
}

/**
 * A folded name, plus its joined form when it has apostrophes or hyphens, so "dalmeida"
 * finds "d'Almeida" and "jeanpierre" finds "Jean-Pierre", as "almeida" and "jean" already do.
 */
function nameText(folded: string): string {
  const joined = folded.replace(/['’‐-]/g, '');
  return joined === folded ? folded : `${folded} ${joined}`;
}

/** Organizations and titles; most people have one position, written without an array. */
function workText(positions: readonly Position[]): string {
  const [only] = positions;
  if (positions.length === 1 && only) return `${only.organization} ${only.title ?? ''}`;
  return positions.map((x) => `${x.organization} ${x.title ?? ''}`).join(' ');
}

/** The folded text a person is found by: name; organizations and titles; notes, interests, tags, place; how met. */
export function searchRows({ person: p, metText }: PersonRecord, nameFolded = fold(p.name), folded = fold): Insertable<Database['person_search']> {
  return {
    person_id: p.id,
    name: nameText(nameFolded),
    work: folded(workText(p.positions)),
    notes: folded(p.interests.length + p.tags.length === 0 ? `${p.notes ?? ''} ${p.location ?? ''}` : [p.notes ?? '', ...p.interests, ...p.tags, p.location ?? ''].join(' ')),
    met: folded(metText),
  };
}

/**
 * Organization ids already read or written in the caller's transaction, by folded name: an
 * import writes 30 batches naming mostly the same organizations, and organizations are never
 * deleted. It must not outlive the transaction (a rollback forgets the ones it created).
 */
export type KnownOrganizations = Map<string, string>;

/** The organizations these names denote, created when new; keys are folded names. */
export async function ensureOrganizations(db: Db, names: Iterable<string>, newId: () => string, known?: KnownOrganizations): Promise<Map<string, string>> {
  const wanted = new Map<string, string>();
  // A batch names the same organizations again and again: each is folded once.
  const folded = repeatedFold();
  for (const name of names) wanted.set(folded(name), name.trim());
  const ids = new Map<string, string>();
  for (const key of wanted.keys()) {
    const id = known?.get(key);
    if (id !== undefined) ids.set(key, id);
  }
  for (const part of chunks([...wanted.keys()].filter((k) => !ids.has(k)))) {
    const found = await db.selectFrom('organization').select(['id', 'name_folded']).where('name_folded', 'in', part).execute();
    for (const r of found) ids.set(r.name_folded, r.id);
  }
  const missing = [...wanted].filter(([k]) => !ids.has(k)).map(([k, name]) => ({ id: newId(), name, name_folded: k }));
  await insertMany(db, 'organization', missing);
  for (const o of missing) ids.set(o.name_folded, o.id);
  if (known) for (const [key, id] of ids) known.set(key, id);
  return ids;
}

/** Writes new people with all their details, in batches. */
export async function insertPeople(db: Db, records: readonly PersonRecord[], newId: () => string, known?: KnownOrganizations): Promise<void> {
  const orgs = await ensureOrganizations(db, records.flatMap((r) => r.person.positions.map((p) => p.organization)), newId, known);
  const rows = personRows(records, orgs, newId);
  for (const table of ['person', 'person_email', 'person_phone', 'person_label', 'position', 'person_search'] as const) {
    await insertMany(db, table, rows[table] ?? []);
  }
}

/** Replaces a person's details: the row is updated, and child rows are written anew. */
export async function updatePerson(db: Db, record: PersonRecord, newId: () => string): Promise<void> {
  const { id } = record.person;
  const row = personRow(record.person);
  await db.updateTable('person').set(row).where('id', '=', id).execute();
  for (const table of ['person_email', 'person_phone', 'person_label', 'position', 'person_search'] as const) {
    await db.deleteFrom(table).where('person_id', '=', id).execute();
  }
  const orgs = await ensureOrganizations(db, record.person.positions.map((p) => p.organization), newId);
  const rows = personRows([record], orgs, newId);
  for (const table of ['person_email', 'person_phone', 'person_label', 'position', 'person_search'] as const) {
    await insertMany(db, table, rows[table] ?? []);
  }
}

/**
 * Replaces many people's details at once, for imports: child rows are deleted and written
 * anew in batches; only the person rows themselves take one statement each. How they met
 * (event, introducer) is not changed by an import, so its search text is kept as it was.
 */
export async function updatePeople(db: Db, people: readonly Person[], newId: () => string, known?: KnownOrganizations): Promise<void> {
  if (people.length === 0) return;
  for (const p of people) await db.updateTable('person').set(personRow(p)).where('id', '=', p.id).execute();
  const ids = people.map((p) => p.id);
  const met = new Map<string, string>();
  for (const part of chunks(ids)) {
    for (const r of await db.selectFrom('person_search').select(['person_id', 'met']).where('person_id', 'in', part).execute()) met.set(r.person_id, r.met);
    for (const table of ['person_email', 'person_phone', 'person_label', 'position', 'person_search'] as const) {
      await db.deleteFrom(table).where('person_id', 'in', part).execute();
    }
  }
  const records = people.map((person) => ({ person, metText: met.get(person.id) ?? '' }));
  const orgs = await ensureOrganizations(db, people.flatMap((p) => p.positions.map((x) => x.organization)), newId, known);
  const rows = personRows(records, orgs, newId);
  for (const table of ['person_email', 'person_phone', 'person_label', 'position', 'person_search'] as const) {
    await insertMany(db, table, rows[table] ?? []);
  }
}

/**
 * Erases a person and everything about them: their details cascade, and exchanges that
 * involved no one else go too, since their summaries are about that person.
 */
export async function deletePerson(db: Db, id: string): Promise<void> {
  const solo = await db.selectFrom('exchange_participant as mine')
    .select('mine.exchange_id')
    .where('mine.person_id', '=', id)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('exchange_participant as other')
      .select('other.person_id')
      .whereRef('other.exchange_id', '=', 'mine.exchange_id')
      .where('other.person_id', '!=', id))))
    .execute();
  for (const part of chunks(solo.map((r) => r.exchange_id))) {
    await db.deleteFrom('exchange').where('id', 'in', part).execute();
  }
  await db.deleteFrom('person').where('id', '=', id).execute();
}

/** Loads people by id, with all their details, in the order asked. */
export async function getPeople(db: Db, ids: readonly string[]): Promise<Person[]> {
  const byId = new Map<string, Person>();
  for (const part of chunks([...new Set(ids)])) {
    const [people, emails, phones, labels, positions] = await Promise.all([
      db.selectFrom('person').selectAll().where('id', 'in', part).execute(),
      db.selectFrom('person_email').selectAll().where('person_id', 'in', part).orderBy('ordinal').execute(),
      db.selectFrom('person_phone').selectAll().where('person_id', 'in', part).orderBy('ordinal').execute(),
      db.selectFrom('person_label').selectAll().where('person_id', 'in', part).orderBy('ordinal').execute(),
      db.selectFrom('position').innerJoin('organization', 'organization.id', 'position.organization_id')
        .select(['position.person_id', 'organization.name as organization', 'position.title', 'position.start_on', 'position.end_on'])
        .where('position.person_id', 'in', part).orderBy('position.ordinal').execute(),
    ]);
    for (const row of people) byId.set(row.id, fromRow(row));
    for (const e of emails) byId.get(e.person_id)?.emails.push(e.email);
    for (const p of phones) byId.get(p.person_id)?.phones.push(p.phone);
    for (const l of labels) {
      const person = byId.get(l.person_id);
      if (!person) continue;
      if (l.kind === 'circle') person.circles.push(l.value as Circle);
      else if (l.kind === 'tag') person.tags.push(l.value);
      else person.interests.push(l.value);
    }
    for (const p of positions) {
      const position: Position = { organization: p.organization, title: p.title, start: p.start_on, end: p.end_on };
      byId.get(p.person_id)?.positions.push(position);
    }
  }
  return ids.map((id) => byId.get(id)).filter((p): p is Person => p !== undefined);
}

export async function getPerson(db: Db, id: string): Promise<Person | undefined> {
  return (await getPeople(db, [id]))[0];
}

function fromRow(r: Selectable<PersonTable>): Person {
  return {
    id: r.id, name: r.name, emails: [], phones: [], linkedin: r.linkedin, location: r.location,
    birthday: r.birthday, interests: [], notes: r.notes, circles: [], tags: [], positions: [],
    priority: r.priority, every: r.every_days, metAtEventId: r.met_at_event_id,
    introducedById: r.introduced_by_id, createdOn: r.created_on, lastExchangeOn: r.last_exchange_on, connectedOn: r.connected_on,
  };
}

/**
 * People a REF may mean: the one with that id, else those whose name matches it exactly or
 * contains all its words. Each comes with what tells them apart (current organization, email).
 */
export async function personCandidates(db: Db, ref: string): Promise<Candidate[]> {
  const byId = await db.selectFrom('person').select(['id', 'name']).where('id', '=', ref.trim()).execute();
  if (byId.length > 0) return hinted(db, byId);
  const folded = fold(ref.trim());
  const exact = await db.selectFrom('person').select(['id', 'name']).where('name_folded', '=', folded).limit(50).execute();
  if (exact.length > 0) return hinted(db, exact);
  const words = folded.split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  let query = db.selectFrom('person').select(['id', 'name']);
  for (const w of words) query = query.where('name_folded', 'like', `%${w.replace(/[\\%_]/g, '')}%`);
  return hinted(db, await query.orderBy('name').limit(50).execute());
}

async function hinted(db: Db, rows: readonly { id: string; name: string }[]): Promise<Candidate[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const positions = await db.selectFrom('position').innerJoin('organization', 'organization.id', 'position.organization_id')
    .select(['position.person_id', 'organization.name', 'position.title', 'position.end_on'])
    .where('position.person_id', 'in', ids).orderBy('position.ordinal').execute();
  const emails = await db.selectFrom('person_email').select(['person_id', 'email']).where('person_id', 'in', ids).where('ordinal', '=', 0).execute();
  return rows.map((r) => {
    const pos = positions.filter((p) => p.person_id === r.id && p.end_on === null).at(-1) ?? positions.filter((p) => p.person_id === r.id).at(-1);
    const email = emails.find((e) => e.person_id === r.id)?.email;
    const hint = [pos ? [pos.title, pos.name].filter(Boolean).join(', ') : null, email].filter(Boolean).join(' · ');
    return { id: r.id, name: r.name, hint: hint || null };
  });
}

/** Ids of ranked people, highest first. */
export async function rankedIds(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('person').select('id').where('priority', 'is not', null).orderBy('priority').orderBy('name').execute();
  return rows.map((r) => r.id);
}

/** Writes ranks 1..n in this order, and clears the rank of anyone ranked before but not now. */
export async function writeRanks(db: Db, order: readonly string[]): Promise<string[]> {
  const before = await db.selectFrom('person').select(['id', 'priority']).where('priority', 'is not', null).execute();
  const old = new Map(before.map((r) => [r.id, r.priority]));
  const changed: string[] = [];
  for (const [i, id] of order.entries()) {
    if (old.get(id) !== i + 1) {
      await db.updateTable('person').set({ priority: i + 1 }).where('id', '=', id).execute();
      changed.push(id);
    }
    old.delete(id);
  }
  for (const id of old.keys()) {
    await db.updateTable('person').set({ priority: null }).where('id', '=', id).execute();
    changed.push(id);
  }
  return changed;
}
