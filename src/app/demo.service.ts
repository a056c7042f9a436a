import { nextTouchDue } from '../core/cadence.js';
import { daysBetween } from '../core/dates.js';
import { MaillonError } from '../core/errors.js';
import { followUpChecklist, followUpDue } from '../core/followup.js';
import type { Prompt } from '../core/types.js';
import { parseWhole } from '../core/validate.js';
import { isEmpty } from '../storage/backup.repository.js';
import { insertEvents } from '../storage/event.repository.js';
import { insertExchanges } from '../storage/exchange.repository.js';
import { insertPeople } from '../storage/person.repository.js';
import { insertPrompts } from '../storage/prompt.repository.js';
import { readSettings } from '../storage/settings.repository.js';
import type { Db } from '../storage/store.js';
import type { AppContext } from './context.js';
import { ASK_NUDGE_DAYS } from '../core/sharing.js';
import type { Day } from '../core/types.js';
import { insertAsk } from '../storage/ask.repository.js';
import { insertFavour } from '../storage/favour.repository.js';
import { insertMilestone } from '../storage/milestone.repository.js';
import { insertOpportunity } from '../storage/opportunity.repository.js';
import { insertShare } from '../storage/share.repository.js';
import { askFollowUpPrompt } from './asks.service.js';
import { generateNetwork, type DemoNetwork } from './demo/generator.js';
import { generateTending, type DemoTending, type TendingSizes } from './demo/tending.js';
import { generateTies } from './demo/ties.js';
import { insertTies } from '../storage/tie.repository.js';
import { thankPrompt } from './favours.service.js';
import { congratulatePrompt } from './milestones.service.js';
import { FOLLOW_UP } from './exchanges.service.js';
import { keepInTouchPrompt } from './keep-in-touch.js';

export interface DemoResult {
  location: string;
  people: number;
  events: number;
  exchanges: number;
  prompts: number;
  ties: number;
}

const DEMO_MARK = 'demo';
const DEMO_FOLLOW_UPS = 8;
// Tables a demo fills, children first, so a re-run can empty them in this order.
const DATA_TABLES = ['tie', 'prompt', 'milestone', 'favour', 'share_recipient', 'share_topic', 'share', 'opportunity_person', 'opportunity', 'ask', 'exchange_participant', 'exchange', 'position', 'person_label', 'person_phone', 'person_email', 'person_search', 'person', 'organization', 'event'] as const;

/**
 * Fills the database with a generated network. It writes only into an empty database, or
 * one a previous demo filled, so it can never overwrite a user's own network.
 */
export async function demo(ctx: AppContext, options: { people?: string; seed?: string; exchangesPerPerson?: number }, progress: (step: string) => void = () => undefined): Promise<DemoResult> {
  const people = parseWhole(options.people ?? '300', 'people', 1, 1_000_000);
  const seed = parseWhole(options.seed ?? '1', 'seed', 0, 2 ** 31 - 1);
  progress('generate');
  const network = generateNetwork({ people, seed, today: ctx.today, ...(options.exchangesPerPerson ? { exchangesPerPerson: options.exchangesPerPerson } : {}) });
  return writeDemo(ctx, network, `${String(people)}:${String(seed)}`, progress);
}

/** Writes a generated network in one transaction, with the prompts a user would have open. */
export async function writeDemo(ctx: AppContext, network: DemoNetwork, mark: string, progress: (step: string) => void = () => undefined, sizes: TendingSizes = {}): Promise<DemoResult> {
  const prompts: Prompt[] = [];
  const ties = generateTies(network, seedOf(mark), ctx.today);
  await ctx.store.transaction(async (trx) => {
    const previous = await trx.selectFrom('maillon_meta').select('value').where('key', '=', DEMO_MARK).executeTakeFirst();
    if (!(await isEmpty(trx))) {
      if (!previous) throw new MaillonError('demo.not_empty', { location: ctx.store.dialect.location });
      await wipe(trx);
    }
    const settings = await readSettings(trx);
    const byId = new Map(network.people.map((r) => [r.person.id, r.person]));
    // A generated history logs dozens of exchanges a day at scale; the demo shows the latest
    // few as open follow-ups, as if the user had followed up on the rest.
    const recent = network.exchanges.filter((x) => daysBetween(x.date, ctx.today) <= settings.followUpDays)
      .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0)).slice(0, DEMO_FOLLOW_UPS);
    const followed = new Set<string>();
    for (const x of recent) {
      for (const personId of x.participantIds) {
        const person = byId.get(personId);
        if (!person || followed.has(personId)) continue;
        followed.add(personId);
        prompts.push({
          id: network.newId(), kind: FOLLOW_UP, personId, showOn: x.date, dueOn: followUpDue(x.date, settings.followUpDays), status: 'open',
          createdOn: x.date, closedOn: null, snoozedUntil: null, sourceId: x.id, checklist: followUpChecklist(x, person), data: {},
        });
      }
    }
    for (const { person } of network.people) {
      const due = nextTouchDue(person, settings);
      if (due) prompts.push(keepInTouchPrompt(network.newId(), person.id, due, person.createdOn));
    }
    progress('events');
    await insertEvents(trx, network.events);
    progress('people');
    await ctx.store.dialect.bulkSearch(trx, () => insertPeople(trx, network.people, network.newId));
    progress('exchanges');
    await insertExchanges(trx, network.exchanges);
    await insertTies(trx, ties);
    progress('tending');
    prompts.push(...(await writeTending(trx, generateTending(network, seedOf(mark), ctx.today, sizes), ctx.today, network.newId)));
    progress('agenda');
    await insertPrompts(trx, prompts);
    await trx.deleteFrom('maillon_meta').where('key', '=', DEMO_MARK).execute();
    await trx.insertInto('maillon_meta').values({ key: DEMO_MARK, value: mark }).execute();
  });
  return { location: ctx.store.dialect.location, people: network.people.length, events: network.events.length, exchanges: network.exchanges.length, prompts: prompts.length, ties: ties.length };
}

/** The seed a demo mark names ("people:seed"), so its tending records follow the same seed. */
function seedOf(mark: string): number {
  const seed = Number(mark.split(':')[1]);
  return Number.isInteger(seed) ? seed : 1;
}

/** Writes milestones, favours, shares, opportunities and asks, and returns the prompts they open. */
async function writeTending(db: Db, t: DemoTending, today: Day, newId: () => string): Promise<Prompt[]> {
  const prompts: Prompt[] = [];
  const names = new Map((await db.selectFrom('person').select(['id', 'name']).where('id', 'in', [...t.asks.map((a) => a.viaId ?? ''), '']).execute()).map((r) => [r.id, r.name]));
  for (const m of t.milestones) {
    await insertMilestone(db, m);
    const p = congratulatePrompt(newId(), m, today);
    if (p) prompts.push(p);
  }
  for (const f of t.favours) {
    await insertFavour(db, f);
    if (f.direction === 'received' && !f.thankedOn) prompts.push(thankPrompt(newId(), f, null, today));
  }
  for (const s of t.shares) await insertShare(db, s);
  for (const o of t.opportunities) await insertOpportunity(db, o);
  for (const a of t.asks) {
    await insertAsk(db, a);
    if (a.status === 'open') prompts.push(askFollowUpPrompt(newId(), a, a.viaId ? (names.get(a.viaId) ?? null) : null, ASK_NUDGE_DAYS, today));
  }
  return prompts;
}

async function wipe(db: Db): Promise<void> {
  for (const table of DATA_TABLES) await db.deleteFrom(table).execute();
}
