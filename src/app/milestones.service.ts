import { addDays, daysBetween, parseDay } from '../core/dates.js';
import { MaillonError } from '../core/errors.js';
import { birthdayFrom } from '../core/birthday.js';
import { CONGRATULATE } from '../core/kinds.favours.js';
import { MILESTONE_KINDS, type Milestone, type MilestoneKind } from '../core/tending.js';
import type { Day, Prompt } from '../core/types.js';
import { text } from '../core/validate.js';
import { insertMilestone, setBirthday } from '../storage/milestone.repository.js';
import { insertPrompts } from '../storage/prompt.repository.js';
import type { AppContext } from './context.js';
import { resolvePerson } from './resolve.js';

/** A congratulation is due within these few days of the news. */
export const CONGRATULATE_WITHIN_DAYS = 3;
// Backfilling old news should not flood the agenda: past this age, no congratulation is opened.
export const MILESTONE_MAX_AGE_DAYS = 60;

export interface MilestoneInput {
  kind: string;
  date?: string;
  note?: string;
}

export interface MilestoneResult {
  person: { id: string; name: string };
  /** The milestone recorded; null for a birthday, which is kept on the person instead. */
  milestone: Milestone | null;
  /** The birthday now set, for `--kind birthday`: 'YYYY-MM-DD' or '--MM-DD'. */
  birthday: string | null;
  congratulate: { id: string; showOn: Day; dueOn: Day } | null;
  /** Why no congratulation was opened for a milestone: it is too old. */
  noPrompt: 'too-old' | null;
}

export function parseMilestoneKind(value: string): MilestoneKind {
  const v = value.trim().toLowerCase();
  const kind = MILESTONE_KINDS.find((k) => k === v);
  if (!kind) throw new MaillonError('milestone.bad_kind', { value, allowed: MILESTONE_KINDS.join(', ') });
  return kind;
}


/**
 * Records what a person achieved and opens a congratulation, due within a few days; a future
 * milestone (a launch next week) shows on its day. A birthday is set on the person instead:
 * it then comes back every year as the computed `birthday` kind.
 */
/** The congratulate prompt of a milestone, shown on its day; none for news older than 60 days. */
export function congratulatePrompt(id: string, milestone: Milestone, today: Day): Prompt | null {
  if (daysBetween(milestone.date, today) > MILESTONE_MAX_AGE_DAYS) return null;
  const showOn = milestone.date > today ? milestone.date : today;
  return {
    id, kind: CONGRATULATE, personId: milestone.personId, showOn, dueOn: addDays(showOn, CONGRATULATE_WITHIN_DAYS),
    status: 'open', createdOn: today, closedOn: null, snoozedUntil: null, sourceId: milestone.id, checklist: [],
    data: { milestone: milestone.kind, date: milestone.date, ...(milestone.note ? { note: milestone.note } : {}) },
  };
}

export async function recordMilestone(ctx: AppContext, ref: string, input: MilestoneInput): Promise<MilestoneResult> {
  const kind = parseMilestoneKind(input.kind);
  const birthday = kind === 'birthday' ? birthdayFrom(input.date, ctx.today) : null;
  const date = input.date && !birthday ? parseDay(input.date) : ctx.today;
  const note = text(input.note);
  return ctx.store.transaction(async (trx) => {
    const person = await resolvePerson(trx, ref);
    const who = { id: person.id, name: person.name };
    if (birthday) {
      await setBirthday(trx, person.id, birthday);
      return { person: who, milestone: null, birthday, congratulate: null, noPrompt: null };
    }
    const milestone: Milestone = { id: ctx.newId(), personId: person.id, kind, date, note };
    await insertMilestone(trx, milestone);
    const prompt = congratulatePrompt(ctx.newId(), milestone, ctx.today);
    if (!prompt) return { person: who, milestone, birthday: null, congratulate: null, noPrompt: 'too-old' };
    await insertPrompts(trx, [prompt]);
    return { person: who, milestone, birthday: null, congratulate: { id: prompt.id, showOn: prompt.showOn, dueOn: prompt.dueOn }, noPrompt: null };
  });
}
