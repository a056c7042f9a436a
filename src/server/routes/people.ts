import type { OpenAPIHono } from '@hono/zod-openapi';
import { brief } from '../../app/brief.service.js';
import { personFavours } from '../../app/favours.service.js';
import { listPeople, search, type ListedPerson } from '../../app/list.service.js';
import { opportunities } from '../../app/opportunities.service.js';
import { personShares } from '../../app/shares.service.js';
import { addPerson, editPerson, removePerson, showPerson, type PersonInput, type PersonRemovals } from '../../app/people.service.js';
import type { Words } from '../../i18n/i18n.js';
import type { ServerState } from '../app.js';
import { body, RefParam, route, z } from '../api.js';
import { cachedJson } from './cached.js';
import type { ServerEnv } from '../env.js';
import { asText, defined } from './words.js';

const list = z.array(z.string()).optional();
const num = z.union([z.number().int(), z.string()]).optional();

const PersonBody = z.object({
  name: z.string().optional(), emails: list, phones: list, org: z.string().optional(), title: z.string().optional(),
  circles: list, tags: list, interests: list, priority: num, every: num, metAt: z.string().optional(),
  introducedBy: z.string().optional(), linkedin: z.string().optional(), location: z.string().optional(),
  birthday: z.string().optional(), note: z.string().optional(),
}).openapi('PersonInput');

const EditBody = PersonBody.extend({
  remove: z.object({ emails: list, phones: list, circles: list, tags: list, interests: list }).optional(),
});

const ListQuery = z.object({
  q: z.string().optional(), circle: z.string().optional(), tag: z.string().optional(), sort: z.string().optional(),
  priority: z.string().optional(), health: z.string().optional(), org: z.string().optional(),
  offset: z.coerce.number().int().min(0).default(0), limit: z.coerce.number().int().min(1).max(100_000).default(100),
});

function input(b: z.infer<typeof PersonBody>): PersonInput {
  return defined({ ...b, priority: asText(b.priority), every: asText(b.every) });
}

const removals = (r: PersonRemovals | undefined): PersonRemovals => defined({ ...r });

/** A light row for a long virtualized list. */
const row = (p: Omit<ListedPerson, 'health'> & { health?: number }) => ({
  id: p.id, name: p.name, organization: p.organization, title: p.title, circles: p.circles,
  rank: p.priority, health: p.health ?? null, lastExchange: p.lastExchangeOn,
});

/** People: the list, search, one person's page, and add, edit, remove. */
export function peopleRoutes(app: OpenAPIHono<ServerEnv>, state: ServerState): void {
  app.openapi(route('get', '/people', 'People, filtered and sorted, a page at a time', { query: ListQuery }, 'people'), async (c) => {
    const q = c.req.valid('query');
    const ctx = c.get('ctx');
    const end = q.offset + q.limit;
    return cachedJson(c, state.cache.views, async () => {
      if (q.q?.trim()) {
        const hits = await search(ctx, q.q, end);
        return { people: hits.slice(q.offset).map((h) => ({ ...row(h), matched: h.matched })), total: hits.length };
      }
      const filters = defined({ circle: q.circle, tag: q.tag, sort: q.sort, priority: q.priority, health: q.health, org: q.org });
      const r = await listPeople(ctx, { ...filters, offset: q.offset, limit: q.limit });
      return { people: r.people.map(row), total: r.total };
    });
  });

  app.openapi(route('get', '/search', 'Finds people by name, work, notes or how met; accents and case do not matter', {
    query: z.object({ q: z.string(), limit: z.coerce.number().int().min(1).max(500).default(20) }),
  }, 'people'), async (c) => {
    const { q, limit } = c.req.valid('query');
    const hits = await search(c.get('ctx'), q, limit);
    return c.json({ people: hits.map((h) => ({ ...row(h), matched: h.matched })) });
  });

  app.openapi(route('post', '/people', 'Adds a person', body(PersonBody), 'people'), async (c) => {
    const person = await addPerson(c.get('ctx'), input(c.req.valid('json')));
    return c.json({ person }, 200);
  });

  app.openapi(route('get', '/people/{ref}', 'One person: details, health with reasons, timeline, opportunities', { params: RefParam }, 'people'), async (c) => {
    const ctx = c.get('ctx');
    const w = c.get('words');
    const { ref } = c.req.valid('param');
    return cachedJson(c, state.cache.pages, async () => {
      const view = await showPerson(ctx, ref);
      const id = view.person.id;
      const [favours, about, opps, shares] = await Promise.all([personFavours(ctx, id), brief(ctx, id), opportunities(ctx, {}), personShares(ctx, id)]);
      return personPage(w, { view, favours, about, shares, opportunities: opps.filter((o) => o.via.some((p) => p.id === id)) });
    });
  });

  app.openapi(route('patch', '/people/{ref}', 'Edits a person: lists grow unless `remove` takes values out', {
    params: RefParam, ...body(EditBody),
  }, 'people'), async (c) => {
    const { remove, ...changes } = c.req.valid('json');
    const person = await editPerson(c.get('ctx'), c.req.valid('param').ref, input(changes), removals(remove));
    return c.json({ person });
  });

  app.openapi(route('delete', '/people/{ref}', 'Erases a person and all that is known of them', { params: RefParam }, 'people'), async (c) => {
    return c.json({ removed: await removePerson(c.get('ctx'), c.req.valid('param').ref) });
  });
}

interface PageParts {
  view: Awaited<ReturnType<typeof showPerson>>;
  favours: Awaited<ReturnType<typeof personFavours>>;
  about: Awaited<ReturnType<typeof brief>>;
  opportunities: Awaited<ReturnType<typeof opportunities>>;
  shares: Awaited<ReturnType<typeof personShares>>;
}

/** The person page: the record, what Maillon derives, and one timeline, newest first. */
function personPage(w: Words, { view, favours, about, shares, opportunities: opps }: PageParts) {
  const timeline = [
    ...view.exchanges.map((x) => ({ type: 'exchange' as const, ...x, channelLabel: w.channel[x.channel] ?? x.channel })),
    ...(about.milestones ?? []).map((m) => ({ type: 'milestone' as const, ...m })),
    ...favours.favours.map((f) => ({ type: 'favour' as const, ...f })),
    ...shares.map((s) => ({ type: 'share' as const, ...s })),
  ].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  return {
    person: view.person,
    health: { score: view.health.score, reasons: view.health.reasons.map((r) => w.say(r)) },
    cadence: view.cadence,
    nextDue: view.nextDue,
    metAt: view.metAt,
    introducedBy: view.introducedBy,
    exchangeCount: view.exchangeCount,
    balance: view.balance,
    timeline,
    mutual: about.mutual ?? [],
    opportunities: opps,
  };
}
