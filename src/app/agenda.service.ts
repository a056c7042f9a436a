import { buildAgenda, type AgendaItem } from '../core/agenda.js';
import { addDays } from '../core/dates.js';
import { MaillonError } from '../core/errors.js';
import { parseWhole } from '../core/validate.js';
import { closePrompt, dueAgenda, getPrompt, snoozePrompt } from '../storage/prompt.repository.js';
import { readSettings } from '../storage/settings.repository.js';
import type { AppContext } from './context.js';
import { KEEP_IN_TOUCH, syncKeepInTouch } from './keep-in-touch.js';

export interface Agenda {
  date: string;
  items: AgendaItem[];
  /** True when there is no one in the network yet, so the CLI can teach where to start. */
  networkEmpty: boolean;
}

/** Every open prompt whose day has come, most important first, each with its reasons. */
export async function agenda(ctx: AppContext): Promise<Agenda> {
  return ctx.store.read(async (db) => {
    const [inputs, settings, anyone] = await Promise.all([
      dueAgenda(db, ctx.today), readSettings(db), db.selectFrom('person').select('id').limit(1).executeTakeFirst(),
    ]);
    return { date: ctx.today, items: buildAgenda(inputs, ctx.today, settings), networkEmpty: anyone === undefined };
  });
}

async function openPrompt(db: Parameters<typeof getPrompt>[0], id: string) {
  const prompt = await getPrompt(db, id);
  if (!prompt) throw new MaillonError('prompt.not_found', { id });
  if (prompt.status !== 'open') throw new MaillonError('prompt.closed', { id, status: prompt.status });
  const person = await db.selectFrom('person').select('name').where('id', '=', prompt.personId).executeTakeFirst();
  return { ...prompt, personName: person?.name ?? '' };
}

/** Marks a prompt done. A keep-in-touch done counts as contact: the next one comes a cadence later. */
export async function done(ctx: AppContext, id: string) {
  return ctx.store.transaction(async (trx) => {
    const prompt = await openPrompt(trx, id);
    await closePrompt(trx, prompt.id, 'done', ctx.today);
    if (prompt.kind === KEEP_IN_TOUCH) await syncKeepInTouch(trx, [prompt.personId], await readSettings(trx), ctx.today, ctx.newId);
    return prompt;
  });
}

/** Hides a prompt for N days; it comes back, still open, on that day. */
export async function snooze(ctx: AppContext, id: string, days: string | number) {
  const n = parseWhole(days, 'days', 1, 3650);
  return ctx.store.transaction(async (trx) => {
    const prompt = await openPrompt(trx, id);
    const until = addDays(ctx.today, n);
    await snoozePrompt(trx, prompt.id, until);
    return { ...prompt, showOn: until, snoozedUntil: until };
  });
}
