import { buildAgenda, type AgendaInput, type AgendaItem } from '../core/agenda.js';
import type { Day, Prompt, Settings } from '../core/types.js';
import { chunks } from '../storage/batch.js';
import type { Db } from '../storage/store.js';
import { DERIVED_SOURCES } from './agenda-sources.js';
import { THANK } from '../core/kinds.favours.js';
import { markThanked } from '../storage/favour.repository.js';
import { addDays } from '../core/dates.js';
import { MaillonError } from '../core/errors.js';
import { parseWhole } from '../core/validate.js';
import { closePrompt, dueAgenda, getPrompt, insertPrompts, snoozePrompt } from '../storage/prompt.repository.js';
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
    const [stored, settings, anyone] = await Promise.all([
      dueAgenda(db, ctx.today), readSettings(db), db.selectFrom('person').select('id').limit(1).executeTakeFirst(),
    ]);
    const derived = await derivedInputs(db, ctx.today, settings);
    return { date: ctx.today, items: buildAgenda([...stored, ...derived], ctx.today, settings), networkEmpty: anyone === undefined };
  });
}

/** Computed prompts, less those the user already closed or snoozed (stored under the same id). */
async function derivedInputs(db: Db, today: Day, settings: Settings): Promise<AgendaInput[]> {
  const inputs = (await Promise.all(DERIVED_SOURCES.map((s) => s.collect(db, today, settings)))).flat();
  if (inputs.length === 0) return [];
  const stored = new Set<string>();
  for (const part of chunks(inputs.map((i) => i.prompt.id))) {
    for (const r of await db.selectFrom('prompt').select('id').where('id', 'in', part).execute()) stored.add(r.id);
  }
  return inputs.filter((i) => !stored.has(i.prompt.id));
}

/** A computed prompt, stored so that done or snooze can act on it like any other. */
async function materialize(db: Db, id: string, today: Day): Promise<Prompt | undefined> {
  const source = DERIVED_SOURCES.find((s) => id.startsWith(`${s.kind}.`));
  if (!source) return undefined;
  const found = (await source.collect(db, today, await readSettings(db))).find((i) => i.prompt.id === id);
  if (!found) return undefined;
  await insertPrompts(db, [found.prompt]);
  return found.prompt;
}

async function openPrompt(db: Db, id: string, today: Day) {
  const prompt = (await getPrompt(db, id)) ?? (await materialize(db, id.trim(), today));
  if (!prompt) throw new MaillonError('prompt.not_found', { id });
  if (prompt.status !== 'open') throw new MaillonError('prompt.closed', { id, status: prompt.status });
  const person = await db.selectFrom('person').select('name').where('id', '=', prompt.personId).executeTakeFirst();
  return { ...prompt, personName: person?.name ?? '' };
}

/**
 * What marking a prompt done means beyond closing it, by kind: a keep-in-touch done counts as
 * contact, so the next one comes a cadence later; thanking through the agenda marks the favour thanked.
 */
const AFTER_DONE: Partial<Record<string, (ctx: AppContext, db: Db, prompt: Prompt) => Promise<void>>> = {
  [KEEP_IN_TOUCH]: async (ctx, db, prompt) => {
    await syncKeepInTouch(db, [prompt.personId], await readSettings(db), ctx.today, ctx.newId);
  },
  [THANK]: async (ctx, db, prompt) => {
    if (prompt.sourceId) await markThanked(db, [prompt.sourceId], ctx.today);
  },
};

/** Marks a prompt done. A keep-in-touch done counts as contact: the next one comes a cadence later. */
export async function done(ctx: AppContext, id: string) {
  return ctx.store.transaction(async (trx) => {
    const prompt = await openPrompt(trx, id, ctx.today);
    await closePrompt(trx, prompt.id, 'done', ctx.today);
    await AFTER_DONE[prompt.kind]?.(ctx, trx, prompt);
    return prompt;
  });
}

/** Hides a prompt for N days; it comes back, still open, on that day. */
export async function snooze(ctx: AppContext, id: string, days: string | number) {
  const n = parseWhole(days, 'days', 1, 3650);
  return ctx.store.transaction(async (trx) => {
    const prompt = await openPrompt(trx, id, ctx.today);
    const until = addDays(ctx.today, n);
    await snoozePrompt(trx, prompt.id, until);
    return { ...prompt, showOn: until, snoozedUntil: until };
  });
}
