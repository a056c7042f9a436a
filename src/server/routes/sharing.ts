import type { OpenAPIHono } from '@hono/zod-openapi';
import { ask, askReport, asks, closeAskAs } from '../../app/asks.service.js';
import { addOpportunity, moveOpportunity, opportunities, opportunityReport, showOpportunity } from '../../app/opportunities.service.js';
import { share, suggest } from '../../app/shares.service.js';
import { body, route, z } from '../api.js';
import type { ServerEnv } from '../env.js';
import { defined } from './words.js';

const IdParam = z.object({ id: z.string().min(1) });
const OpenQuery = z.object({ open: z.enum(['0', '1']).optional() });
const list = z.array(z.string()).optional();

/** Opportunities, asks for advice, and shares: as the CLI's sharing commands. */
export function sharingRoutes(app: OpenAPIHono<ServerEnv>): void {
  app.openapi(route('get', '/opportunities', 'Job or mission leads', { query: OpenQuery }, 'sharing'), async (c) => {
    return c.json({ opportunities: await opportunities(c.get('ctx'), { open: c.req.valid('query').open === '1' }) });
  });
  app.openapi(route('post', '/opportunities', 'Records a lead, with the people who can refer the user', {
    ...body(z.object({ title: z.string(), org: z.string().optional(), via: list, stage: z.string().optional() })),
  }, 'sharing'), async (c) => {
    const b = c.req.valid('json');
    return c.json(await addOpportunity(c.get('ctx'), { title: b.title, via: b.via ?? [], ...defined({ org: b.org, stage: b.stage }) }));
  });
  app.openapi(route('get', '/opportunities/report', 'Leads per contact: open, won, lost', {}, 'sharing'), async (c) => c.json(await opportunityReport(c.get('ctx'))));
  app.openapi(route('get', '/opportunities/{id}', 'One lead, with its report-back prompts', { params: IdParam }, 'sharing'), async (c) => {
    return c.json(await showOpportunity(c.get('ctx'), c.req.valid('param').id));
  });
  app.openapi(route('post', '/opportunities/{id}/stage', 'Moves a lead to a stage; closing it opens report-backs', {
    params: IdParam, ...body(z.object({ stage: z.string() })),
  }, 'sharing'), async (c) => c.json(await moveOpportunity(c.get('ctx'), c.req.valid('param').id, c.req.valid('json').stage)));

  app.openapi(route('get', '/asks', 'Requests for advice', { query: OpenQuery }, 'sharing'), async (c) => {
    return c.json({ asks: await asks(c.get('ctx'), { open: c.req.valid('query').open === '1' }) });
  });
  app.openapi(route('post', '/asks', 'Tracks a request for advice; a nudge comes up if no answer arrives', {
    ...body(z.object({ person: z.string().min(1), about: z.string(), via: z.string().optional(), date: z.string().optional(), nudgeAfter: z.union([z.number().int(), z.string()]).optional() })),
  }, 'sharing'), async (c) => {
    const b = c.req.valid('json');
    return c.json(await ask(c.get('ctx'), { ref: b.person, about: b.about, ...defined({ via: b.via, date: b.date, nudgeAfter: b.nudgeAfter === undefined ? undefined : String(b.nudgeAfter) }) }));
  });
  app.openapi(route('get', '/asks/report', 'Response rates: cold and introduced', {}, 'sharing'), async (c) => c.json(await askReport(c.get('ctx'))));
  app.openapi(route('post', '/asks/{id}/close', 'Closes an ask as answered or without answer', {
    params: IdParam, ...body(z.object({ status: z.enum(['answered', 'no-answer']) })),
  }, 'sharing'), async (c) => c.json(await closeAskAs(c.get('ctx'), c.req.valid('param').id, c.req.valid('json').status)));

  app.openapi(route('post', '/shares', 'Records that a resource was sent to some people', {
    ...body(z.object({ url: z.string(), title: z.string().optional(), topics: list, with: z.array(z.string()).min(1) })),
  }, 'sharing'), async (c) => {
    const b = c.req.valid('json');
    return c.json(await share(c.get('ctx'), { url: b.url, with: b.with, topics: b.topics ?? [], ...defined({ title: b.title }) }));
  });
  app.openapi(route('get', '/shares/suggest', 'Who would value a resource, leaving out who already received it', {
    query: z.object({ url: z.string(), topic: z.union([z.string(), z.array(z.string())]).optional(), limit: z.string().optional() }),
  }, 'sharing'), async (c) => {
    const q = c.req.valid('query');
    const topics = q.topic === undefined ? [] : Array.isArray(q.topic) ? q.topic : [q.topic];
    const r = await suggest(c.get('ctx'), { url: q.url, topics, ...defined({ limit: q.limit }) });
    const w = c.get('words');
    return c.json({ ...r, suggestions: r.suggestions.map((s) => ({ ...s, reasons: s.reasons.map((x) => w.say(x)) })) });
  });
}
