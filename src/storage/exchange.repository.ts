import type { ExchangeFact } from '../core/health.js';
import type { Channel, Exchange } from '../core/types.js';
import { chunks, insertMany } from './batch.js';
import type { Db } from './store.js';

export async function insertExchanges(db: Db, exchanges: readonly Exchange[]): Promise<void> {
  await insertMany(db, 'exchange', exchanges.map((e) => ({
    id: e.id, date: e.date, channel: e.channel, they_initiated: e.theyInitiated ? 1 : 0, event_id: e.eventId, summary: e.summary,
  })));
  await insertMany(db, 'exchange_participant', exchanges.flatMap((e) => e.participantIds.map((person_id) => ({ exchange_id: e.id, person_id }))));
}

/** Moves each person's last exchange forward to `date` (never backward: an old exchange logged late changes nothing). */
export async function touchPeople(db: Db, personIds: readonly string[], date: string): Promise<void> {
  for (const part of chunks(personIds)) {
    await db.updateTable('person').set({ last_exchange_on: date })
      .where('id', 'in', part)
      .where((eb) => eb.or([eb('last_exchange_on', 'is', null), eb('last_exchange_on', '<', date)]))
      .execute();
  }
}

/** A person's exchanges, newest first, with the event's name. */
export async function exchangesOf(db: Db, personId: string, limit?: number): Promise<(Exchange & { eventName: string | null })[]> {
  let query = db.selectFrom('exchange_participant as p')
    .innerJoin('exchange as x', 'x.id', 'p.exchange_id')
    .leftJoin('event as e', 'e.id', 'x.event_id')
    .select(['x.id', 'x.date', 'x.channel', 'x.they_initiated', 'x.event_id', 'x.summary', 'e.name as event_name'])
    .where('p.person_id', '=', personId)
    .orderBy('x.date', 'desc').orderBy('x.id', 'desc');
  if (limit !== undefined) query = query.limit(limit);
  const rows = await query.execute();
  const ids = rows.map((r) => r.id);
  const participants = new Map<string, string[]>();
  for (const part of chunks(ids)) {
    const ps = await db.selectFrom('exchange_participant').select(['exchange_id', 'person_id']).where('exchange_id', 'in', part).execute();
    for (const p of ps) participants.set(p.exchange_id, [...(participants.get(p.exchange_id) ?? []), p.person_id]);
  }
  return rows.map((r) => ({
    id: r.id, date: r.date, channel: r.channel as Channel, theyInitiated: r.they_initiated === 1,
    participantIds: (participants.get(r.id) ?? []).sort(), eventId: r.event_id, summary: r.summary, eventName: r.event_name,
  }));
}

/** The facts health is computed from, for many people at once. */
export async function exchangeFacts(db: Db, personIds: readonly string[]): Promise<Map<string, ExchangeFact[]>> {
  const out = new Map<string, ExchangeFact[]>();
  for (const part of chunks(personIds)) {
    const rows = await db.selectFrom('exchange_participant as p').innerJoin('exchange as x', 'x.id', 'p.exchange_id')
      .select(['p.person_id', 'x.date', 'x.channel', 'x.they_initiated']).where('p.person_id', 'in', part).execute();
    for (const r of rows) {
      const list = out.get(r.person_id) ?? [];
      list.push({ date: r.date, channel: r.channel as Channel, theyInitiated: r.they_initiated === 1 });
      out.set(r.person_id, list);
    }
  }
  return out;
}
