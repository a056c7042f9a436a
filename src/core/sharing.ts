/**
 * Sharing, opportunities and asks: the rules that need no database. Who would value an
 * article, which stage comes after which, and how often people answer.
 */
import { TOP_TEN } from './cadence.js';
import { MaillonError } from './errors.js';
import { fold, terms } from './fold.js';
import { reason, type Reason } from './reason.js';
import { OPPORTUNITY_STAGES, type AskStatus, type OpportunityStage } from './tending.js';
import type { Day } from './types.js';

export const ASK_FOLLOW_UP = 'ask-follow-up';
/** Days after an ask before the agenda suggests a nudge. */
export const ASK_NUDGE_DAYS = 7;

/**
 * An http(s) URL in one canonical form (scheme and host lower-cased, as URL does), so the
 * same article shared twice is recognised as one; anything else is share.bad_url.
 */
export function parseShareUrl(value: string): string {
  const v = value.trim();
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    throw new MaillonError('share.bad_url', { value });
  }
  // A host without a dot is more often a typo ("https://medium") than an intranet name.
  const host = url.hostname;
  const hostOk = host.includes('.') || host === 'localhost' || host.startsWith('[');
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !hostOk) {
    throw new MaillonError('share.bad_url', { value });
  }
  return url.href;
}

export function parseStage(value: string): OpportunityStage {
  const v = value.trim().toLowerCase();
  if ((OPPORTUNITY_STAGES as readonly string[]).includes(v)) return v as OpportunityStage;
  throw new MaillonError('opportunity.bad_stage', { value, allowed: OPPORTUNITY_STAGES.join(', ') });
}

export const isOpenStage = (stage: OpportunityStage): boolean => stage !== 'won' && stage !== 'lost';

/**
 * True when a move is progress worth telling the people who helped: to a later stage, or
 * won. Losing is not progress, and a closed opportunity reopened is a fresh start, not news.
 */
export function movesForward(from: OpportunityStage, to: OpportunityStage): boolean {
  if (to === 'lost' || from === 'lost' || from === 'won') return false;
  return OPPORTUNITY_STAGES.indexOf(to) > OPPORTUNITY_STAGES.indexOf(from);
}

/**
 * Whether a label (an interest or a tag) is about a topic, accents and case aside: every
 * word of one starts a word of the other. "data" matches "data engineering" and the other
 * way round; "velo" matches "vélos".
 */
export function aboutTopic(topic: string, label: string): boolean {
  const t = terms(topic);
  const l = terms(label);
  if (t.length === 0 || l.length === 0) return false;
  const within = (words: string[], other: string[]) => words.every((w) => other.some((o) => o.startsWith(w)));
  return within(t, l) || within(l, t);
}

export interface Label {
  kind: 'interest' | 'tag';
  value: string;
}

/** Someone whose interests or tags match, as the database finds them. */
export interface LabelledPerson {
  id: string;
  name: string;
  priority: number | null;
  lastExchangeOn: Day | null;
}

/**
 * Whom to score among everyone who matches: health needs each person's exchanges, too
 * costly for thousands. Up to three times `size`, everyone; beyond, the top ten, the highest
 * ranked and the most recently in touch (whom health favours), at most `size` of each kind.
 */
export function suggestionPool(people: readonly LabelledPerson[], size: number): LabelledPerson[] {
  if (people.length <= 3 * size) return [...people];
  const byRank = people.filter((p) => p.priority !== null).sort((a, b) => (a.priority ?? 0) - (b.priority ?? 0) || a.id.localeCompare(b.id));
  const byRecency = people.filter((p) => p.lastExchangeOn !== null)
    .sort((a, b) => (b.lastExchangeOn ?? '').localeCompare(a.lastExchangeOn ?? '') || a.id.localeCompare(b.id));
  const topTen = byRank.filter((p) => (p.priority ?? 0) <= TOP_TEN);
  const pool = new Map<string, LabelledPerson>();
  for (const p of [...topTen, ...byRank.slice(0, size), ...byRecency.slice(0, size)]) pool.set(p.id, p);
  // A network with no exchange and no rank yet still gets suggestions.
  if (pool.size === 0) for (const p of [...people].sort((a, b) => a.name.localeCompare(b.name)).slice(0, size)) pool.set(p.id, p);
  return [...pool.values()];
}

/** Someone who might value a resource: who they are, how close, and what they care about. */
export interface SuggestionInput {
  id: string;
  name: string;
  priority: number | null;
  health: { score: number; reasons: Reason[] };
  labels: Label[];
}

export interface Suggestion {
  person: { id: string; name: string };
  priority: number | null;
  health: number;
  /** The person's interests and tags that match the topics. */
  matched: string[];
  reasons: Reason[];
}

