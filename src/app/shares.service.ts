import { MaillonError } from '../core/errors.js';
import { health } from '../core/health.js';
import { aboutTopic, parseShareUrl, rankSuggestions, suggestionPool, topicKey, type Suggestion } from '../core/sharing.js';
import type { Share } from '../core/tending.js';
import { parseWhole, text } from '../core/validate.js';
import { exchangeFacts } from '../storage/exchange.repository.js';
import { addRecipients, addTopics, insertShare, labelsOf, labelVocabulary, peopleWithLabels, personNames, setShareTitle, shareByUrl, sharesWith } from '../storage/share.repository.js';
import type { AppContext } from './context.js';
import { resolvePerson } from './resolve.js';

export interface Named {
  id: string;
  name: string;
}

export interface ShareInput {
  url: string;
  title?: string;
  topics?: string[];
  with?: string[];
}

export interface ShareResult {
  share: Share;
  /** The people this command sent it to. */
  added: Named[];
  /** People named with --with who had already received it: recorded once only. */
  alreadySent: Named[];
}

/** Topics trimmed, without blanks, and without one already in `known` (accents and case aside). */
function newTopics(topics: readonly string[], known: readonly string[]): string[] {
  const seen = new Set(known.map(topicKey));
  const out: string[] = [];
  for (const t of topics.map((x) => x.trim()).filter(Boolean)) {
    if (seen.has(topicKey(t))) continue;
    seen.add(topicKey(t));
    out.push(t);
  }
  return out;
}

/**
 * Records that a resource was sent to some people. A URL has one share record: sending it
 * again adds recipients (and any new title or topics), so no one is ever suggested it twice.
 */
export async function share(ctx: AppContext, input: ShareInput): Promise<ShareResult> {
  const url = parseShareUrl(input.url);
  if (!input.with || input.with.length === 0) throw new MaillonError('share.no_recipient', { url });
  const refs = input.with;
  return ctx.store.transaction(async (trx) => {
    const people: Named[] = [];
    for (const ref of refs) {
      const p = await resolvePerson(trx, ref);
      if (!people.some((x) => x.id === p.id)) people.push({ id: p.id, name: p.name });
    }
    const title = text(input.title);
    const existing = await shareByUrl(trx, url);
    if (!existing) {
      const created: Share = { id: ctx.newId(), url, title, topics: newTopics(input.topics ?? [], []), date: ctx.today, recipientIds: people.map((p) => p.id).sort() };
      await insertShare(trx, created);
      return { share: created, added: people, alreadySent: [] };
    }
    const before = new Set(existing.recipientIds);
    const added = people.filter((p) => !before.has(p.id));
    const topics = newTopics(input.topics ?? [], existing.topics);
    await addRecipients(trx, existing.id, added.map((p) => p.id));
    await addTopics(trx, existing.id, topics, existing.topics.length);
    if (title && title !== existing.title) await setShareTitle(trx, existing.id, title);
    const updated: Share = {
      ...existing, title: title ?? existing.title, topics: [...existing.topics, ...topics],
      recipientIds: [...existing.recipientIds, ...added.map((p) => p.id)].sort(),
    };
    return { share: updated, added, alreadySent: people.filter((p) => before.has(p.id)) };
  });
}

export interface SuggestInput {
  url: string;
  topics?: string[];
  limit?: string | number;
}

export interface SuggestResult {
  url: string;
  title: string | null;
  topics: string[];
  alreadySent: Named[];
  suggestions: Suggestion[];
}

// How many of the highest ranked, and of the most recently in touch, are scored per suggestion
// asked: each costs a read of their exchanges, the slowest part of a suggestion.
const POOL_PER_SUGGESTION = 2;
const POOL_MIN = 15;

/**
 * Who would value a resource: people whose interests or tags match its topics, best first,
 * leaving out everyone who already received that URL. Without --topic, a URL shared before
 * is matched by the topics it was shared with.
 */
export async function suggest(ctx: AppContext, input: SuggestInput): Promise<SuggestResult> {
  const url = parseShareUrl(input.url);
  const limit = input.limit === undefined ? 10 : parseWhole(input.limit, 'limit', 1, 1000);
  return ctx.store.read(async (db) => {
    const existing = await shareByUrl(db, url);
    const given = newTopics(input.topics ?? [], []);
    const topics = given.length > 0 ? given : (existing?.topics ?? []);
    if (topics.length === 0) throw new MaillonError('input.empty', { field: 'topic' });
    const names = await personNames(db, existing?.recipientIds ?? []);
    const alreadySent = (existing?.recipientIds ?? []).map((id) => ({ id, name: names.get(id) ?? '' }));
    const result = { url, title: existing?.title ?? null, topics, alreadySent, suggestions: [] as Suggestion[] };

    const labels = (await labelVocabulary(db)).filter((l) => topics.some((t) => aboutTopic(t, l.value)));
    if (labels.length === 0) return result;
    const matched = await peopleWithLabels(db, labels, existing?.id ?? null);
    const pool = suggestionPool(matched, Math.max(POOL_MIN, limit * POOL_PER_SUGGESTION));
    const ids = pool.map((p) => p.id);
    const [labelled, facts] = await Promise.all([labelsOf(db, ids), exchangeFacts(db, ids)]);
    const inputs = pool.map((p) => ({
      id: p.id, name: p.name, priority: p.priority, health: health(facts.get(p.id) ?? [], ctx.today), labels: labelled.get(p.id) ?? [],
    }));
    return { ...result, suggestions: rankSuggestions(inputs, topics, limit) };
  });
}

/** The links sent to someone (an id, as resolved by the caller), newest first. */
export async function personShares(ctx: AppContext, personId: string): Promise<{ id: string; url: string; title: string | null; date: string }[]> {
  return ctx.store.read((db) => sharesWith(db, personId));
}
