import type { Selectable } from 'kysely';
import type { Day } from '../core/types.js';
import { chunks, insertMany } from './batch.js';
import type { PromptTable, TieTable } from './schema.js';
import type { Db } from './store.js';

/**
 * What moved from the merged person to the survivor, by id, so a merge can be read back
 * (and undone by hand) from its record; and what could not move because the survivor
 * already had it.
 */
export interface MovedRecords {
  /** Exchanges the merged person took part in; `sharedExchanges` are those the survivor was in too. */
  exchanges: string[];
  sharedExchanges: string[];
  /** Prompts moved (ids after the move: a computed kind's id names its person). */
  prompts: string[];
  /** Open prompts the survivor already had an equal of (a keep-in-touch, a follow-up of the same exchange): removed. */
  droppedPrompts: Selectable<PromptTable>[];
  milestones: string[];
  /** Favours with the merged person, and favours that introduced them. */
  favours: string[];
  introductions: string[];
  /** Favours and asks that now join the survivor to themselves lose that link. */
  selfLinks: { favours: string[]; asks: string[] };
  asks: string[];
  asksVia: string[];
  shares: string[];
  opportunities: string[];
  /** People the merged person had introduced. */
  introduced: string[];
  /** The merged person's ties as they were. */
  ties: Selectable<TieTable>[];
  photo: 'moved' | 'dropped' | null;
  droppedPhoto: { media_type: string; data: string } | null;
}

const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id);

/**
 * Moves everything that points at `from` to `to`, deduplicating keys the two share (both in
 * one exchange, both recipients of one share), and returns what moved. `from` keeps its own
 * details (emails, labels, positions); the caller deletes them with the person.
 */
export async function moveRecords(db: Db, from: string, to: string): Promise<MovedRecords> {
  const exchanges = await moveExchanges(db, from, to);
  const prompts = await movePrompts(db, from, to);
  const milestones = ids(await db.selectFrom('milestone').select('id').where('person_id', '=', from).execute());
  await db.updateTable('milestone').set({ person_id: to }).where('person_id', '=', from).execute();

  const favours = ids(await db.selectFrom('favour').select('id').where('person_id', '=', from).execute());
  const introductions = ids(await db.selectFrom('favour').select('id').where('introduced_id', '=', from).execute());
  await db.updateTable('favour').set({ person_id: to }).where('person_id', '=', from).execute();
  await db.updateTable('favour').set({ introduced_id: to }).where('introduced_id', '=', from).execute();
  // "A introduced B" means nothing once A and B are one: the favour stays, without the loop.
  const selfFavours = ids(await db.selectFrom('favour').select('id').where('person_id', '=', to).where('introduced_id', '=', to).execute());
  await db.updateTable('favour').set({ introduced_id: null }).where('person_id', '=', to).where('introduced_id', '=', to).execute();

  const asks = ids(await db.selectFrom('ask').select('id').where('person_id', '=', from).execute());
  const asksVia = ids(await db.selectFrom('ask').select('id').where('via_id', '=', from).execute());
  await db.updateTable('ask').set({ person_id: to }).where('person_id', '=', from).execute();
  await db.updateTable('ask').set({ via_id: to }).where('via_id', '=', from).execute();
  const selfAsks = ids(await db.selectFrom('ask').select('id').where('person_id', '=', to).where('via_id', '=', to).execute());
  await db.updateTable('ask').set({ via_id: null }).where('person_id', '=', to).where('via_id', '=', to).execute();

  const shares = await moveLinks(db, 'share_recipient', from, to);
  const opportunities = await moveLinks(db, 'opportunity_person', from, to);

  const introduced = ids(await db.selectFrom('person').select('id').where('introduced_by_id', '=', from).where('id', '!=', to).execute());
  await db.updateTable('person').set({ introduced_by_id: to }).where('introduced_by_id', '=', from).where('id', '!=', to).execute();

  const ties = await moveTies(db, from, to);
  const photo = await movePhoto(db, from, to);
  // Earlier merges into the merged person now read as merges into the survivor.
  await db.updateTable('merge_record').set({ survivor_id: to }).where('survivor_id', '=', from).execute();

  return {
    ...exchanges, ...prompts, milestones, favours, introductions, selfLinks: { favours: selfFavours, asks: selfAsks },
    asks, asksVia, shares, opportunities, introduced, ties, ...photo,
  };
}

