import type { AgendaKind } from './agenda.js';
import { addDays, daysBetween } from './dates.js';
import { reason, type Reason } from './reason.js';
import type { Day } from './types.js';

export const CONGRATULATE = 'congratulate';
export const BIRTHDAY = 'birthday';
export const THANK = 'thank';
export const REPORT_BACK = 'report-back';
export const RECIPROCATE = 'reciprocate';

const str = (v: string | number | undefined): string => (v === undefined ? '' : String(v));

/**
 * Agenda kinds of milestones and favours. Their reasons read what the prompt's `data` kept
 * when it was opened (the milestone, the favour, who was introduced), so a prompt explains
 * itself even after its source changed.
 */
export const FAVOUR_KINDS_AGENDA: Record<string, AgendaKind> = {
  // Saying thank you is the most time-sensitive: it comes right after follow-ups.
  [THANK]: {
    weight: 280,
    explain({ prompt }) {
      const d = prompt.data;
      const reasons: Reason[] = [reason('thank.for', { kind: str(d.favour), date: str(d.date), introduced: str(d.introduced) })];
      if (d.note) reasons.push(reason('thank.note', { note: str(d.note) }));
      reasons.push(reason('thank.anyway'));
      return reasons;
    },
  },
  [CONGRATULATE]: {
    weight: 250,
    explain({ prompt }) {
      const d = prompt.data;
      const reasons = [reason('congratulate.milestone', { kind: str(d.milestone), date: str(d.date) })];
      if (d.note) reasons.push(reason('congratulate.note', { note: str(d.note) }));
      return reasons;
    },
  },
  // Two shapes: an introduction that led to a first exchange, or an opportunity (opened by
  // the opportunities feature) that moved forward thanks to this person.
  [REPORT_BACK]: {
    weight: 240,
    explain({ prompt, person, source }) {
      const d = prompt.data;
      if (d.about === 'opportunity') return [reason('report-back.opportunity', { name: person.name, title: str(d.title), stage: str(d.stage) })];
      return [reason('report-back.introduction', { name: person.name, introduced: str(d.introduced), date: source?.date ?? '' })];
    },
  },
  [BIRTHDAY]: {
    weight: 230,
    explain({ prompt }) {
      return [reason('birthday.on', { date: str(prompt.data.date), age: str(prompt.data.age) })];
    },
  },
  // A standing invitation, not a deadline: it weighs less than anything time-bound.
  [RECIPROCATE]: {
    weight: 150,
    explain({ prompt, person }, { today }) {
      const d = prompt.data;
      const last = str(d.last);
      return [reason('reciprocate.helped', {
        name: person.name, count: Number(d.count ?? 1), kinds: str(d.kinds), days: last ? daysBetween(last, today) : 0,
      })];
    },
  },
};

/** Birthdays show from this many days before to the day itself. */
export const BIRTHDAY_LEAD_DAYS = 3;

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/**
 * The birthdays to show today: each 'MM-DD' in the coming days, with the day it falls on.
 * A 29 February birthday is kept on the 28th in years without one.
 */
export function birthdayWindow(today: Day, lead = BIRTHDAY_LEAD_DAYS): { md: string; on: Day }[] {
  const out: { md: string; on: Day }[] = [];
  for (let i = 0; i <= lead; i++) {
    const on = addDays(today, i);
    const md = on.slice(5);
    out.push({ md, on });
    if (md === '02-28' && !isLeap(Number(on.slice(0, 4)))) out.push({ md: '02-29', on });
  }
  return out;
}

// Apple's contacts write 1604 for "year unknown"; phone exports carry it as is.
export const NO_YEAR = 1604;

/** The age a person turns on a day, when their birthday ('YYYY-MM-DD' or '--MM-DD') has a plausible year. */
export function ageOn(birthday: string, on: Day): number | null {
  const year = /^\d{4}-/.test(birthday) ? Number(birthday.slice(0, 4)) : null;
  if (year === null || year === NO_YEAR) return null;
  const age = Number(on.slice(0, 4)) - year;
  return age > 0 && age < 130 ? age : null;
}
