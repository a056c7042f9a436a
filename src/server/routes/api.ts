import type { OpenAPIHono } from '@hono/zod-openapi';
import { listPeople } from '../../app/list.service.js';
import type { ServerState } from '../app.js';
import { route, router } from '../api.js';
import type { ServerEnv } from '../env.js';
import { agendaRoutes } from './agenda.js';
import { calendarTokenRoutes } from './calendar.js';
import { exchangeRoutes } from './exchanges.js';
import { importRoutes } from './imports.js';
import { messageRoutes } from './messages.js';
import { networkRoutes } from './network.js';
import { peopleRoutes } from './people.js';
import { settingsRoutes } from './settings.js';
import { sharingRoutes } from './sharing.js';
import { tendingRoutes } from './tending.js';

/** Everything under /api/v1. */
export function apiRoutes(app: OpenAPIHono<ServerEnv>, state: ServerState): void {
  const v1 = router();
  v1.openapi(route('get', '/session', 'The CSRF token every write needs, the language, the day, and how many people', {}, 'session'), async (c) => {
    const { total } = await listPeople(c.get('ctx'), { limit: 1 });
    return c.json({ csrfToken: state.csrfToken, lang: c.get('lang'), today: c.get('ctx').today, people: total, version: state.options.version });
  });
  agendaRoutes(v1, state);
  peopleRoutes(v1, state);
  exchangeRoutes(v1);
  networkRoutes(v1, state);
  settingsRoutes(v1);
  calendarTokenRoutes(v1, state);
  importRoutes(v1, state);
  tendingRoutes(v1);
  sharingRoutes(v1);
  messageRoutes(v1);
  app.route('/api/v1', v1);
}
