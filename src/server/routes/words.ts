import type { AgendaItem } from '../../core/agenda.js';
import { reason } from '../../core/reason.js';
import type { ChecklistItem, Prompt } from '../../core/types.js';
import type { Words } from '../../i18n/i18n.js';

/** An agenda item as the UI shows it: reasons in words, the kind named. */
export function promptJson(w: Words, item: AgendaItem) {
  return {
    id: item.id, kind: item.kind, kindLabel: w.kind[item.kind] ?? item.kind, person: item.person,
    dueOn: item.due, reasons: item.reasons.map((r) => w.say(r)),
  };
}

export const checklistWords = (w: Words, list: readonly ChecklistItem[]): string[] =>
  list.map((c) => w.say(reason(`checklist.${c.key}`, { detail: c.detail ?? '' })));

/** A prompt just created (a follow-up, a thank-you): when it shows, when it is due, its checklist in words. */
export function createdPrompt(w: Words, p: Prompt) {
  return {
    id: p.id, kind: p.kind, kindLabel: w.kind[p.kind] ?? p.kind, personId: p.personId,
    showOn: p.showOn, dueOn: p.dueOn, checklist: checklistWords(w, p.checklist),
  };
}

/** Optional fields of a body passed on only when given: services tell "absent" from "empty". */
export function defined<T extends Record<string, unknown>>(input: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}

/** Numbers or strings in JSON, as the services parse the text the CLI gives them. */
export const asText = (v: string | number | undefined): string | undefined => (v === undefined ? undefined : String(v));
