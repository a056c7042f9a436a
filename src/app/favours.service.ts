import { addDays, daysBetween, parseDay } from '../core/dates.js';
import { MaillonError } from '../core/errors.js';
import { RECIPROCATE, REPORT_BACK, THANK } from '../core/kinds.favours.js';
import { balanceOf, balances, byHelpfulness, overall, type Balance, type PersonBalance } from '../core/reciprocity.js';
import { FAVOUR_KINDS, type Favour, type FavourDirection, type FavourKind } from '../core/tending.js';
import type { Day, Exchange, Prompt } from '../core/types.js';
import { text } from '../core/validate.js';
import { favoursOf, favourTallies, insertFavour, introducedFirstExchange, markThanked, thanksDone, unthanked } from '../storage/favour.repository.js';
import { getPerson, updatePerson } from '../storage/person.repository.js';
import { closePrompt, insertPrompts, openPromptsOf } from '../storage/prompt.repository.js';
import { personNames } from '../storage/share.repository.js';
import type { Db } from '../storage/store.js';
import type { AppContext } from './context.js';
import { metText } from './people.service.js';
import { resolvePerson } from './resolve.js';

/** A thank-you is due within these days of the favour being noted. */
export const THANK_WITHIN_DAYS = 2;
export const REPORT_BACK_WITHIN_DAYS = 7;
// A first exchange logged long after the fact is history, not news worth telling the introducer.
export const REPORT_BACK_MAX_AGE_DAYS = 30;

interface Named { id: string; name: string }

export interface FavourInput {
  kind: string;
  note?: string;
  date?: string;
  /** For an introduction: the person introduced. */
  to?: string;
  /** A received favour already thanked: no thank-you prompt is opened. */
  thanked?: boolean;
}

export interface FavourResult {
  favour: Favour;
  person: Named;
  introduced: Named | null;
  /**
   * For an introduction received: 'set' when the introduced person's "how met" now names the
   * introducer, 'already' when it did, 'kept' when it names someone else (left as is).
   */
  howMet: 'set' | 'already' | 'kept' | null;
  thank: { id: string; dueOn: Day } | null;
  balance: PersonBalance;
}

export function parseFavourKind(value: string): FavourKind {
  const v = value.trim().toLowerCase();
  const kind = FAVOUR_KINDS.find((k) => k === v);
  if (!kind) throw new MaillonError('favour.bad_kind', { value, allowed: FAVOUR_KINDS.join(', ') });
  return kind;
}

/**
 * Notes a favour given or received. A received one opens a thank-you, due within two days;
 * an introduction received also records how the user met the person introduced.
 */
export async function recordFavour(ctx: AppContext, direction: FavourDirection, ref: string, input: FavourInput): Promise<FavourResult> {
  const kind = parseFavourKind(input.kind);
  const date = input.date ? parseDay(input.date) : ctx.today;
  if (date > ctx.today) throw new MaillonError('input.bad_date', { field: 'date', value: date, reason: 'future' });
  if (input.to !== undefined && kind !== 'introduction') throw new MaillonError('favour.bad_kind', { value: kind, allowed: 'introduction', reason: 'to' });
  const note = text(input.note);
  return ctx.store.transaction(async (trx) => {
    const person = await resolvePerson(trx, ref);
    const introduced = input.to !== undefined ? await resolvePerson(trx, input.to) : null;
    if (introduced?.id === person.id) throw new MaillonError('favour.self', { ref, to: input.to });
    const favour: Favour = {
      id: ctx.newId(), direction, personId: person.id, kind, date, note, introducedId: introduced?.id ?? null,
      thankedOn: direction === 'received' && input.thanked ? ctx.today : null,
    };
    await insertFavour(trx, favour);
    const howMet = direction === 'received' && introduced ? await setIntroducer(ctx, trx, introduced.id, person.id) : null;
    let thank: FavourResult['thank'] = null;
    if (direction === 'received' && !favour.thankedOn) {
      const prompt = thankPrompt(ctx.newId(), favour, introduced?.name ?? null, ctx.today);
      await insertPrompts(trx, [prompt]);
      thank = { id: prompt.id, dueOn: prompt.dueOn };
    }
    // A favour given answers the nudge to return one, even one snoozed (and so stored).
    if (direction === 'given') await closeAll(trx, await openPromptsOf(trx, [person.id], RECIPROCATE), ctx.today);
    const tallies = await favourTallies(trx, ctx.today, [person.id]);
    return {
      favour, person: named(person), introduced: introduced && named(introduced), howMet, thank, balance: balanceOf(tallies, person.id),
    };
  });
}

const named = (c: Named): Named => ({ id: c.id, name: c.name });

