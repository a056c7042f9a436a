import type { OpenAPIHono } from '@hono/zod-openapi';
import { getSettings, setSetting } from '../../app/settings.service.js';
import { body, route, z } from '../api.js';
import type { ServerEnv } from '../env.js';

/** Cadences per priority tier and the follow-up delay, in days. */
export function settingsRoutes(app: OpenAPIHono<ServerEnv>): void {
  app.openapi(route('get', '/settings', 'Settings: cadence per tier and follow-up delay, in days', {}, 'settings'), async (c) => {
    return c.json({ settings: await getSettings(c.get('ctx')) });
  });
  app.openapi(route('put', '/settings/{key}', 'Changes a setting; a new cadence re-times keep-in-touch prompts', {
    params: z.object({ key: z.string() }), ...body(z.object({ value: z.union([z.number().int(), z.string()]) })),
  }, 'settings'), async (c) => {
    return c.json(await setSetting(c.get('ctx'), c.req.valid('param').key, String(c.req.valid('json').value)));
  });
}
