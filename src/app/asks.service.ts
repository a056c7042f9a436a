import { addDays, parseDay } from '../core/dates.js';
import { MaillonError } from '../core/errors.js';
import { ASK_FOLLOW_UP, ASK_NUDGE_DAYS, responseRates, type ResponseRate } from '../core/sharing.js';
import type { Ask, AskStatus } from '../core/tending.js';
import type { Day, Prompt } from '../core/types.js';
import { parseWhole, text } from '../core/validate.js';
import { askOutcomes, closeAsk, closeAskFollowUp, getAsk, insertAsk, listAsks } from '../storage/ask.repository.js';
import { insertPrompts } from '../storage/prompt.repository.js';
import { personNames } from '../storage/share.repository.js';
import type { Db } from '../storage/store.js';
import type { AppContext } from './context.js';
import { resolvePerson } from './resolve.js';
import type { Named } from './shares.service.js';

/** An ask as shown: the person asked and the one who introduced, by name. */
export interface AskView extends Omit<Ask, 'personId' | 'viaId'> {
  person: Named;
  via: Named | null;
}

export interface AskInput {
  ref: string;
  about: string;
  via?: string;
  date?: string;
  /** Days without an answer before the agenda suggests a nudge. */
  nudgeAfter?: string;
}

async function views(db: Db, asks: readonly Ask[]): Promise<AskView[]> {
  const names = await personNames(db, asks.flatMap((a) => (a.viaId ? [a.personId, a.viaId] : [a.personId])));
  const named = (id: string) => ({ id, name: names.get(id) ?? '' });
  return asks.map(({ personId, viaId, ...a }) => ({ ...a, person: named(personId), via: viaId ? named(viaId) : null }));
}

const viewOf = async (db: Db, a: Ask): Promise<AskView> => (await views(db, [a]))[0] ?? { ...a, person: { id: a.personId, name: '' }, via: null };

export interface AskResult extends AskView {
  /** The agenda item that comes up if no answer has arrived by then. */
  followUp: { id: string; showOn: Day };
}

/**
 * Tracks a request for advice, often to someone new, and schedules a polite nudge in the
 * agenda for when no answer has come N days later (7 unless said otherwise).
 */
/** The nudge of an ask: shown `after` days past the ask if no answer came. */
export function askFollowUpPrompt(id: string, a: Ask, viaName: string | null, after: number, today: Day): Prompt {
  const showOn = addDays(a.date, after);
  return {
    id, kind: ASK_FOLLOW_UP, personId: a.personId, showOn, dueOn: showOn, status: 'open', createdOn: today,
    closedOn: null, snoozedUntil: null, sourceId: a.id, checklist: [], data: { about: a.about, date: a.date, via: viaName ?? '' },
  };
}

export async function ask(ctx: AppContext, input: AskInput): Promise<AskResult> {
  const about = text(input.about);
  if (!about) throw new MaillonError('input.empty', { field: 'about' });
  const date = input.date === undefined ? ctx.today : parseDay(input.date);
  if (date > ctx.today) throw new MaillonError('input.bad_date', { field: 'date', value: date, reason: 'future' });
  const after = input.nudgeAfter === undefined ? ASK_NUDGE_DAYS : parseWhole(input.nudgeAfter, 'nudge-after', 1, 365);
  return ctx.store.transaction(async (trx) => {
    const person = await resolvePerson(trx, input.ref);
    const via = input.via === undefined ? null : await resolvePerson(trx, input.via);
    // The user is not a person of the model, so the only "self" to refuse is an introducer
    // who would introduce the person to themselves.
    if (via?.id === person.id) throw new MaillonError('ask.self', { name: person.name });
    const a: Ask = { id: ctx.newId(), personId: person.id, about, viaId: via?.id ?? null, date, status: 'open', closedOn: null };
    const prompt = askFollowUpPrompt(ctx.newId(), a, via?.name ?? null, after, ctx.today);
    const showOn = prompt.showOn;
    await insertAsk(trx, a);
    await insertPrompts(trx, [prompt]);
    return { ...(await viewOf(trx, a)), followUp: { id: prompt.id, showOn } };
  });
}

export interface ClosedAsk extends AskView {
  /** The follow-up closed with it, if it was still open. */
  closedFollowUp: string | null;
}

/** Closes an ask as answered or unanswered; its nudge, no longer needed, leaves the agenda. */
export async function closeAskAs(ctx: AppContext, id: string, status: Exclude<AskStatus, 'open'>): Promise<ClosedAsk> {
  return ctx.store.transaction(async (trx) => {
    const a = await getAsk(trx, id);
    if (!a) throw new MaillonError('ask.not_found', { id });
    if (a.status !== 'open') throw new MaillonError('ask.closed', { id: a.id, status: a.status });
    await closeAsk(trx, a.id, status, ctx.today);
    const closedFollowUp = await closeAskFollowUp(trx, a, 'waived', ctx.today);
    return { ...(await viewOf(trx, { ...a, status, closedOn: ctx.today })), closedFollowUp };
  });
}

export async function asks(ctx: AppContext, options: { open?: boolean }): Promise<AskView[]> {
  return ctx.store.read(async (db) => views(db, await listAsks(db, options.open ? { open: true } : {})));
}

/** Response rate overall, for cold asks and for asks made through an introduction. */
export async function askReport(ctx: AppContext): Promise<{ all: ResponseRate; cold: ResponseRate; introduced: ResponseRate }> {
  return ctx.store.read(async (db) => responseRates(await askOutcomes(db)));
}