function promptOf(id: string, today: Day, kind: string, personId: string, within: number, sourceId: string, data: Prompt['data']): Prompt {
  return {
    id, kind, personId, showOn: today, dueOn: addDays(today, within), status: 'open', createdOn: today,
    closedOn: null, snoozedUntil: null, sourceId, checklist: [], data,
  };
}

/** The thank prompt of a received favour, due in two days. */
export function thankPrompt(id: string, favour: Favour, introducedName: string | null, today: Day): Prompt {
  return promptOf(id, today, THANK, favour.personId, THANK_WITHIN_DAYS, favour.id, {
    favour: favour.kind, date: favour.date, ...(favour.note ? { note: favour.note } : {}), ...(introducedName ? { introduced: introducedName } : {}),
  });
}

async function closeAll(db: Db, prompts: readonly Prompt[], on: Day): Promise<void> {
  for (const p of prompts) await closePrompt(db, p.id, 'done', on);
}

/** Records who introduced a person, unless their "how met" already names someone: the first account is kept. */
async function setIntroducer(ctx: AppContext, db: Db, personId: string, introducerId: string): Promise<FavourResult['howMet']> {
  const person = await getPerson(db, personId);
  if (!person) return null;
  if (person.introducedById !== null) return person.introducedById === introducerId ? 'already' : 'kept';
  const next = { ...person, introducedById: introducerId };
  // Written through the person repository so the "how met" search text names the introducer too.
  await updatePerson(db, { person: next, metText: await metText(db, next) }, ctx.newId);
  return 'set';
}

export interface ThankResult {
  person: Named;
  /** The favours now marked thanked. */
  favours: Favour[];
  /** The thank-you prompts closed. */
  closed: string[];
}

/** Says thank you to a person: their favours received are marked thanked, and their thank-you prompts closed. */
export async function thank(ctx: AppContext, ref: string): Promise<ThankResult> {
  return ctx.store.transaction(async (trx) => {
    const person = await resolvePerson(trx, ref);
    const done = await thanksDone(trx, person.id, THANK);
    const favours = (await unthanked(trx, person.id)).filter((f) => !done.has(f.id));
    await markThanked(trx, favours.map((f) => f.id), ctx.today);
    const prompts = await openPromptsOf(trx, [person.id], THANK);
    await closeAll(trx, prompts, ctx.today);
    return { person: named(person), favours: favours.map((f) => ({ ...f, thankedOn: ctx.today })), closed: prompts.map((p) => p.id) };
  });
}

export interface PersonFavours {
  person: Named;
  balance: PersonBalance;
  favours: (Favour & { introduced: Named | null })[];
}

export interface NetworkBalance {
  overall: Balance & { people: number };
  /** Everyone with a favour either way, the most helpful first. */
  people: (PersonBalance & { name: string })[];
}

/** One person's favours either way and their balance. */
export async function personFavours(ctx: AppContext, ref: string): Promise<PersonFavours> {
  return ctx.store.read(async (db) => {
    const person = await resolvePerson(db, ref);
    const [favours, tallies, done] = await Promise.all([favoursOf(db, person.id), favourTallies(db, ctx.today, [person.id]), thanksDone(db, person.id, THANK)]);
    const names = await personNames(db, favours.flatMap((f) => (f.introducedId ? [f.introducedId] : [])));
    return {
      person: named(person),
      balance: balanceOf(tallies, person.id),
      favours: favours.map((f) => {
        const name = f.introducedId ? names.get(f.introducedId) : undefined;
        const introduced = f.introducedId && name !== undefined ? { id: f.introducedId, name } : null;
        return { ...f, thankedOn: f.thankedOn ?? done.get(f.id) ?? null, introduced };
      }),
    };
  });
}

/** The balance with everyone, and overall. */
export async function networkBalance(ctx: AppContext): Promise<NetworkBalance> {
  return ctx.store.read(async (db) => {
    const list = balances(await favourTallies(db, ctx.today)).sort(byHelpfulness);
    const names = await personNames(db, list.map((b) => b.personId));
    return { overall: overall(list), people: list.map((b) => ({ ...b, name: names.get(b.personId) ?? '' })) };
  });
}

/**
 * After an exchange: when it is the first with someone who was introduced, opens a prompt to
 * tell the introducer how it went. Not when the introducer took part, nor for old history.
 */
export async function reportBackAfter(db: Db, exchange: Exchange, today: Day, newId: () => string): Promise<Prompt[]> {
  if (daysBetween(exchange.date, today) > REPORT_BACK_MAX_AGE_DAYS) return [];
  const firsts = await introducedFirstExchange(db, exchange.participantIds);
  const prompts = firsts.filter((p) => !exchange.participantIds.includes(p.introducerId)).map((p) =>
    promptOf(newId(), today, REPORT_BACK, p.introducerId, REPORT_BACK_WITHIN_DAYS, exchange.id, { about: 'introduction', introduced: p.name }));
  await insertPrompts(db, prompts);
  return prompts;
}
