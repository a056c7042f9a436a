import type { OpenAPIHono } from '@hono/zod-openapi';
import { agenda, done, snooze } from '../../app/agenda.service.js';
import type { ServerState } from '../app.js';
import { body, route, z } from '../api.js';
import { cachedJson } from './cached.js';
import type { ServerEnv } from '../env.js';
import { promptJson } from './words.js';

const IdParam = z.object({ id: z.string().min(1) });

/** Today's agenda, and done or snooze on one of its prompts. */
export function agendaRoutes(app: OpenAPIHono<ServerEnv>, state: ServerState): void {
  app.openapi(route('get', '/agenda', 'The agenda of today: open prompts whose day has come, most important first', {}, 'agenda'), async (c) => {
    const w = c.get('words');
    return cachedJson(c, state.cache.agenda, async () => {
      const a = await agenda(c.get('ctx'));
      return { date: a.date, networkEmpty: a.networkEmpty, prompts: a.items.map((i) => promptJson(w, i)) };
    });
  });

  app.openapi(route('post', '/prompts/{id}/done', 'Marks a prompt done', { params: IdParam }, 'agenda'), async (c) => {
    const p = await done(c.get('ctx'), c.req.valid('param').id);
    return c.json({ id: p.id, kind: p.kind, person: { id: p.personId, name: p.personName }, status: 'done' });
  });

  app.openapi(route('post', '/prompts/{id}/snooze', 'Hides a prompt for some days', {
    params: IdParam, ...body(z.object({ days: z.union([z.number().int(), z.string()]) })),
  }, 'agenda'), async (c) => {
    const p = await snooze(c.get('ctx'), c.req.valid('param').id, c.req.valid('json').days);
    return c.json({ id: p.id, kind: p.kind, person: { id: p.personId, name: p.personName }, snoozedUntil: p.showOn });
  });
}
