import type { Selectable } from 'kysely';
import type { AgendaInput } from '../core/agenda.js';
import type { Channel, ChecklistItem, Day, Prompt, PromptStatus } from '../core/types.js';
import { chunks, insertMany } from './batch.js';
import type { PromptTable } from './schema.js';
import type { Db } from './store.js';

export async function insertPrompts(db: Db, prompts: readonly Prompt[]): Promise<void> {
  await insertMany(db, 'prompt', prompts.map((p) => ({
    id: p.id, kind: p.kind, person_id: p.personId, show_on: p.showOn, due_on: p.dueOn, status: p.status,
    created_on: p.createdOn, closed_on: p.closedOn, snoozed_until: p.snoozedUntil, source_id: p.sourceId,
    checklist: JSON.stringify(p.checklist), data: JSON.stringify(p.data),
  })));
}

export function fromPromptRow(r: Selectable<PromptTable>): Prompt {
  return {
    id: r.id, kind: r.kind, personId: r.person_id, showOn: r.show_on, dueOn: r.due_on, status: r.status as PromptStatus,
    createdOn: r.created_on, closedOn: r.closed_on, snoozedUntil: r.snoozed_until, sourceId: r.source_id,
    checklist: JSON.parse(r.checklist) as ChecklistItem[],
    data: JSON.parse(r.data) as Prompt['data'],
  };
}

export async function getPrompt(db: Db, id: string): Promise<Prompt | undefined> {
  const row = await db.selectFrom('prompt').selectAll().where('id', '=', id.trim()).executeTakeFirst();
  return row && fromPromptRow(row);
}

export async function closePrompt(db: Db, id: string, status: Exclude<PromptStatus, 'open'>, on: Day): Promise<void> {
  await db.updateTable('prompt').set({ status, closed_on: on }).where('id', '=', id).execute();
}

export async function snoozePrompt(db: Db, id: string, until: Day): Promise<void> {
  await db.updateTable('prompt').set({ show_on: until, snoozed_until: until })
    .where('id', '=', id).execute();
}

/** Open prompts of a kind for these people. */
export async function openPromptsOf(db: Db, personIds: readonly string[], kind: string): Promise<Prompt[]> {
  const out: Prompt[] = [];
  for (const part of chunks(personIds)) {
    const rows = await db.selectFrom('prompt').selectAll().where('person_id', 'in', part).where('kind', '=', kind).where('status', '=', 'open').execute();
    out.push(...rows.map(fromPromptRow));
  }
  return out;
}

/** Moves an open prompt to a new day, for when what it depends on changed (a new cadence, a new exchange). */
export async function reschedulePrompt(db: Db, id: string, day: Day): Promise<void> {
  await db.updateTable('prompt').set({ show_on: day, due_on: day, snoozed_until: null }).where('id', '=', id).execute();
}

export async function deletePrompts(db: Db, ids: readonly string[]): Promise<void> {
  for (const part of chunks(ids)) await db.deleteFrom('prompt').where('id', 'in', part).execute();
}

/** Open prompts whose day has come, with the person and source exchange that explain them: one indexed range scan. */
export async function dueAgenda(db: Db, today: Day): Promise<AgendaInput[]> {
  const rows = await db.selectFrom('prompt as p')
    .innerJoin('person as who', 'who.id', 'p.person_id')
    .leftJoin('exchange as x', 'x.id', 'p.source_id')
    .leftJoin('event as e', 'e.id', 'x.event_id')
    .selectAll('p')
    .select(['who.name', 'who.priority', 'who.every_days', 'who.last_exchange_on', 'x.date as x_date', 'x.channel as x_channel', 'e.name as e_name'])
    .where('p.status', '=', 'open')
    .where('p.show_on', '<=', today)
    .execute();
  return rows.map((r) => ({
    prompt: fromPromptRow(r),
    person: { id: r.person_id, name: r.name, priority: r.priority, every: r.every_days, lastExchangeOn: r.last_exchange_on },
    source: r.x_date && r.x_channel ? { date: r.x_date, channel: r.x_channel as Channel, eventName: r.e_name } : null,
  }));
}

/** The earliest open prompt per person: "what's next" in person lists and pages. */
export async function nextDueOf(db: Db, personIds: readonly string[]): Promise<Map<string, Day>> {
  const out = new Map<string, Day>();
  for (const part of chunks(personIds)) {
    const rows = await db.selectFrom('prompt').select(['person_id', (eb) => eb.fn.min<string>('due_on').as('due')])
      .where('person_id', 'in', part).where('status', '=', 'open').groupBy('person_id').execute();
    for (const r of rows) out.set(r.person_id, r.due);
  }
  return out;
}
