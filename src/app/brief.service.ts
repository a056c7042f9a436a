import { daysBetween } from '../core/dates.js';
import { MaillonError } from '../core/errors.js';
import { promiseIn } from '../core/followup.js';
import { health } from '../core/health.js';
import type { Channel, Day } from '../core/types.js';
import {
  favoursOf, milestonesOf, openOpportunitiesOf, peopleInCommon,
  type FavourFact, type MilestoneFact, type OpportunityFact, type Tie,
} from '../storage/brief.repository.js';
import { getEvent } from '../storage/event.repository.js';
import { exchangeFacts, exchangesOf } from '../storage/exchange.repository.js';
import { getPerson } from '../storage/person.repository.js';
import type { AppContext } from './context.js';
import { resolvePerson } from './resolve.js';

// Milestones worth mentioning when you meet: this year's news, not old history.
const RECENT_MILESTONE_DAYS = 365;
const LAST_EXCHANGES = 3;
const MAX_FAVOURS = 10;
const MAX_TIES = 10;

export interface BriefExchange {
  date: Day;
  channel: Channel;
  event: string | null;
  summary: string | null;
  /** The sentence of the summary that carries a promise. */
  promise: string | null;
}

/**
 * What to remember before meeting someone. Sections Maillon knows nothing about are left
 * out (undefined), so neither the text nor the JSON shows empty headings.
 */
export interface Brief {
  person: { id: string; name: string; organization: string | null; title: string | null; priority: number | null; health: number };
  met?: { event?: { id: string; name: string; date: Day }; introducer?: { id: string; name: string } };
  exchanges?: BriefExchange[];
  interests?: string[];
  milestones?: Omit<MilestoneFact, 'congratulate'>[];
  favours?: FavourFact[];
  opportunities?: OpportunityFact[];
  mutual?: Tie[];
}

const nonEmpty = <T>(xs: T[]): T[] | undefined => (xs.length > 0 ? xs : undefined);

export async function brief(ctx: AppContext, ref: string): Promise<Brief> {
  return ctx.store.read(async (db) => {
    const { id } = await resolvePerson(db, ref);
    const person = await getPerson(db, id);
    if (!person) throw new MaillonError('person.not_found', { ref });
    const [exchanges, facts, milestones, favours, opportunities, mutual] = await Promise.all([
      exchangesOf(db, id, LAST_EXCHANGES), exchangeFacts(db, [id]), milestonesOf(db, id, 5), favoursOf(db, id, MAX_FAVOURS),
      openOpportunitiesOf(db, id), peopleInCommon(db, id, person.introducedById, MAX_TIES),
    ]);
    const event = person.metAtEventId ? await getEvent(db, person.metAtEventId) : undefined;
    const introducer = person.introducedById ? await getPerson(db, person.introducedById) : undefined;
    const position = person.positions.findLast((p) => p.end === null);
    const met: Brief['met'] = {};
    if (event) met.event = { id: event.id, name: event.name, date: event.date };
    if (introducer) met.introducer = { id: introducer.id, name: introducer.name };
    const recent = milestones.filter((m) => m.congratulate || (m.date <= ctx.today && daysBetween(m.date, ctx.today) <= RECENT_MILESTONE_DAYS));
    return {
      person: {
        id, name: person.name, organization: position?.organization ?? null, title: position?.title ?? null,
        priority: person.priority, health: health(facts.get(id) ?? [], ctx.today).score,
      },
      met: event || introducer ? met : undefined,
      exchanges: nonEmpty(exchanges.map((x) => ({ date: x.date, channel: x.channel, event: x.eventName, summary: x.summary, promise: promiseIn(x.summary) }))),
      interests: nonEmpty(person.interests),
      milestones: nonEmpty(recent.map(({ id: mid, kind, date, note }) => ({ id: mid, kind, date, note }))),
      favours: nonEmpty(favours),
      opportunities: nonEmpty(opportunities),
      mutual: nonEmpty(mutual),
    };
  });
}
