import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppContext } from '../../app/context.js';
import { exportCalendar } from '../../app/exports.service.js';
import { wordsFor, type Words } from '../../i18n/i18n.js';
import type { ServerState } from '../app.js';
import { route } from '../api.js';
import { isCalendarToken, readCalendarToken, revokeCalendarToken, rotateCalendarToken } from '../calendar-token.js';
import type { ServerEnv } from '../env.js';
import { ServerError } from '../errors.js';
import { languageOf } from '../lang.js';
import { authority, publicHost } from '../options.js';
import { throughTempFile } from '../temp-file.js';

/**
 * The feed's address, from the configured host and port, never from the request's Host:
 * a forged Host would otherwise put an attacker's address into the user's calendar.
 */
function feedUrl(state: ServerState, token: string): string {
  return `http://${authority(publicHost(state.options), state.options.port)}/calendar.ics?token=${encodeURIComponent(token)}`;
}

/** The agenda of the next 30 days as iCalendar text, in the given language. */
export async function calendarText(ctx: AppContext, w: Words, days?: string): Promise<Buffer> {
  const o = w.features.imports.cli.out;
  const describe = (item: Parameters<Parameters<typeof exportCalendar>[3]>[0]) => ({
    summary: o.eventSummary({ kind: w.kind[item.kind] ?? item.kind, name: item.person.name }),
    description: item.reasons.map((r) => w.say(r)).join('\n'),
  });
  return throughTempFile('agenda.ics', (file) => exportCalendar(ctx, file, days, describe, o.calendarName));
}

/** Creating, reading and revoking the feed's token (under /api/v1, so behind the CSRF check). */
export function calendarTokenRoutes(app: OpenAPIHono<ServerEnv>, state: ServerState): void {
  app.openapi(route('get', '/calendar-token', 'The calendar feed URL, or null when there is none', {}, 'calendar'), async (c) => {
    const token = await readCalendarToken(c.get('ctx'));
    return c.json({ url: token === null ? null : feedUrl(state, token) });
  });
  app.openapi(route('post', '/calendar-token', 'Creates the calendar feed URL, or replaces it: the old one stops working', {}, 'calendar'), async (c) => {
    return c.json({ url: feedUrl(state, await rotateCalendarToken(c.get('ctx'))) });
  });
  app.openapi(route('delete', '/calendar-token', 'Revokes the calendar feed URL', {}, 'calendar'), async (c) => {
    await revokeCalendarToken(c.get('ctx'));
    return c.json({ url: null });
  });
}

/** `GET /calendar.ics?token=`: for calendar apps, which send neither cookies nor headers. 404 without the current token. */
export function calendarFeed(app: OpenAPIHono<ServerEnv>, state: ServerState): void {
  app.get('/calendar.ics', async (c: Context<ServerEnv>) => {
    const lang = languageOf(c.req.query('lang'), undefined, state.options.lang);
    c.set('words', wordsFor(lang));
    const ctx = await state.context();
    if (!(await isCalendarToken(ctx, c.req.query('token')))) throw new ServerError('calendar.no_token');
    const ics = await calendarText(ctx, c.get('words'));
    c.header('Content-Type', 'text/calendar; charset=utf-8');
    c.header('Cache-Control', 'no-store');
    return c.body(new Uint8Array(ics));
  });
}
