import type { AgendaPerson } from '../core/agenda.js';
import type { Milestone, MilestoneKind } from '../core/tending.js';
import type { Day } from '../core/types.js';
import { chunks } from './batch.js';
import type { Db } from './store.js';

export async function insertMilestone(db: Db, m: Milestone): Promise<void> {
  await db.insertInto('milestone').values({ id: m.id, person_id: m.personId, kind: m.kind, date: m.date, note: m.note }).execute();
}

/** A person's milestones, newest first. */
export async function milestonesOf(db: Db, personId: string): Promise<Milestone[]> {
  const rows = await db.selectFrom('milestone').selectAll().where('person_id', '=', personId)
    .orderBy('date', 'desc').orderBy('id', 'desc').execute();
  return rows.map((r) => ({ id: r.id, personId: r.person_id, kind: r.kind as MilestoneKind, date: r.date, note: r.note }));
}

/**
 * Sets a person's birthday ('YYYY-MM-DD' or '--MM-DD') and its 'MM-DD', which the agenda
 * looks birthdays up by. Birthdays are not part of search text, so person_search stays as is.
 */
export async function setBirthday(db: Db, personId: string, birthday: string): Promise<void> {
  await db.updateTable('person').set({ birthday, birthday_md: birthday.slice(-5) }).where('id', '=', personId).execute();
}

/**
 * People whose birthday falls on one of these 'MM-DD' (one lookup on the index), less the
 * dormant online or event acquaintances: a LinkedIn or phone import brings hundreds of
 * birthdays, and the agenda must not list strangers'. Ranked people, those kept in touch
 * with, seen since `since`, or placed in a closer circle (or none) stay. The circles are
 * read for these few people only: as a subquery, PostgreSQL scanned every label.
 */
export async function birthdaysOn(db: Db, mds: readonly string[], since: Day): Promise<(AgendaPerson & { birthday: string; md: string })[]> {
  if (mds.length === 0) return [];
  const rows = await db.selectFrom('person')
    .select(['id', 'name', 'priority', 'every_days', 'last_exchange_on', 'birthday', 'birthday_md'])
    .where('birthday_md', 'in', mds)
    .execute();
  const close = (r: (typeof rows)[number]) => r.priority !== null || r.every_days !== null || (r.last_exchange_on ?? '') >= since;
  const unsure = rows.filter((r) => !close(r)).map((r) => r.id);
  const circles = new Map<string, string[]>();
  for (const part of chunks(unsure)) {
    const labels = await db.selectFrom('person_label').select(['person_id', 'value']).where('person_id', 'in', part).where('kind', '=', 'circle').execute();
    for (const l of labels) circles.set(l.person_id, [...(circles.get(l.person_id) ?? []), l.value]);
  }
  const distant = (id: string) => {
    const list = circles.get(id);
    return list !== undefined && list.every((c) => c === 'online' || c === 'event');
  };
  return rows.flatMap((r) => (r.birthday && r.birthday_md && (close(r) || !distant(r.id)) ? [{
    id: r.id, name: r.name, priority: r.priority, every: r.every_days, lastExchangeOn: r.last_exchange_on, birthday: r.birthday, md: r.birthday_md,
  }] : []));
}
