import type { Selectable } from 'kysely';
import type { DeclaredTie, TieStrength } from '../core/ties.js';
import { insertMany } from './batch.js';
import type { TieTable } from './schema.js';
import type { Db } from './store.js';

function fromRow(r: Selectable<TieTable>): DeclaredTie {
  return { aId: r.a_id, bId: r.b_id, strength: r.strength as TieStrength, since: r.since, how: r.how, createdOn: r.created_on };
}

const toRow = (t: DeclaredTie) => ({ a_id: t.aId, b_id: t.bId, strength: t.strength, since: t.since, how: t.how, created_on: t.createdOn });

/** The declared tie of a pair, given in stored order (a < b). */
export async function getTie(db: Db, aId: string, bId: string): Promise<DeclaredTie | undefined> {
  const row = await db.selectFrom('tie').selectAll().where('a_id', '=', aId).where('b_id', '=', bId).executeTakeFirst();
  return row && fromRow(row);
}

/** Declares a tie, or updates the one the pair already has (keeping when it was first noted). */
export async function saveTie(db: Db, tie: DeclaredTie): Promise<'created' | 'updated'> {
  const found = await getTie(db, tie.aId, tie.bId);
  if (!found) {
    await db.insertInto('tie').values(toRow(tie)).execute();
    return 'created';
  }
  await db.updateTable('tie').set({ strength: tie.strength, since: tie.since, how: tie.how })
    .where('a_id', '=', tie.aId).where('b_id', '=', tie.bId).execute();
  return 'updated';
}

/** Removes a declared tie; false when there was none. */
export async function deleteTie(db: Db, aId: string, bId: string): Promise<boolean> {
  const r = await db.deleteFrom('tie').where('a_id', '=', aId).where('b_id', '=', bId).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** Writes many ties at once (the demo), in batches. */
export async function insertTies(db: Db, ties: readonly DeclaredTie[]): Promise<void> {
  await insertMany(db, 'tie', ties.map(toRow));
}

/** The declared ties among these pairs (each in stored order), keyed "a b". */
export async function tiesAmong(db: Db, pairs: readonly (readonly [string, string])[]): Promise<Map<string, DeclaredTie>> {
  const out = new Map<string, DeclaredTie>();
  for (let i = 0; i < pairs.length; i += 400) {
    const part = pairs.slice(i, i + 400);
    const rows = await db.selectFrom('tie').selectAll()
      .where((eb) => eb.or(part.map(([a, b]) => eb.and([eb('a_id', '=', a), eb('b_id', '=', b)]))))
      .execute();
    for (const r of rows) out.set(`${r.a_id} ${r.b_id}`, fromRow(r));
  }
  return out;
}