async function moveExchanges(db: Db, from: string, to: string): Promise<Pick<MovedRecords, 'exchanges' | 'sharedExchanges'>> {
  const exchanges = (await db.selectFrom('exchange_participant').select('exchange_id').where('person_id', '=', from).orderBy('exchange_id').execute()).map((r) => r.exchange_id);
  const shared = (await db.selectFrom('exchange_participant as mine')
    .select('mine.exchange_id')
    .where('mine.person_id', '=', from)
    .where((eb) => eb.exists(eb.selectFrom('exchange_participant as theirs').select('theirs.person_id')
      .whereRef('theirs.exchange_id', '=', 'mine.exchange_id').where('theirs.person_id', '=', to)))
    .orderBy('mine.exchange_id')
    .execute()).map((r) => r.exchange_id);
  for (const part of chunks(shared)) await db.deleteFrom('exchange_participant').where('person_id', '=', from).where('exchange_id', 'in', part).execute();
  await db.updateTable('exchange_participant').set({ person_id: to }).where('person_id', '=', from).execute();
  return { exchanges, sharedExchanges: shared };
}

/** The part of a computed prompt's id after `KIND.PERSON_ID.` (see app/agenda-sources.ts), or null. */
function computedKey(id: string, kind: string, personId: string): string | null {
  const prefix = `${kind}.${personId}.`;
  return id.startsWith(prefix) ? id.slice(prefix.length) : null;
}

/**
 * Moves prompts. Two open prompts for one thing are one too many: an open keep-in-touch, or an
 * open prompt of the same kind and source (a follow-up of an exchange both were in), is
 * dropped when the survivor has its equal. A stored computed prompt (a birthday marked done)
 * is renamed after the survivor, so it still hides the computed one it closed.
 */
async function movePrompts(db: Db, from: string, to: string): Promise<Pick<MovedRecords, 'prompts' | 'droppedPrompts'>> {
  const theirs = await db.selectFrom('prompt').selectAll().where('person_id', '=', from).orderBy('id').execute();
  if (theirs.length === 0) return { prompts: [], droppedPrompts: [] };
  const mine = await db.selectFrom('prompt').select(['id', 'kind', 'status', 'source_id']).where('person_id', '=', to).execute();
  const myIds = new Set(mine.map((p) => p.id));
  const openKinds = new Set(mine.filter((p) => p.status === 'open').map((p) => p.kind));
  const openSources = new Set(mine.filter((p) => p.status === 'open' && p.source_id !== null).map((p) => `${p.kind} ${p.source_id ?? ''}`));
  const dropped: Selectable<PromptTable>[] = [];
  const renamed: { from: string; to: string }[] = [];
  const moved: string[] = [];
  for (const p of theirs) {
    const key = computedKey(p.id, p.kind, from);
    const newId = key === null ? p.id : `${p.kind}.${to}.${key}`;
    const open = p.status === 'open';
    const duplicate = (key !== null && myIds.has(newId))
      || (open && p.kind === 'keep-in-touch' && openKinds.has(p.kind))
      || (open && p.source_id !== null && openSources.has(`${p.kind} ${p.source_id}`));
    if (duplicate) dropped.push(p);
    else {
      if (newId !== p.id) renamed.push({ from: p.id, to: newId });
      moved.push(newId);
    }
  }
  for (const part of chunks(dropped.map((p) => p.id))) await db.deleteFrom('prompt').where('id', 'in', part).execute();
  // Few and rare (a stored birthday or reciprocate prompt): one statement each.
  for (const r of renamed) await db.updateTable('prompt').set({ id: r.to }).where('id', '=', r.from).execute();
  await db.updateTable('prompt').set({ person_id: to }).where('person_id', '=', from).execute();
  return { prompts: moved, droppedPrompts: dropped };
}

type LinkTable = 'share_recipient' | 'opportunity_person';

// Kysely types a table chosen at run time loosely; both link tables are (link id, person id).
async function linksOf(db: Db, table: LinkTable, personId: string): Promise<string[]> {
  const rows = table === 'share_recipient'
    ? await db.selectFrom('share_recipient').select('share_id as link').where('person_id', '=', personId).execute()
    : await db.selectFrom('opportunity_person').select('opportunity_id as link').where('person_id', '=', personId).execute();
  return rows.map((r) => r.link).sort();
}

