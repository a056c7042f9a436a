import type { OpenAPIHono } from '@hono/zod-openapi';
import { networkBalance, personFavours, recordFavour, thank } from '../../app/favours.service.js';
import { duplicates, merge, parseConfidence } from '../../app/merge.service.js';
import { recordMilestone } from '../../app/milestones.service.js';
import { priorities, setPriority } from '../../app/priorities.service.js';
import { body, RefParam, route, z } from '../api.js';
import type { ServerEnv } from '../env.js';
import { defined } from './words.js';

const FavourBody = z.object({
  direction: z.enum(['given', 'received']), kind: z.string(), note: z.string().optional(), date: z.string().optional(),
  to: z.string().optional(), thanked: z.boolean().optional(),
});

/** Priorities, milestones, favours and balance, duplicates and merges. */
export function tendingRoutes(app: OpenAPIHono<ServerEnv>): void {
  app.openapi(route('get', '/priorities', 'The ranked list, highest first, the top ten marked', {}, 'priorities'), async (c) => {
    return c.json({ people: await priorities(c.get('ctx')) });
  });

  app.openapi(route('put', '/priorities/{ref}', 'Puts a person at a rank; 0 takes them out of the ranking', {
    params: RefParam, ...body(z.object({ rank: z.union([z.number().int(), z.string()]) })),
  }, 'priorities'), async (c) => c.json(await setPriority(c.get('ctx'), c.req.valid('param').ref, String(c.req.valid('json').rank))));

  app.openapi(route('post', '/people/{ref}/milestones', 'Records a milestone (a birthday is kept on the person); opens a congratulation', {
    params: RefParam, ...body(z.object({ kind: z.string(), date: z.string().optional(), note: z.string().optional() })),
  }, 'favours'), async (c) => {
    const b = c.req.valid('json');
    return c.json(await recordMilestone(c.get('ctx'), c.req.valid('param').ref, { kind: b.kind, ...defined({ date: b.date, note: b.note }) }));
  });

  app.openapi(route('post', '/people/{ref}/favours', 'Records a favour given or received; a received one opens a thank-you', {
    params: RefParam, ...body(FavourBody),
  }, 'favours'), async (c) => {
    const { direction, ...rest } = c.req.valid('json');
    return c.json(await recordFavour(c.get('ctx'), direction, c.req.valid('param').ref, { kind: rest.kind, ...defined({ note: rest.note, date: rest.date, to: rest.to, thanked: rest.thanked }) }));
  });

  app.openapi(route('get', '/people/{ref}/favours', 'A person\'s favours either way and their balance', { params: RefParam }, 'favours'), async (c) => {
    return c.json(await personFavours(c.get('ctx'), c.req.valid('param').ref));
  });

  app.openapi(route('post', '/people/{ref}/thank', 'Marks every favour received from a person thanked', { params: RefParam }, 'favours'), async (c) => {
    return c.json(await thank(c.get('ctx'), c.req.valid('param').ref));
  });

  app.openapi(route('get', '/balance', 'The balance of favours with everyone, and overall', {}, 'favours'), async (c) => {
    return c.json(await networkBalance(c.get('ctx')));
  });

  app.openapi(route('get', '/duplicates', 'Likely pairs of people who are one, best first', {
    query: z.object({ limit: z.coerce.number().int().min(1).max(100_000).default(50), minConfidence: z.string().optional() }),
  }, 'duplicates'), async (c) => {
    const q = c.req.valid('query');
    const min = q.minConfidence === undefined ? 0.5 : parseConfidence(q.minConfidence);
    const pairs = await duplicates(c.get('ctx'), { limit: q.limit, minConfidence: min });
    return c.json({ pairs: pairs.map(({ command: _command, ...p }) => p) });
  });

  app.openapi(route('post', '/merge', 'Merges B into A, keeping everything; dryRun says what would happen', {
    ...body(z.object({ a: z.string().min(1), b: z.string().min(1), dryRun: z.boolean().optional() })),
  }, 'duplicates'), async (c) => {
    const b = c.req.valid('json');
    return c.json(await merge(c.get('ctx'), b.a, b.b, { dryRun: b.dryRun === true }));
  });
}
