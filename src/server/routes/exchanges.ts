import type { OpenAPIHono } from '@hono/zod-openapi';
import { addEvent, listEvents } from '../../app/events.service.js';
import { logExchange } from '../../app/exchanges.service.js';
import { agenda } from '../../app/agenda.service.js';
import { search } from '../../app/list.service.js';
import { addPerson } from '../../app/people.service.js';
import type { AppContext } from '../../app/context.js';
import { MaillonError } from '../../core/errors.js';
import { fold } from '../../core/fold.js';
import { pickByName } from '../../core/ref.js';
import type { Words } from '../../i18n/i18n.js';
import { body, route, z } from '../api.js';
import type { ServerEnv } from '../env.js';
import { createdPrompt, defined, promptJson } from './words.js';

const ExchangeBody = z.object({
  people: z.array(z.string().min(1)).min(1), channel: z.string(), summary: z.string().optional(), date: z.string().optional(),
  event: z.string().optional(), followUp: z.boolean().optional(), theyInitiated: z.boolean().optional(),
}).openapi('ExchangeInput');

const EventRef = z.object({ ref: z.string().min(1) });

async function logged(ctx: AppContext, w: Words, input: Parameters<typeof logExchange>[1]) {
  const r = await logExchange(ctx, input);
  return { ...r, followUps: r.followUps.map((p) => createdPrompt(w, p)), reportBacks: r.reportBacks.map((p) => createdPrompt(w, p)) };
}

/** The one event a ref names (an id or a name fragment), picked as the CLI picks. */
async function eventOf(ctx: AppContext, ref: string) {
  const events = await listEvents(ctx);
  const byId = events.find((e) => e.id === ref.trim());
  if (byId) return byId;
  const wanted = fold(ref.trim());
  const { id } = pickByName(ref, events.filter((e) => fold(e.name).includes(wanted)).map((e) => ({ id: e.id, name: e.name, hint: e.date })), 'event');
  const event = events.find((e) => e.id === id);
  if (!event) throw new MaillonError('event.not_found', { ref });
  return event;
}

/** Logging exchanges, and events with their event mode. */
export function exchangeRoutes(app: OpenAPIHono<ServerEnv>): void {
  app.openapi(route('post', '/exchanges', 'Logs an exchange; opens a follow-up per person unless followUp is false', body(ExchangeBody), 'exchanges'), async (c) => {
    const b = c.req.valid('json');
    const input = { refs: b.people, channel: b.channel, ...defined({ summary: b.summary, date: b.date, event: b.event, followUp: b.followUp, theyInitiated: b.theyInitiated }) };
    return c.json(await logged(c.get('ctx'), c.get('words'), input));
  });

  app.openapi(route('get', '/events', 'Events, with how many people were met at each', {}, 'events'), async (c) => {
    const w = c.get('words');
    const events = await listEvents(c.get('ctx'));
    return c.json({ events: events.map((e) => ({ ...e, kindLabel: w.eventKind[e.kind] ?? e.kind })) });
  });

  app.openapi(route('post', '/events', 'Adds an event', body(z.object({
    name: z.string(), date: z.string(), kind: z.string().optional(), place: z.string().optional(),
  })), 'events'), async (c) => {
    const b = c.req.valid('json');
    return c.json({ event: await addEvent(c.get('ctx'), { name: b.name, date: b.date, ...defined({ kind: b.kind, place: b.place }) }) });
  });

  app.openapi(route('get', '/events/{ref}', 'One event: the people met there and their open follow-ups', { params: EventRef }, 'events'), async (c) => {
    const ctx = c.get('ctx');
    const w = c.get('words');
    const event = await eventOf(ctx, c.req.valid('param').ref);
    // People met at an event are found by the event's name in their "how met" text.
    const hits = (await search(ctx, event.name, 5000)).filter((h) => h.matched.includes('met'));
    const ids = new Set(hits.map((h) => h.id));
    const prompts = (await agenda(ctx)).items.filter((i) => ids.has(i.person.id)).map((i) => promptJson(w, i));
    return c.json({ event: { ...event, kindLabel: w.eventKind[event.kind] ?? event.kind }, people: hits, prompts });
  });

  app.openapi(route('post', '/events/{ref}/people', 'Event mode: adds someone met at the event, logs the meeting, opens the follow-up', {
    params: EventRef,
    ...body(z.object({ name: z.string(), organization: z.string().optional(), title: z.string().optional(), note: z.string().optional(), email: z.string().optional() })),
  }, 'events'), async (c) => {
    const ctx = c.get('ctx');
    const b = c.req.valid('json');
    const event = await eventOf(ctx, c.req.valid('param').ref);
    const person = await addPerson(ctx, {
      name: b.name, metAt: event.id, circles: ['event'],
      ...defined({ org: b.organization, title: b.title, note: b.note }), ...(b.email ? { emails: [b.email] } : {}),
    });
    // An event still to come (added ahead) logs the meeting today rather than in the future.
    const date = event.date > ctx.today ? ctx.today : event.date;
    const log = await logged(ctx, c.get('words'), { refs: [person.id], channel: 'in-person', date, event: event.id, ...defined({ summary: b.note }) });
    return c.json({ person, exchange: log.exchange, followUps: log.followUps, noFollowUp: log.noFollowUp });
  });
}