// A rank is worth up to 50 health points; each topic matched beyond the first, 10.
const RANK_WEIGHT = 1 / 3;
const EXTRA_TOPIC = 10;

/**
 * The people to send a resource to, best first: the top ten by rank, then the others by
 * relationship health, rank and how many topics they care about. Each says why.
 */
export function rankSuggestions(inputs: readonly SuggestionInput[], topics: readonly string[], limit: number): Suggestion[] {
  const scored = inputs.flatMap((p) => {
    const labels = p.labels.filter((l) => topics.some((t) => aboutTopic(t, l.value)));
    if (labels.length === 0) return [];
    const topicCount = topics.filter((t) => labels.some((l) => aboutTopic(t, l.value))).length;
    const topTen = p.priority !== null && p.priority <= TOP_TEN;
    const rankBonus = p.priority === null ? 0 : Math.max(0, 150 - p.priority) * RANK_WEIGHT;
    const score = p.health.score + rankBonus + EXTRA_TOPIC * (topicCount - 1);
    const interests = labels.filter((l) => l.kind === 'interest').map((l) => l.value);
    const tags = labels.filter((l) => l.kind === 'tag').map((l) => l.value);
    const reasons: Reason[] = [];
    if (interests.length > 0) reasons.push(reason('share.interested', { topics: interests.join(', ') }));
    if (tags.length > 0) reasons.push(reason('share.tagged', { tags: tags.join(', ') }));
    if (p.priority !== null) reasons.push(reason(topTen ? 'share.top-ten' : 'share.rank', { rank: p.priority }));
    // Health comes with its first reason (the last exchange, or none yet): a score alone says little.
    if (p.health.score > 0) reasons.push(reason('share.health', { score: p.health.score }));
    const last = p.health.reasons[0];
    if (last) reasons.push(last);
    const suggestion: Suggestion = { person: { id: p.id, name: p.name }, priority: p.priority, health: p.health.score, matched: [...interests, ...tags], reasons };
    return [{ suggestion, topTen, score }];
  });
  scored.sort((a, b) => {
    if (a.topTen !== b.topTen) return a.topTen ? -1 : 1;
    if (a.topTen) return (a.suggestion.priority ?? 0) - (b.suggestion.priority ?? 0);
    return b.score - a.score || a.suggestion.person.name.localeCompare(b.suggestion.person.name);
  });
  return scored.slice(0, limit).map((s) => s.suggestion);
}

export interface ResponseRate {
  asked: number;
  answered: number;
  noAnswer: number;
  open: number;
  /** Percent of closed asks that were answered; null until one is closed. */
  rate: number | null;
}

/**
 * How often asks get an answer, all together, cold and introduced. Open asks are counted
 * but left out of the rate: they may still be answered.
 */
export function responseRates(asks: readonly { viaId: string | null; status: AskStatus }[]): { all: ResponseRate; cold: ResponseRate; introduced: ResponseRate } {
  const rate = (list: readonly { status: AskStatus }[]): ResponseRate => {
    const answered = list.filter((a) => a.status === 'answered').length;
    const noAnswer = list.filter((a) => a.status === 'no-answer').length;
    const closed = answered + noAnswer;
    return { asked: list.length, answered, noAnswer, open: list.length - closed, rate: closed === 0 ? null : Math.round((100 * answered) / closed) };
  };
  return { all: rate(asks), cold: rate(asks.filter((a) => a.viaId === null)), introduced: rate(asks.filter((a) => a.viaId !== null)) };
}

export interface ContactOutcome {
  personId: string;
  total: number;
  won: number;
  lost: number;
  open: number;
  /** How many of this contact's opportunities sit at each stage. */
  stages: Partial<Record<OpportunityStage, number>>;
}

/** Which contacts produced opportunities and where those ended: most won first, then most produced. */
export function outcomesByContact(links: readonly { personId: string; stage: OpportunityStage }[]): ContactOutcome[] {
  const byPerson = new Map<string, ContactOutcome>();
  for (const { personId, stage } of links) {
    const o = byPerson.get(personId) ?? { personId, total: 0, won: 0, lost: 0, open: 0, stages: {} };
    o.total++;
    if (stage === 'won') o.won++;
    else if (stage === 'lost') o.lost++;
    else o.open++;
    o.stages[stage] = (o.stages[stage] ?? 0) + 1;
    byPerson.set(personId, o);
  }
  return [...byPerson.values()].sort((a, b) => b.won - a.won || b.total - a.total || a.personId.localeCompare(b.personId));
}

/** Folded form of a topic, for comparing topics of a share. */
export const topicKey = (topic: string): string => terms(topic).join(' ') || fold(topic.trim());
