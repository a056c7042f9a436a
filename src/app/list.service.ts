import { MaillonError } from '../core/errors.js';
import { health, healthBand, HEALTH_BANDS, type HealthBand } from '../core/health.js';
import { fold, terms } from '../core/fold.js';
import { parseCircle } from '../core/validate.js';
import { exchangeFacts } from '../storage/exchange.repository.js';
import { listPersonIds, personSummaries, type PersonFilter, type PersonSummary, type StoredSort } from '../storage/person-list.repository.js';
import type { AppContext } from './context.js';

export const SORTS = ['priority', 'health', 'name', 'last'] as const;
export type Sort = (typeof SORTS)[number];

export interface ListedPerson extends PersonSummary {
  health: number;
}

export interface ListOptions {
  circle?: string;
  tag?: string;
  /** top10, top50, top150, ranked or unranked. */
  priority?: string;
  /** good, fading or cold (see `healthBand`). */
  health?: string;
  /** Text in the name of the organization they work at now. */
  org?: string;
  sort?: string;
  limit?: number;
  offset?: number;
}

export const PRIORITY_TIERS = ['top10', 'top50', 'top150', 'ranked', 'unranked'] as const;

function rankFilter(value: string): PersonFilter['rank'] {
  const tier = value.trim().toLowerCase();
  if (tier === 'ranked' || tier === 'unranked') return tier;
  const max = { top10: 10, top50: 50, top150: 150 }[tier];
  if (max === undefined) throw new MaillonError('input.bad_choice', { field: 'priority', value, allowed: PRIORITY_TIERS.join(', ') });
  return { max };
}

function bandFilter(value: string): HealthBand {
  const band = value.trim().toLowerCase();
  if (!(HEALTH_BANDS as readonly string[]).includes(band)) throw new MaillonError('input.bad_choice', { field: 'health', value, allowed: HEALTH_BANDS.join(', ') });
  return band as HealthBand;
}

/**
 * People matching the filter, sorted. Health is computed only for the people shown, except
 * when sorting by it, which needs everyone's.
 */
export async function listPeople(ctx: AppContext, options: ListOptions): Promise<{ people: ListedPerson[]; total: number }> {
  const sort = (options.sort ?? 'priority').trim().toLowerCase();
  if (!(SORTS as readonly string[]).includes(sort)) throw new MaillonError('input.bad_sort', { value: options.sort, allowed: SORTS.join(', ') });
  const filter: PersonFilter = {
    ...(options.circle ? { circle: parseCircle(options.circle) } : {}),
    ...(options.tag ? { tag: options.tag.trim() } : {}),
    ...(options.priority ? { rank: rankFilter(options.priority) } : {}),
    ...(options.org?.trim() ? { organization: fold(options.org.trim()) } : {}),
  };
  const band = options.health ? bandFilter(options.health) : undefined;
  const offset = options.offset ?? 0;
  const page = <T>(all: T[]) => all.slice(offset, options.limit === undefined ? undefined : offset + options.limit);
  return ctx.store.read(async (db) => {
    if (sort === 'health' || band) {
      // Health is computed, not stored: sorting or filtering by it needs everyone's.
      const { ids } = await listPersonIds(db, filter, sort === 'health' ? 'name' : (sort as StoredSort));
      const facts = await exchangeFacts(db, ids);
      let scored = ids.map((id) => ({ id, score: health(facts.get(id) ?? [], ctx.today).score }));
      if (band) scored = scored.filter((s) => healthBand(s.score) === band);
      if (sort === 'health') scored.sort((a, b) => b.score - a.score);
      const shown = page(scored);
      const summaries = await personSummaries(db, shown.map((s) => s.id));
      return { people: summaries.map((s, i) => ({ ...s, health: shown[i]?.score ?? 0 })), total: scored.length };
    }
    const { ids, total } = await listPersonIds(db, filter, sort as StoredSort, options.limit, offset);
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
