import { nextTouchDue } from '../core/cadence.js';
import type { Day, Prompt, Settings } from '../core/types.js';
import { chunks } from '../storage/batch.js';
import { deletePrompts, insertPrompts, openPromptsOf, reschedulePrompt } from '../storage/prompt.repository.js';
import type { Db } from '../storage/store.js';

export const KEEP_IN_TOUCH = 'keep-in-touch';

/**
 * Keeps each person's one open keep-in-touch prompt on the day their cadence says, after
 * anything that moves it: a logged exchange, a new rank or cadence, a "done". A snooze
 * still holds when it ends later than the new day.
 */
export async function syncKeepInTouch(db: Db, personIds: readonly string[], settings: Settings, today: Day, newId: () => string): Promise<void> {
  if (personIds.length === 0) return;
  const people = new Map<string, { priority: number | null; every_days: number | null; last_exchange_on: string | null; created_on: string }>();
  const lastDone = new Map<string, Day>();
  for (const part of chunks(personIds)) {
    const rows = await db.selectFrom('person').select(['id', 'priority', 'every_days', 'last_exchange_on', 'created_on']).where('id', 'in', part).execute();
    for (const r of rows) people.set(r.id, r);
    const done = await db.selectFrom('prompt').select(['person_id', (eb) => eb.fn.max<string>('closed_on').as('on')])
      .where('person_id', 'in', part).where('kind', '=', KEEP_IN_TOUCH).where('status', '=', 'done').groupBy('person_id').execute();
    for (const d of done) if (d.on) lastDone.set(d.person_id, d.on);
  }
  const open = new Map((await openPromptsOf(db, personIds, KEEP_IN_TOUCH)).map((p) => [p.personId, p]));
  const created: Prompt[] = [];
  const dropped: string[] = [];
  for (const [id, p] of people) {
    const done = lastDone.get(id);
    const last = [p.last_exchange_on, done].filter((d): d is string => !!d).sort().at(-1) ?? null;
    const due = nextTouchDue({ priority: p.priority, every: p.every_days, lastExchangeOn: last, createdOn: p.created_on }, settings);
    const current = open.get(id);
    if (due === null) {
      if (current) dropped.push(current.id);
    } else if (!current) {
      created.push(keepInTouchPrompt(newId(), id, due, today));
    } else if (current.dueOn !== due) {
      const snoozed = current.snoozedUntil !== null && current.snoozedUntil > due;
      if (snoozed) await db.updateTable('prompt').set({ due_on: due }).where('id', '=', current.id).execute();
      else await reschedulePrompt(db, current.id, due);
    }
  }
  await deletePrompts(db, dropped);
  await insertPrompts(db, created);
}

export function keepInTouchPrompt(id: string, personId: string, due: Day, today: Day): Prompt {
  return {
    id, kind: KEEP_IN_TOUCH, personId, showOn: due, dueOn: due, status: 'open', createdOn: today,
    closedOn: null, snoozedUntil: null, sourceId: null, checklist: [], data: {},
  };
}
