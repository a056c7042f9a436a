import { MaillonError } from './errors.js';
import { promiseIn } from './followup.js';
import { terms } from './fold.js';
import { DRAFT_PURPOSES, type DraftPurpose, type FavourKind, type MilestoneKind, type Template } from './tending.js';
import { FAVOUR_PHRASES, MILESTONE_PHRASES } from './templates.default.js';
import type { Day } from './types.js';

/** The placeholders a template may hold: a closed set, so a typo is caught when a template is saved. */
export const PLACEHOLDERS = [
  'first_name', 'organization', 'met_at', 'introducer', 'interest',
  'last_exchange_date', 'last_exchange_event', 'last_exchange_summary',
  'milestone', 'milestone_note', 'favour', 'favour_note',
  'article_title', 'article_url', 'topic', 'target',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export type DraftValues = Partial<Record<Placeholder, string>>;
export type MessageLang = 'en' | 'fr';

const TOKEN_RE = /\{([^{}]*)\}/g;
// An optional part: brackets around text that holds at least one placeholder. Brackets
// without a placeholder are the user's own text and stay as written.
const OPTIONAL_RE = /\[([^[\]]*\{[^{}]*\}[^[\]]*)\]/g;

export const formatPlaceholders = (): string => PLACEHOLDERS.map((p) => `{${p}}`).join(', ');

export function parsePurpose(value: string): DraftPurpose {
  const v = value.trim().toLowerCase();
  const found = DRAFT_PURPOSES.find((p) => p === v);
  if (!found) throw new MaillonError('draft.bad_purpose', { value, allowed: DRAFT_PURPOSES.join(', ') });
  return found;
}

/** Checks a template before it is saved: both parts filled, and every placeholder known. */
export function checkTemplate(t: Pick<Template, 'subject' | 'body'>): void {
  for (const field of ['subject', 'body'] as const) {
    if (t[field].trim() === '') throw new MaillonError('template.empty', { field });
    for (const m of t[field].matchAll(TOKEN_RE)) {
      if (!(PLACEHOLDERS as readonly string[]).includes(m[1] ?? '')) {
        throw new MaillonError('template.bad_placeholder', { placeholder: m[0], field, valid: formatPlaceholders() });
      }
    }
  }
}

const valueOf = (values: DraftValues, name: string): string | null => {
  const v = values[name as Placeholder]?.trim();
  return v ? v : null;
};

/** One line filled in, or null when it must go: a placeholder outside brackets has no value. */
function renderLine(line: string, values: DraftValues): string | null {
  const kept = line.replace(OPTIONAL_RE, (_whole, inner: string) =>
    [...inner.matchAll(TOKEN_RE)].every((m) => valueOf(values, m[1] ?? '') !== null) ? inner : '');
  if ([...kept.matchAll(TOKEN_RE)].some((m) => valueOf(values, m[1] ?? '') === null)) return null;
  // One pass: a value that itself holds braces is never read as a placeholder.
  const filled = kept.replace(TOKEN_RE, (_whole, name: string) => valueOf(values, name) ?? '').trimEnd();
  return filled.trim() === '' && line.trim() !== '' ? null : filled;
}

/** A text with its placeholders filled in; parts and lines whose facts are missing drop cleanly. */
export function render(text: string, values: DraftValues): string {
  const lines = text.split(/\r?\n/).map((l) => renderLine(l, values)).filter((l): l is string => l !== null);
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

export function renderTemplate(t: Pick<Template, 'subject' | 'body'>, values: DraftValues): { subject: string; body: string } {
  return { subject: render(t.subject.split(/\r?\n/)[0] ?? '', values), body: render(t.body, values) };
}

/** Everything Maillon knows about a recipient that a message could mention. */
export interface Known {
  name: string;
  organization: string | null;
  interests: string[];
  metAt: string | null;
  introducer: string | null;
  lastExchange: { date: Day; event: string | null; summary: string | null } | null;
  milestone: { kind: MilestoneKind; note: string | null } | null;
  favour: { kind: FavourKind; note: string | null } | null;
  article: { url: string; title: string | null; topics: string[] } | null;
  /** What the user wants to talk about: an open request for advice, or --about. */
  topic: string | null;
  /** Whom the user would like to be introduced to. */
  target: string | null;
}

/** "Hélène" of "Hélène de la Tour": the given name comes first in the names Maillon keeps. */
export const firstName = (name: string): string => name.trim().split(/\s+/)[0] ?? name;

/** A note as it reads inside a sentence: trimmed, without its final full stop. */
const inline = (text: string | null): string | undefined => text?.trim().replace(/[\s.;,:!]+$/, '') || undefined;

/** A day as a letter writes it: "2 March 2026", « 2 mars 2026 ». */
export function writtenDay(day: Day, lang: MessageLang): string {
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(`${day}T00:00:00Z`));
}

/**
 * A summary as the recipient may read it: the sentence of what the user promised is a note
 * to self (shown beside the draft), not something to quote back.
 */
function withoutPromise(summary: string | null): string | null {
  const promise = promiseIn(summary);
  return summary && promise ? summary.replace(promise, '').replace(/\s{2,}/g, ' ') : summary;
}

/** A long text cut to a readable length, for a list of details. */
const short = (text: string, max = 60): string => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

/** The interest to mention: one the article is about, else the first they have. */
function pickInterest(interests: readonly string[], topics: readonly string[]): string | undefined {
  const wanted = new Set(topics.map((t) => terms(t).join(' ')));
  return interests.find((i) => wanted.has(terms(i).join(' '))) ?? interests[0];
}

/** The value of every placeholder, in the message's language; unknown facts are left out. */
export function draftValues(k: Known, lang: MessageLang): DraftValues {
  const values: Record<string, string | undefined> = {
    first_name: firstName(k.name),
    organization: k.organization ?? undefined,
    met_at: k.metAt ?? undefined,
    introducer: k.introducer ?? undefined,
    interest: pickInterest(k.interests, k.article?.topics ?? []),
    last_exchange_date: k.lastExchange ? writtenDay(k.lastExchange.date, lang) : undefined,
    last_exchange_event: k.lastExchange?.event ?? undefined,
    last_exchange_summary: inline(withoutPromise(k.lastExchange?.summary ?? null)),
    milestone: k.milestone ? MILESTONE_PHRASES[lang][k.milestone.kind] : undefined,
    milestone_note: inline(k.milestone?.note ?? null),
    favour: k.favour ? FAVOUR_PHRASES[lang][k.favour.kind] : undefined,
    favour_note: inline(k.favour?.note ?? null),
    article_title: k.article?.title ?? undefined,
    article_url: k.article?.url,
    topic: inline(k.topic),
    target: k.target ?? undefined,
  };
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
}

export const DETAIL_KINDS = ['name', 'organization', 'met_at', 'introducer', 'interest', 'last_exchange', 'milestone', 'favour', 'article', 'topic'] as const;
export type DetailKind = (typeof DETAIL_KINDS)[number];

/** A fact about the recipient, and whether a text mentions it. */
export interface Detail {
  kind: DetailKind;
  /** What Maillon knows; for a milestone or favour without a note, its kind ('new-job', 'advice'). */
  value: string;
}

export interface Personalisation {
  /** False when nothing in the text is specific to its recipient: it could be sent to anyone. */
  personal: boolean;
  found: Detail[];
  /** What Maillon knows and the text does not say yet. */
  missing: Detail[];
}

// Frequent words that say nothing about a person, folded, in English and French: a summary
// "talked about the next meeting" must not make "see you at the next meeting" personal.
const STOP = new Set(`
about after again also been before being could does doing down each even from have having here hope into just know like
make more most much must next only other over really same should some such take than that them then there these they
this those through time very want well were what when where which while will with would your yours thanks thank talk
talked talking said told send sent promised discussed meet meeting call coffee lunch chat news week weeks month today
great good nice soon best regards following
avec avoir aussi autre avant bien cela cette ceux chez comme dans depuis donc elle elles encore entre etre fait faire
leur leurs mais meme merci moins notre nous parce parle parler pendant peut plus pour quand quel quelle sans sera sont
sous suis tout tous tres votre vous promis envoyer envoye rencontre reunion appel cafe dejeuner semaine mois nouvelles
bonjour echange echanger discute suite
`.split(/\s+/).filter(Boolean));

/** The words of a free text that could only come from knowing the person: long, not common, not numbers. */
const keywords = (text: string): string[] => terms(text).filter((w) => w.length >= 4 && !STOP.has(w) && !/^\d+$/.test(w));
const phrase = (text: string): string => terms(text).join(' ');

// Words that say which milestone or favour a message is about, in either language.
const MILESTONE_CUES: Record<MilestoneKind, string[]> = {
  'new-job': ['new job', 'new role', 'new position', 'nouveau poste', 'nouvelles fonctions'],
  promotion: ['promotion', 'promoted', 'promu', 'promue'],
  award: ['award', 'prize', 'prix', 'distinction', 'recompense'],
  publication: ['publication', 'book', 'paper', 'livre'],
  launch: ['launch', 'launched', 'lancement'],
  birthday: ['birthday', 'anniversaire'],
  other: [],
};
const FAVOUR_CUES: Record<FavourKind, string[]> = {
  introduction: ['introduction', 'mise en relation', 'presentation'],
  advice: ['advice', 'conseil', 'conseils'],
  referral: ['referral', 'cooptation'],
  recommendation: ['recommendation', 'recommandation'],
  'job-lead': ['job lead', 'piste'],
  other: [],
};

/** A fact, and how a text may mention it: by a whole phrase, or by one of its telling words. */
interface Fact extends Detail {
  phrases: string[];
  words: string[];
}

function facts(k: Known): Fact[] {
  const out: Fact[] = [];
  const add = (kind: DetailKind, value: string | null | undefined, phrases: string[], words: string[] = []) => {
    if (value?.trim()) out.push({ kind, value: value.trim(), phrases: [...new Set(phrases.filter(Boolean))], words });
  };
  const first = firstName(k.name);
  add('name', first, [phrase(k.name), phrase(first)]);
  add('organization', k.organization, [phrase(k.organization ?? '')]);
  add('met_at', k.metAt, [phrase(k.metAt ?? '')], keywords(k.metAt ?? ''));
  const introducerFirst = firstName(k.introducer ?? '');
  add('introducer', k.introducer, [phrase(k.introducer ?? ''), introducerFirst.length >= 3 ? phrase(introducerFirst) : '']);
  for (const interest of k.interests) add('interest', interest, [phrase(interest)]);
  const x = k.lastExchange;
  if (x) add('last_exchange', short(withoutPromise(x.summary)?.trim() || (x.summary ?? x.event ?? '')), [], [...keywords(x.summary ?? ''), ...keywords(x.event ?? '')]);
  const m = k.milestone;
  if (m) add('milestone', short(m.note ?? '') || m.kind, MILESTONE_CUES[m.kind], keywords(m.note ?? ''));
  const f = k.favour;
  if (f) add('favour', short(f.note ?? '') || f.kind, FAVOUR_CUES[f.kind], keywords(f.note ?? ''));
  if (k.article) add('article', k.article.title ?? k.article.url, [phrase(k.article.title ?? '')], keywords(k.article.title ?? ''));
  add('topic', k.topic, [phrase(k.topic ?? '')], keywords(k.topic ?? ''));
  return out;
}

/**
 * Whether a message was written for its recipient: it must mention something Maillon knows
 * of them beyond their name. A greeting by name alone is what a mass mailing does too, so
 * the name is reported but does not make a message personal.
 */
export function personalisation(text: string, known: Known): Personalisation {
  const all = facts(known);
  const found = new Set<Fact>();
  let words = ` ${terms(text).join(' ')} `;
  const url = known.article?.url.toLowerCase();
  if (url && text.toLowerCase().includes(url)) all.filter((f) => f.kind === 'article').forEach((f) => found.add(f));
  // Whole phrases first, longest first; the words they cover are then spent, so "at Acme"
  // counts for the organization and not again for a summary that happens to say "Acme".
  const phrases = all.flatMap((f) => f.phrases.map((p) => ({ f, p }))).sort((a, b) => b.p.length - a.p.length);
  const matched = phrases.filter(({ p }) => words.includes(` ${p} `));
  for (const { f } of matched) found.add(f);
  for (const { p } of matched) words = words.split(` ${p} `).join('  ');
  for (const f of all) {
    if (f.words.some((w) => words.includes(` ${w} `))) found.add(f);
  }
  const detail = ({ kind, value }: Fact): Detail => ({ kind, value });
  const list = all.filter((f) => found.has(f));
  return {
    personal: list.some((f) => f.kind !== 'name'),
    found: list.map(detail),
    missing: all.filter((f) => !found.has(f)).map(detail),
  };
}

/**
 * A mailto: link that opens the message in a mail client. RFC 6068 wants line breaks as
 * CRLF, and spaces as %20 (not '+'), which is what encodeURIComponent gives.
 */
export function mailto(to: string | null, subject: string, body: string): string {
  const q = (s: string) => encodeURIComponent(s.replace(/\r?\n/g, '\r\n'));
  return `mailto:${to ?? ''}?subject=${q(subject)}&body=${q(body)}`;
}
