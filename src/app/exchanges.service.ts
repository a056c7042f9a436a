import { daysBetween, parseDay } from '../core/dates.js';
import { MaillonError } from '../core/errors.js';
import { followUpChecklist, followUpDue } from '../core/followup.js';
import type { Exchange, Prompt } from '../core/types.js';
import { parseChannel, text } from '../core/validate.js';
import { insertExchanges, touchPeople } from '../storage/exchange.repository.js';
import { getPeople } from '../storage/person.repository.js';
import { insertPrompts } from '../storage/prompt.repository.js';
import { readSettings } from '../storage/settings.repository.js';
import type { AppContext } from './context.js';
import { reportBackAfter } from './favours.service.js';
import { syncKeepInTouch } from './keep-in-touch.js';
import { resolveEvent, resolvePerson } from './resolve.js';

export const FOLLOW_UP = 'follow-up';
// Backfilling old history should not flood the agenda: past this age, no follow-up is opened.
export const FOLLOW_UP_MAX_AGE_DAYS = 30;

export interface LogInput {
  refs: string[];
  channel: string;
  date?: string;
  event?: string;
  summary?: string;
  theyInitiated?: boolean;
  followUp?: boolean;
}

export interface LogResult {
  exchange: Exchange;
  participants: { id: string; name: string }[];
  followUps: Prompt[];
  /** Prompts to tell an introducer how the first exchange with the person they introduced went. */
  reportBacks: Prompt[];
  /** Why no follow-up was opened, when none was: 'waived' or 'too-old'. */
  noFollowUp: 'waived' | 'too-old' | null;
}

/**
 * Logs an exchange with one or more people. It resets their keep-in-touch cadence and,
 * unless waived, opens a follow-up per person with a checklist fitted to what is known.
 */
export async function logExchange(ctx: AppContext, input: LogInput): Promise<LogResult> {
  const channel = parseChannel(input.channel);
  const date = input.date ? parseDay(input.date) : ctx.today;
  if (date > ctx.today) throw new MaillonError('input.bad_date', { field: 'date', value: date, reason: 'future' });
  if (input.refs.length === 0) throw new MaillonError('input.empty', { field: 'person' });
  return ctx.store.transaction(async (trx) => {
    const participants = [];
    for (const ref of input.refs) participants.push(await resolvePerson(trx, ref));
    const ids = [...new Set(participants.map((p) => p.id))].sort();
    const eventId = input.event ? (await resolveEvent(trx, input.event)).id : null;
    const exchange: Exchange = {
      id: ctx.newId(), date, channel, theyInitiated: input.theyInitiated === true,
      participantIds: ids, eventId, summary: text(input.summary),
    };
    await insertExchanges(trx, [exchange]);
    await touchPeople(trx, ids, date);
    const settings = await readSettings(trx);
    await syncKeepInTouch(trx, ids, settings, ctx.today, ctx.newId);

    const tooOld = daysBetween(date, ctx.today) > FOLLOW_UP_MAX_AGE_DAYS;
    const noFollowUp = input.followUp === false ? 'waived' : tooOld ? 'too-old' : null;
    const people = await getPeople(trx, ids);
    const followUps: Prompt[] = noFollowUp ? [] : people.map((person) => ({
      id: ctx.newId(), kind: FOLLOW_UP, personId: person.id, showOn: date, dueOn: followUpDue(date, settings.followUpDays),
      status: 'open', createdOn: ctx.today, closedOn: null, snoozedUntil: null, sourceId: exchange.id,
      checklist: followUpChecklist(exchange, person), data: {},
    }));
    await insertPrompts(trx, followUps);
    const reportBacks = await reportBackAfter(trx, exchange, ctx.today, ctx.newId);
    return { exchange, participants: people.map((p) => ({ id: p.id, name: p.name })), followUps, reportBacks, noFollowUp };
  });
}
