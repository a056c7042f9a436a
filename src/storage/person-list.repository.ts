import { sql } from 'kysely';
import type { Circle, Day } from '../core/types.js';
import { chunks } from './batch.js';
import type { Db } from './store.js';

export interface PersonSummary {
  id: string;
  name: string;
  organization: string | null;
  title: string | null;
  circles: Circle[];
  priority: number | null;
  lastExchangeOn: Day | null;
}

export interface PersonFilter {
  circle?: Circle;
  tag?: string;
  /** Ranks 1..N with `max`, any rank with 'ranked', no rank with 'unranked'. */
  rank?: { max: number } | 'ranked' | 'unranked';
  /** Folded text found in the name of the organization they work at now. */
  organization?: string;
}

export type StoredSort = 'priority' | 'name' | 'last';

/** Ids of people matching the filter, in the order asked, from `offset`; `limit` undefined means all. */
export async function listPersonIds(db: Db, filter: PersonFilter, sort: StoredSort, limit?: number, offset = 0): Promise<{ ids: string[]; total: number }> {
  let query = db.selectFrom('person').select(['id']);
  if (filter.circle) query = query.where((eb) => eb.exists(eb.selectFrom('person_label').select('person_id').whereRef('person_label.person_id', '=', 'person.id').where('kind', '=', 'circle').where('value', '=', filter.circle ?? '')));
  if (filter.tag) query = query.where((eb) => eb.exists(eb.selectFrom('person_label').select('person_id').whereRef('person_label.person_id', '=', 'person.id').where('kind', '=', 'tag').where('value', '=', filter.tag ?? '')));
  const rank = filter.rank;
  if (rank === 'ranked') query = query.where('priority', 'is not', null);
  else if (rank === 'unranked') query = query.where('priority', 'is', null);
  else if (rank) query = query.where('priority', '<=', rank.max);
  if (filter.organization) {
    const like = `%${filter.organization.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) => eb.exists(eb.selectFrom('position').innerJoin('organization', 'organization.id', 'position.organization_id')
      .select('position.person_id').whereRef('position.person_id', '=', 'person.id').where('position.end_on', 'is', null)
      .where(sql<boolean>`organization.name_folded like ${like} escape '\\'`)));
  }
  const total = Number((await query.clearSelect().select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirst())?.n ?? 0);
  // Nulls sort last on both databases only when said explicitly.
  if (sort === 'priority') query = query.orderBy(sql`case when priority is null then 1 else 0 end`).orderBy('priority').orderBy('name_folded');
  else if (sort === 'last') query = query.orderBy(sql`case when last_exchange_on is null then 1 else 0 end`).orderBy('last_exchange_on', 'desc').orderBy('name_folded');
  else query = query.orderBy('name_folded');
  if (limit !== undefined) query = query.limit(limit);
  if (offset > 0) query = limit === undefined ? query.limit(2_147_483_647).offset(offset) : query.offset(offset);
  return { ids: (await query.orderBy('id').execute()).map((r) => r.id), total };
}

/** One line per person: name, current position, circles, rank, last exchange. */
export async function personSummaries(db: Db, ids: readonly string[]): Promise<PersonSummary[]> {
  const byId = new Map<string, PersonSummary>();
  for (const part of chunks(ids)) {
    const rows = await db.selectFrom('person').select(['id', 'name', 'priority', 'last_exchange_on']).where('id', 'in', part).execute();
    for (const r of rows) byId.set(r.id, { id: r.id, name: r.name, organization: null, title: null, circles: [], priority: r.priority, lastExchangeOn: r.last_exchange_on });
    const positions = await db.selectFrom('position').innerJoin('organization', 'organization.id', 'position.organization_id')
      .select(['position.person_id', 'organization.name', 'position.title', 'position.end_on']).where('position.person_id', 'in', part).orderBy('position.ordinal').execute();
    for (const p of positions) {
      const s = byId.get(p.person_id);
      if (s && (p.end_on === null || s.organization === null)) Object.assign(s, { organization: p.name, title: p.title });
    }
    const circles = await db.selectFrom('person_label').select(['person_id', 'value']).where('person_id', 'in', part).where('kind', '=', 'circle').orderBy('ordinal').execute();
    for (const c of circles) byId.get(c.person_id)?.circles.push(c.value as Circle);
  }
  return ids.map((id) => byId.get(id)).filter((s): s is PersonSummary => s !== undefined);
}
