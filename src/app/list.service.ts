import { MaillonError } from '../core/errors.js';
import { health } from '../core/health.js';
import { fold, terms } from '../core/fold.js';
import { parseCircle } from '../core/validate.js';
import { exchangeFacts } from '../storage/exchange.repository.js';
import { listPersonIds, personSummaries, type PersonSummary } from '../storage/person-list.repository.js';
import type { AppContext } from './context.js';

export const SORTS = ['priority', 'health', 'name', 'last'] as const;
export type Sort = (typeof SORTS)[number];

export interface ListedPerson extends PersonSummary {
  health: number;
}

export interface ListOptions {
  circle?: string;
  tag?: string;
  sort?: string;
  limit?: number;
}

/**
 * People matching the filter, sorted. Health is computed only for the people shown, except
 * when sorting by it, which needs everyone's.
 */
export async function listPeople(ctx: AppContext, options: ListOptions): Promise<{ people: ListedPerson[]; total: number }> {
  const sort = (options.sort ?? 'priority').trim().toLowerCase();
  if (!(SORTS as readonly string[]).includes(sort)) throw new MaillonError('input.bad_sort', { value: options.sort, allowed: SORTS.join(', ') });
  const filter = {
    ...(options.circle ? { circle: parseCircle(options.circle) } : {}),
    ...(options.tag ? { tag: options.tag.trim() } : {}),
  };
  return ctx.store.read(async (db) => {
    if (sort === 'health') {
      const { ids, total } = await listPersonIds(db, filter, 'name');
      const facts = await exchangeFacts(db, ids);
      const scored = ids.map((id) => ({ id, score: health(facts.get(id) ?? [], ctx.today).score })).sort((a, b) => b.score - a.score);
      const shown = options.limit === undefined ? scored : scored.slice(0, options.limit);
      const summaries = await personSummaries(db, shown.map((s) => s.id));
      return { people: summaries.map((s, i) => ({ ...s, health: shown[i]?.score ?? 0 })), total };
    }
    const { ids, total } = await listPersonIds(db, filter, sort as 'priority' | 'name' | 'last', options.limit);
    const [summaries, facts] = await Promise.all([personSummaries(db, ids), exchangeFacts(db, ids)]);
    return { people: summaries.map((s) => ({ ...s, health: health(facts.get(s.id) ?? [], ctx.today).score })), total };
  });
}

export interface SearchHit extends PersonSummary {
  /** Where the words were found: name, work, notes or met. */
  matched: string[];
}

/** Finds people by any part of their name, organization, title, notes or how met; accents and case do not matter. */
export async function search(ctx: AppContext, query: string, limit = 20): Promise<SearchHit[]> {
  const words = terms(query);
  if (words.length === 0) throw new MaillonError('input.empty', { field: 'query' });
  return ctx.store.read(async (db) => {
    const ids = await ctx.store.dialect.search(db, words, limit);
    if (ids.length === 0) return [];
    const docs = await db.selectFrom('person_search').select(['person_id', 'name', 'work', 'notes', 'met']).where('person_id', 'in', ids).execute();
    const summaries = await personSummaries(db, ids);
    return summaries.map((s) => {
      const doc = docs.find((d) => d.person_id === s.id);
      const matched = doc ? (['name', 'work', 'notes', 'met'] as const).filter((field) => words.some((w) => fold(doc[field]).includes(w))) : [];
      return { ...s, matched };
    });
  });
}
