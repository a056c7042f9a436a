import { cadenceOf, TOP_TEN } from '../core/cadence.js';
import { health } from '../core/health.js';
import { exchangeFacts } from '../storage/exchange.repository.js';
import { personSummaries, type PersonSummary } from '../storage/person-list.repository.js';
import { rankedIds } from '../storage/person.repository.js';
import { nextDueOf } from '../storage/prompt.repository.js';
import { readSettings } from '../storage/settings.repository.js';
import type { AppContext } from './context.js';
import { parseRank, setRank } from './people.service.js';
import { resolvePerson } from './resolve.js';

export interface RankedPerson extends PersonSummary {
  rank: number;
  topTen: boolean;
  cadence: number | null;
  health: number;
  nextDue: string | null;
}

/** The ranked list, highest first, the top ten marked. */
export async function priorities(ctx: AppContext): Promise<RankedPerson[]> {
  return ctx.store.read(async (db) => {
    const ids = await rankedIds(db);
    const [summaries, facts, due, settings, own] = await Promise.all([
      personSummaries(db, ids), exchangeFacts(db, ids), nextDueOf(db, ids), readSettings(db),
      db.selectFrom('person').select(['id', 'every_days']).where('every_days', 'is not', null).where('priority', 'is not', null).execute(),
    ]);
    const everyOf = new Map(own.map((r) => [r.id, r.every_days]));
    return summaries.map((s, i) => ({
      ...s,
      rank: i + 1,
      topTen: i < TOP_TEN,
      cadence: cadenceOf({ priority: i + 1, every: everyOf.get(s.id) ?? null }, settings),
      health: health(facts.get(s.id) ?? [], ctx.today).score,
      nextDue: due.get(s.id) ?? null,
    }));
  });
}

/** Puts a person at a rank (0 takes them out); the others shift to keep ranks contiguous. */
export async function setPriority(ctx: AppContext, ref: string, rank: string) {
  const r = parseRank(rank);
  return ctx.store.transaction(async (trx) => {
    const person = await resolvePerson(trx, ref);
    await setRank(ctx, trx, person.id, r);
    return { id: person.id, name: person.name, rank: r === null ? null : Math.min(r, (await rankedIds(trx)).length) };
  });
}