/** Moves link rows (share recipients, opportunity people), keeping one row where both were linked. */
async function moveLinks(db: Db, table: LinkTable, from: string, to: string): Promise<string[]> {
  const links = await linksOf(db, table, from);
  if (links.length === 0) return [];
  const mine = new Set(await linksOf(db, table, to));
  for (const part of chunks(links.filter((l) => mine.has(l)))) {
    if (table === 'share_recipient') await db.deleteFrom('share_recipient').where('person_id', '=', from).where('share_id', 'in', part).execute();
    else await db.deleteFrom('opportunity_person').where('person_id', '=', from).where('opportunity_id', 'in', part).execute();
  }
  await db.updateTable(table).set({ person_id: to }).where('person_id', '=', from).execute();
  return links;
}

const STRENGTH: Record<string, number> = { weak: 1, medium: 2, strong: 3 };
const earlier = (x: Day | null, y: Day | null) => (x === null ? y : y === null ? x : x <= y ? x : y);

/**
 * Moves ties: a tie between the two goes (one cannot know oneself), a tie B-C becomes A-C,
 * and when A-C exists already, it keeps the stronger strength and the earlier "since".
 */
async function moveTies(db: Db, from: string, to: string): Promise<MovedRecords['ties']> {
  const ties = await db.selectFrom('tie').selectAll().where((eb) => eb.or([eb('a_id', '=', from), eb('b_id', '=', from)])).orderBy('a_id').orderBy('b_id').execute();
  if (ties.length === 0) return [];
  const others = ties.map((t) => (t.a_id === from ? t.b_id : t.a_id)).filter((o) => o !== to);
  const existing = new Map<string, Selectable<TieTable>>();
  for (const part of chunks(others)) {
    const rows = await db.selectFrom('tie').selectAll()
      .where((eb) => eb.or([eb.and([eb('a_id', '=', to), eb('b_id', 'in', part)]), eb.and([eb('b_id', '=', to), eb('a_id', 'in', part)])]))
      .execute();
    for (const r of rows) existing.set(r.a_id === to ? r.b_id : r.a_id, r);
  }
  const created: Selectable<TieTable>[] = [];
  for (const tie of ties) {
    const other = tie.a_id === from ? tie.b_id : tie.a_id;
    if (other === to) continue;
    const known = existing.get(other);
    if (!known) {
      const [a, b] = to < other ? [to, other] : [other, to];
      created.push({ ...tie, a_id: a, b_id: b });
      continue;
    }
    const stronger = (STRENGTH[tie.strength] ?? 0) > (STRENGTH[known.strength] ?? 0) ? tie.strength : known.strength;
    const since = earlier(known.since, tie.since);
    const how = known.how ?? tie.how;
    if (stronger !== known.strength || since !== known.since || how !== known.how) {
      await db.updateTable('tie').set({ strength: stronger, since, how }).where('a_id', '=', known.a_id).where('b_id', '=', known.b_id).execute();
    }
  }
  await db.deleteFrom('tie').where((eb) => eb.or([eb('a_id', '=', from), eb('b_id', '=', from)])).execute();
  await insertMany(db, 'tie', created);
  return ties;
}

async function movePhoto(db: Db, from: string, to: string): Promise<Pick<MovedRecords, 'photo' | 'droppedPhoto'>> {
  const theirs = await db.selectFrom('person_photo').select(['media_type', 'data']).where('person_id', '=', from).executeTakeFirst();
  if (!theirs) return { photo: null, droppedPhoto: null };
  const mine = await db.selectFrom('person_photo').select('person_id').where('person_id', '=', to).executeTakeFirst();
  if (mine) return { photo: 'dropped', droppedPhoto: theirs };
  await db.updateTable('person_photo').set({ person_id: to }).where('person_id', '=', from).execute();
  return { photo: 'moved', droppedPhoto: null };
}

/** Deletes a merged person, once everything pointing at them has moved: their own details cascade. */
export async function deleteMerged(db: Db, id: string): Promise<void> {
  await db.deleteFrom('person').where('id', '=', id).execute();
}

export interface MergeRecord {
  id: string;
  survivorId: string;
  mergedId: string;
  mergedName: string;
  date: Day;
  snapshot: Record<string, unknown>;
}

export async function insertMergeRecord(db: Db, r: MergeRecord): Promise<void> {
  await db.insertInto('merge_record').values({
    id: r.id, survivor_id: r.survivorId, merged_id: r.mergedId, merged_name: r.mergedName, date: r.date, snapshot: JSON.stringify(r.snapshot),
  }).execute();
}
