import type { OpenAPIHono } from '@hono/zod-openapi';
import { brief } from '../../app/brief.service.js';
import { checkMessage, draft, editTemplate, resetTemplate, templates } from '../../app/drafts.service.js';
import { formatPlaceholders } from '../../core/draft.js';
import { body, RefParam, route, z } from '../api.js';
import type { ServerEnv } from '../env.js';
import { defined } from './words.js';

const TemplateParams = z.object({ purpose: z.string(), lang: z.string() });

/** Drafts with the personalisation check, editable templates, and the brief before a meeting. */
export function messageRoutes(app: OpenAPIHono<ServerEnv>): void {
  app.openapi(route('post', '/drafts', 'Writes a message from a template, filled with what Maillon knows; nothing is stored', {
    ...body(z.object({ person: z.string().min(1), purpose: z.string(), lang: z.string().optional(), about: z.string().optional(), meet: z.string().optional() })),
  }, 'messages'), async (c) => {
    const b = c.req.valid('json');
    return c.json(await draft(c.get('ctx'), b.person, { purpose: b.purpose, lang: b.lang ?? c.get('lang'), mailto: true, ...defined({ about: b.about, meet: b.meet }) }));
  });

  app.openapi(route('post', '/drafts/check', 'Checks the user\'s own message: does it say something only this person would recognise?', {
    ...body(z.object({ person: z.string().min(1), text: z.string() })),
  }, 'messages'), async (c) => {
    const b = c.req.valid('json');
    return c.json(await checkMessage(c.get('ctx'), b.person, b.text));
  });

  app.openapi(route('get', '/templates', 'Message templates per purpose and language, and the placeholders they may use', {}, 'messages'), async (c) => {
    return c.json({ templates: await templates(c.get('ctx')), placeholders: formatPlaceholders() });
  });

  app.openapi(route('put', '/templates/{purpose}/{lang}', 'Changes a template; its placeholders are checked first', {
    params: TemplateParams, ...body(z.object({ subject: z.string().optional(), body: z.string().optional() })),
  }, 'messages'), async (c) => {
    const { purpose, lang } = c.req.valid('param');
    // Only text from the page: the CLI's --body-file would read a file of the server's disk.
    const b = c.req.valid('json');
    return c.json(await editTemplate(c.get('ctx'), purpose, lang, defined({ subject: b.subject, body: b.body })));
  });

  app.openapi(route('delete', '/templates/{purpose}/{lang}', 'Puts the default template back', { params: TemplateParams }, 'messages'), async (c) => {
    const { purpose, lang } = c.req.valid('param');
    return c.json(await resetTemplate(c.get('ctx'), purpose, lang));
  });

  app.openapi(route('get', '/people/{ref}/brief', 'What to remember before meeting someone', { params: RefParam }, 'messages'), async (c) => {
    return c.json(await brief(c.get('ctx'), c.req.valid('param').ref));
  });
}
