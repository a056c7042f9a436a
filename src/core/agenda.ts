import { cadenceOf, TOP_TEN } from './cadence.js';
import { daysBetween } from './dates.js';
import { nameKey } from './fold.js';
import { FAVOUR_KINDS_AGENDA } from './kinds.favours.js';
import { SHARING_KINDS_AGENDA } from './kinds.sharing.js';
import { reason, type Reason } from './reason.js';
import type { Channel, Day, Prompt, Settings } from './types.js';

/** What the agenda needs to know of the person behind a prompt. */
export interface AgendaPerson {
  id: string;
  name: string;
  priority: number | null;
  every: number | null;
  lastExchangeOn: Day | null;
}

/** The exchange a follow-up comes from. */
export interface AgendaSource {
  date: Day;
  channel: Channel;
  eventName: string | null;
}

export interface AgendaInput {
  prompt: Prompt;
  person: AgendaPerson;
  source: AgendaSource | null;
}

export interface AgendaItem {
  id: string;
  kind: string;
  person: { id: string; name: string };
  due: Day;
  importance: number;
  reasons: Reason[];
}

interface Context {
  today: Day;
  settings: Settings;
}

/**
 * A kind of prompt. To add one: give it a weight and its reasons here, and have the app
 * create prompts of that kind; the agenda orders and explains it with the others.
 */
export interface AgendaKind {
  weight: number;
  explain(input: AgendaInput, context: Context): Reason[];
}

export const AGENDA_KINDS: Record<string, AgendaKind> = {
  'follow-up': {
    weight: 300,
    explain({ prompt, source }) {
      const reasons: Reason[] = [];
      if (source) {
        reasons.push(reason(source.eventName ? 'agenda.after-exchange-at' : 'agenda.after-exchange', {
          date: source.date, channel: source.channel, event: source.eventName ?? '',
        }));
      }
      for (const item of prompt.checklist) {
        if (!item.done) reasons.push(reason(`checklist.${item.key}`, { detail: item.detail ?? '' }));
      }
      return reasons;
    },
  },
  'keep-in-touch': {
    weight: 200,
    explain({ person }, { today, settings }) {
      const reasons: Reason[] = [];
      reasons.push(person.lastExchangeOn
        ? reason('agenda.last-exchange', { days: daysBetween(person.lastExchangeOn, today) })
        : reason('agenda.no-exchange-yet'));
      const every = cadenceOf(person, settings);
      if (every !== null) reasons.push(reason(person.every !== null ? 'agenda.own-cadence' : 'agenda.rank-cadence', { days: every }));
      return reasons;
    },
  },
  ...FAVOUR_KINDS_AGENDA,
  ...SHARING_KINDS_AGENDA,
};

const FALLBACK_KIND: AgendaKind = { weight: 100, explain: () => [] };

/**
 * Orders open prompts by importance and explains each: the top ten first, then by kind,
 * then the longer overdue and the higher ranked.
 */
export function buildAgenda(inputs: readonly AgendaInput[], today: Day, settings: Settings): AgendaItem[] {
  const items = inputs.map((input) => {
    const { prompt, person } = input;
    const kind = AGENDA_KINDS[prompt.kind] ?? FALLBACK_KIND;
    const late = daysBetween(prompt.dueOn, today);
    const topTen = person.priority !== null && person.priority <= TOP_TEN;
    const rankBonus = person.priority === null ? 0 : Math.max(0, 150 - person.priority) / 3;
    const importance = Math.round((topTen ? 1000 : 0) + kind.weight + Math.min(Math.max(late, 0), 60) * 3 + rankBonus);

    const reasons: Reason[] = [];
    if (topTen) reasons.push(reason('agenda.top-ten', { rank: person.priority ?? 0 }));
    if (late > 0) reasons.push(reason('agenda.overdue', { days: late }));
    else if (late === 0) reasons.push(reason('agenda.due-today'));
    else reasons.push(reason('agenda.due-in', { days: -late }));
    if (prompt.snoozedUntil) reasons.push(reason('agenda.snoozed', { until: prompt.snoozedUntil }));
    reasons.push(...kind.explain(input, { today, settings }));

    return { id: prompt.id, kind: prompt.kind, person: { id: person.id, name: person.name }, due: prompt.dueOn, importance, reasons };
  });
  // Hundreds of items tie on importance and day: each name's key is made once, not per comparison.
  const keyed = items.map((item) => ({ item, name: nameKey(item.person.name) }));
  keyed.sort((a, b) => b.item.importance - a.item.importance || order(a.item.due, b.item.due) || order(a.name, b.name));
  return keyed.map((k) => k.item);
}

const order = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
