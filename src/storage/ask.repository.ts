import type { Selectable } from 'kysely';
import { ASK_FOLLOW_UP } from '../core/sharing.js';
import type { Ask, AskStatus } from '../core/tending.js';
import type { Day, PromptStatus } from '../core/types.js';
import type { AskTable } from './schema.js';
import type { Db } from './store.js';

export async function insertAsk(db: Db, a: Ask): Promise<void> {
  await db.insertInto('ask').values({
    id: a.id, person_id: a.personId, about: a.about, via_id: a.viaId, date: a.date, status: a.status, closed_on: a.closedOn,
  }).execute();
}

export async function getAsk(db: Db, id: string): Promise<Ask | undefined> {
  const row = await db.selectFrom('ask').selectAll().where('id', '=', id.trim()).executeTakeFirst();
  return row && fromRow(row);
}

/** Asks, newest first; `open` keeps those still waiting for an answer. */
export async function listAsks(db: Db, options: { open?: boolean } = {}): Promise<Ask[]> {
  let query = db.selectFrom('ask').selectAll();
  if (options.open) query = query.where('status', '=', 'open');
  const rows = await query.orderBy('date', 'desc').orderBy('id').execute();
  return rows.map(fromRow);
}

/** What the response-rate report needs of every ask: whether introduced, and how it ended. */
export async function askOutcomes(db: Db): Promise<{ viaId: string | null; status: AskStatus }[]> {
  const rows = await db.selectFrom('ask').select(['via_id', 'status']).execute();
  return rows.map((r) => ({ viaId: r.via_id, status: r.status as AskStatus }));
}

export async function closeAsk(db: Db, id: string, status: Exclude<AskStatus, 'open'>, on: Day): Promise<void> {
  await db.updateTable('ask').set({ status, closed_on: on }).where('id', '=', id).execute();
}

/**
 * Closes the open follow-up of an ask, found through the (person, kind, status) index.
 * Returns its id, or null when there was none left open (already done or waived).
 */
export async function closeAskFollowUp(db: Db, ask: Ask, status: Exclude<PromptStatus, 'open'>, on: Day): Promise<string | null> {
  const open = await db.selectFrom('prompt').select('id')
    .where('person_id', '=', ask.personId).where('kind', '=', ASK_FOLLOW_UP).where('status', '=', 'open').where('source_id', '=', ask.id)
    .executeTakeFirst();
  if (!open) return null;
  await db.updateTable('prompt').set({ status, closed_on: on }).where('id', '=', open.id).execute();
  return open.id;
}

function fromRow(r: Selectable<AskTable>): Ask {
  return { id: r.id, personId: r.person_id, about: r.about, viaId: r.via_id, date: r.date, status: r.status as AskStatus, closedOn: r.closed_on };
}
