import { addDays } from './dates.js';
import type { ChecklistItem, Day, Exchange } from './types.js';

// Words that say something was promised in a summary, in English and French:
// "I'll send you the deck", "je lui envoie l'article", "promised an intro".
const PROMISE_RE = /\b(send|sending|sent|share|forward|promis\w*|envoy\w*|envoi\w*|partag\w*|transmet\w*|transf[eé]r\w*)\b/i;

/** The sentence of a summary that carries a promise, if any. */
export function promiseIn(summary: string | null): string | null {
  if (!summary) return null;
  const sentences = summary.split(/(?<=[.!?;])\s+/);
  const hit = sentences.find((s) => PROMISE_RE.test(s));
  return hit ? hit.trim() : null;
}

/**
 * The checklist of a follow-up, fitted to what Maillon knows: connect online when no
 * LinkedIn profile is known, send what was promised when the summary says so, and thank.
 */
export function followUpChecklist(exchange: Pick<Exchange, 'summary'>, person: { linkedin: string | null }): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  if (!person.linkedin) items.push({ key: 'connect-linkedin', done: false });
  const promise = promiseIn(exchange.summary);
  if (promise) items.push({ key: 'send-promised', detail: promise, done: false });
  items.push({ key: 'thank-you', done: false });
  return items;
}

export function followUpDue(exchangeDate: Day, followUpDays: number): Day {
  return addDays(exchangeDate, followUpDays);
}
