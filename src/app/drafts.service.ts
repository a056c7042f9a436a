import { daysBetween } from '../core/dates.js';
import {
  checkTemplate, draftValues, mailto, parsePurpose, personalisation, renderTemplate,
  type Known, type MessageLang, type Personalisation,
} from '../core/draft.js';
import { MaillonError } from '../core/errors.js';
import { promiseIn } from '../core/followup.js';
import type { DraftPurpose, Template } from '../core/tending.js';
import type { Day, Person } from '../core/types.js';
import { favoursOf, lastShareTo, milestonesOf, openAsk, type ShareFact } from '../storage/brief.repository.js';
import { getEvent } from '../storage/event.repository.js';
import { exchangesOf } from '../storage/exchange.repository.js';
import { getPerson } from '../storage/person.repository.js';
import type { Db } from '../storage/store.js';
import { defaultTemplate, getTemplate, listTemplates, saveTemplate } from '../storage/template.repository.js';
import type { AppContext } from './context.js';
import { readText } from './files.js';
import { resolvePerson } from './resolve.js';

// A milestone older than this, whose congratulation is no longer open, is old news.
const FRESH_MILESTONE_DAYS = 90;

/** The language of a message: only those with templates. */
export function parseMessageLang(value: string, purpose?: DraftPurpose): MessageLang {
  const v = value.trim().toLowerCase();
  if (v === 'en' || v === 'fr') return v;
  throw new MaillonError('template.not_found', { lang: value, purpose: purpose ?? '', allowed: 'en, fr' });
}

interface Gathered {
  person: Person;
  known: Known;
  lastExchangeOn: Day | null;
  share: ShareFact | undefined;
  promise: string | null;
}

const currentOrganization = (p: Person): string | null =>
  (p.positions.findLast((x) => x.end === null) ?? null)?.organization ?? null;

/** Everything Maillon knows of a person that a message could mention. */
async function gather(db: Db, ref: string, today: Day, about?: string): Promise<Gathered> {
  const { id } = await resolvePerson(db, ref);
  const person = await getPerson(db, id);
  if (!person) throw new MaillonError('person.not_found', { ref });
  const [exchanges, milestones, favours, share, ask] = await Promise.all([
    exchangesOf(db, id, 1), milestonesOf(db, id, 10), favoursOf(db, id, 10), lastShareTo(db, id), openAsk(db, id, 'to'),
  ]);
  const event = person.metAtEventId ? await getEvent(db, person.metAtEventId) : undefined;
  const introducer = person.introducedById ? await getPerson(db, person.introducedById) : undefined;
  const last = exchanges[0];
  const milestone = milestones.find((m) => m.congratulate)
    ?? milestones.find((m) => m.date <= today && daysBetween(m.date, today) <= FRESH_MILESTONE_DAYS);
  const received = favours.filter((f) => f.direction === 'received');
  const favour = received.find((f) => f.thankedOn === null) ?? received[0];
  const known: Known = {
    name: person.name,
    organization: currentOrganization(person),
    interests: person.interests,
    metAt: event?.name ?? null,
    // Whoever the user asked to go through is the introducer that matters for this request.
    introducer: ask?.via ?? introducer?.name ?? null,
    lastExchange: last ? { date: last.date, event: last.eventName, summary: last.summary } : null,
    milestone: milestone ? { kind: milestone.kind, note: milestone.note } : null,
    favour: favour ? { kind: favour.kind, note: favour.note } : null,
    article: share ? { url: share.url, title: share.title, topics: share.topics } : null,
    topic: about?.trim() || ask?.about || null,
    target: null,
  };
  return { person, known, lastExchangeOn: last?.date ?? null, share, promise: promiseIn(last?.summary ?? null) };
}

export interface DraftInput {
  purpose: string;
  lang: string;
  /** What to ask about, instead of the open request for advice. */
  about?: string;
  /** For an introduction request: the person to be introduced to. */
  meet?: string;
  mailto?: boolean;
}

export interface DraftResult {
  person: { id: string; name: string; email: string | null };
  purpose: DraftPurpose;
  lang: MessageLang;
  subject: string;
  body: string;
  check: Personalisation;
  /** What the user promised in the last exchange, to keep in mind while following up. */
  promise?: string;
  mailto?: string;
}

