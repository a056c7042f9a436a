import type { AgendaInput } from '../core/agenda.js';
import { addDays } from '../core/dates.js';
import { ageOn, BIRTHDAY, BIRTHDAY_LEAD_DAYS, birthdayWindow, RECIPROCATE } from '../core/kinds.favours.js';
import { balances, RETURN_AFTER_DAYS, RETURN_NUDGES, RETURN_WITHIN_DAYS, toReturn } from '../core/reciprocity.js';
import type { Day, Prompt } from '../core/types.js';
import { favourTallies, lastReceived, returnCandidates, storedPromptIds } from '../storage/favour.repository.js';
import { birthdaysOn } from '../storage/milestone.repository.js';
import { getPeople } from '../storage/person.repository.js';
import type { DerivedSource } from './agenda-sources.js';

function computed(id: string, kind: string, personId: string, showOn: Day, dueOn: Day, today: Day, data: Prompt['data']): Prompt {
  return {
    id, kind, personId, showOn, dueOn, status: 'open', createdOn: today, closedOn: null, snoozedUntil: null,
    sourceId: null, checklist: [], data,
  };
}

/**
 * Birthdays come back every year, from three days before to the day; a year-less one works
 * the same. The id carries the year, so "done" this year leaves next year's to come.
 */
const birthdays: DerivedSource = {
  kind: BIRTHDAY,
  async collect(db, today) {
    const window = birthdayWindow(today);
    const dayOf = new Map<string, Day>();
    for (const { md, on } of window) if (!dayOf.has(md)) dayOf.set(md, on);
    const people = await birthdaysOn(db, [...dayOf.keys()], addDays(today, -365));
    return people.flatMap(({ birthday, md, ...person }): AgendaInput[] => {
      const on = dayOf.get(md);
      if (on === undefined) return [];
      const age = ageOn(birthday, on);
      const id = `${BIRTHDAY}.${person.id}.${on.slice(0, 4)}`;
      const prompt = computed(id, BIRTHDAY, person.id, addDays(on, -BIRTHDAY_LEAD_DAYS), on, today, { date: on, ...(age === null ? {} : { age }) });
      return [{ prompt, person, source: null }];
    });
  },
};

/**
 * People who helped the user more than the user helped them over the last year, with nothing
 * given back since their last favour two weeks ago or more: at most a handful, the most
 * helpful first. The id names that last favour, so a new favour received brings the nudge
 * back after "done".
 */
const reciprocate: DerivedSource = {
  kind: RECIPROCATE,
  async collect(db, today) {
    const from = addDays(today, -RETURN_WITHIN_DAYS);
    // A few more than shown, so those the user already closed do not leave the list short.
    const pool = RETURN_NUDGES * 3;
    const candidates = await returnCandidates(db, from, today, addDays(today, -RETURN_AFTER_DAYS), pool);
    if (candidates.length === 0) return [];
    const waiting = toReturn(balances(await favourTallies(db, today, candidates, from)), today, pool);
    const ids = waiting.map((b) => b.personId);
    const [last, people] = await Promise.all([lastReceived(db, ids, today), getPeople(db, ids)]);
    const byId = new Map(people.map((p) => [p.id, p]));
    const inputs = waiting.flatMap((b): AgendaInput[] => {
      const favour = last.get(b.personId);
      const p = byId.get(b.personId);
      if (!favour || !p) return [];
      const kinds = Object.entries(b.received.kinds).map(([kind, n]) => `${kind}:${String(n)}`).join(',');
      const data = { count: b.received.count, kinds, last: favour.date };
      const prompt = computed(`${RECIPROCATE}.${p.id}.${favour.id}`, RECIPROCATE, p.id, addDays(favour.date, RETURN_AFTER_DAYS), today, today, data);
      const person = { id: p.id, name: p.name, priority: p.priority, every: p.every, lastExchangeOn: p.lastExchangeOn };
      return [{ prompt, person, source: null }];
    });
    const closed = await storedPromptIds(db, inputs.map((i) => i.prompt.id));
    return inputs.filter((i) => !closed.has(i.prompt.id)).slice(0, RETURN_NUDGES);
  },
};

/** Computed agenda kinds of the favours feature: birthday and reciprocate. */
export const FAVOUR_SOURCES: readonly DerivedSource[] = [birthdays, reciprocate];
