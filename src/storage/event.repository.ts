import { fold } from '../core/fold.js';
import type { Candidate } from '../core/ref.js';
import type { EventKind, MaillonEvent } from '../core/types.js';
import { insertMany } from './batch.js';
import type { Db } from './store.js';

export async function insertEvents(db: Db, events: readonly MaillonEvent[]): Promise<void> {
  await insertMany(db, 'event', events.map((e) => ({ id: e.id, name: e.name, name_folded: fold(e.name), kind: e.kind, date: e.date, place: e.place })));
}

export async function getEvent(db: Db, id: string): Promise<MaillonEvent | undefined> {
  const r = await db.selectFrom('event').select(['id', 'name', 'kind', 'date', 'place']).where('id', '=', id).executeTakeFirst();
  return r && { ...r, kind: r.kind as EventKind };
}

/** Events, newest first, each with how many people were met there and how many exchanges it saw. */
export async function listEvents(db: Db): Promise<(MaillonEvent & { met: number; exchanges: number })[]> {
  const rows = await db.selectFrom('event')
    .select((eb) => [
      'event.id', 'event.name', 'event.kind', 'event.date', 'event.place',
      eb.selectFrom('person').select(eb.fn.countAll<number>().as('n')).whereRef('person.met_at_event_id', '=', 'event.id').as('met'),
      eb.selectFrom('exchange').select(eb.fn.countAll<number>().as('n')).whereRef('exchange.event_id', '=', 'event.id').as('exchanges'),
    ])
    .orderBy('event.date', 'desc').orderBy('event.name').execute();
  return rows.map((r) => ({ id: r.id, name: r.name, kind: r.kind as EventKind, date: r.date, place: r.place, met: Number(r.met), exchanges: Number(r.exchanges) }));
}

/** Events a REF may mean: by id, by exact name, else by the words of the name. */
export async function eventCandidates(db: Db, ref: string): Promise<Candidate[]> {
  const toCandidate = (r: { id: string; name: string; date: string; place: string | null }): Candidate => ({ id: r.id, name: r.name, hint: [r.date, r.place].filter(Boolean).join(', ') });
  const cols = ['id', 'name', 'date', 'place'] as const;
  const byId = await db.selectFrom('event').select(cols).where('id', '=', ref.trim()).execute();
  if (byId.length > 0) return byId.map(toCandidate);
  const folded = fold(ref.trim());
  const exact = await db.selectFrom('event').select(cols).where('name_folded', '=', folded).execute();
  if (exact.length > 0) return exact.map(toCandidate);
  const words = folded.split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  let query = db.selectFrom('event').select(cols);
  for (const w of words) query = query.where('name_folded', 'like', `%${w.replace(/[\\%_]/g, '')}%`);
  return (await query.orderBy('date', 'desc').limit(50).execute()).map(toCandidate);
}