/** Writes a message from the template of a purpose, filled with what Maillon knows; nothing is stored. */
export async function draft(ctx: AppContext, ref: string, input: DraftInput): Promise<DraftResult> {
  const purpose = parsePurpose(input.purpose);
  const lang = parseMessageLang(input.lang, purpose);
  return ctx.store.read(async (db) => {
    const g = await gather(db, ref, ctx.today, input.about);
    const { known, person } = g;
    const nothing = (missing: string) => new MaillonError('draft.nothing_to_draft', { purpose, name: person.name, missing });
    if (purpose === 'introduce-request') {
      // An open request for advice that goes through this person names whom to meet and why.
      const via = await openAsk(db, person.id, 'via');
      known.target = input.meet ? (await resolvePerson(db, input.meet)).name : via?.person ?? null;
      if (!known.target) throw nothing('target');
      known.topic = input.about?.trim() || (input.meet ? null : via?.about) || null;
    }
    if (purpose === 'follow-up' && !known.lastExchange) throw nothing('exchange');
    if (purpose === 'congratulate' && !known.milestone) throw nothing('milestone');
    if (purpose === 'share' && !known.article) throw nothing('article');
    // A follow-up sends what was promised: an article sent before the last exchange was not it.
    if (purpose === 'follow-up' && g.share && g.lastExchangeOn && g.share.date < g.lastExchangeOn) known.article = null;
    const template = await getTemplate(db, purpose, lang);
    if (!template) throw new MaillonError('template.not_found', { purpose, lang, allowed: 'en, fr' });
    const { subject, body } = renderTemplate(template, draftValues(known, lang));
    const email = person.emails[0] ?? null;
    const result: DraftResult = {
      person: { id: person.id, name: person.name, email }, purpose, lang, subject, body,
      check: personalisation(`${subject}\n${body}`, known),
    };
    if (purpose === 'follow-up' && g.promise) result.promise = g.promise;
    if (input.mailto) result.mailto = mailto(email, subject, body);
    return result;
  });
}

export interface CheckResult {
  person: { id: string; name: string };
  check: Personalisation;
}

/** Checks the user's own message: does it say anything that only this person would recognise? */
export async function checkMessage(ctx: AppContext, ref: string, text: string): Promise<CheckResult> {
  if (text.trim() === '') throw new MaillonError('draft.empty');
  return ctx.store.read(async (db) => {
    const { person, known } = await gather(db, ref, ctx.today);
    return { person: { id: person.id, name: person.name }, check: personalisation(text, known) };
  });
}

export interface TemplateView extends Template {
  /** True when the user changed it from the default. */
  edited: boolean;
}

const view = (t: Template): TemplateView => {
  const d = defaultTemplate(t.purpose, t.lang);
  return { ...t, edited: !d || d.subject !== t.subject || d.body !== t.body };
};

export async function templates(ctx: AppContext): Promise<TemplateView[]> {
  return ctx.store.read(async (db) => (await listTemplates(db)).map(view));
}

export async function showTemplate(ctx: AppContext, purposeText: string, langText: string): Promise<TemplateView> {
  const purpose = parsePurpose(purposeText);
  const lang = parseMessageLang(langText, purpose);
  return ctx.store.read(async (db) => {
    const t = await getTemplate(db, purpose, lang);
    if (!t) throw new MaillonError('template.not_found', { purpose, lang, allowed: 'en, fr' });
    return view(t);
  });
}

export interface TemplateChanges {
  subject?: string;
  body?: string;
  bodyFile?: string;
}

/** Changes a template; its placeholders are checked first, so a typo never reaches a draft. */
export async function editTemplate(ctx: AppContext, purposeText: string, langText: string, changes: TemplateChanges): Promise<TemplateView> {
  const purpose = parsePurpose(purposeText);
  const lang = parseMessageLang(langText, purpose);
  if (changes.body !== undefined && changes.bodyFile !== undefined) throw new MaillonError('template.empty', { field: 'both' });
  if (changes.subject === undefined && changes.body === undefined && changes.bodyFile === undefined) throw new MaillonError('template.empty', { field: 'change' });
  const body = changes.bodyFile !== undefined ? (await readText(changes.bodyFile)).trimEnd() : changes.body;
  return ctx.store.transaction(async (trx) => {
    const current = await getTemplate(trx, purpose, lang);
    if (!current) throw new MaillonError('template.not_found', { purpose, lang, allowed: 'en, fr' });
    const next: Template = { purpose, lang, subject: changes.subject?.trim() ?? current.subject, body: body ?? current.body };
    checkTemplate(next);
    await saveTemplate(trx, next);
    return view(next);
  });
}

/** Puts the default template of a purpose back. */
export async function resetTemplate(ctx: AppContext, purposeText: string, langText: string): Promise<TemplateView> {
  const purpose = parsePurpose(purposeText);
  const lang = parseMessageLang(langText, purpose);
  const d = defaultTemplate(purpose, lang);
  if (!d) throw new MaillonError('template.not_found', { purpose, lang, allowed: 'en, fr' });
  return ctx.store.transaction(async (trx) => {
    await saveTemplate(trx, d);
    return view(d);
  });
}
