import { randomBytes } from 'node:crypto';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { openApp, type AppContext } from '../app/context.js';
import { localDay } from '../core/dates.js';
import { wordsFor } from '../i18n/i18n.js';
import type { ServerEnv } from './env.js';
import { errorHandler, ServerError } from './errors.js';
import { KeptNetwork, ResponseCache } from './cache.js';
import { dbStamp, isPostgresLocation } from './db-stamp.js';
import { ImportJobs } from './jobs.js';
import { languageOf } from './lang.js';
import { resolveOptions, type Resolved, type ServerOptions } from './options.js';
import { calendarFeed } from './routes/calendar.js';
import { apiRoutes } from './routes/api.js';
import { csrfCheck, hostCheck, securityHeaders } from './security.js';
import { serveUi } from './static.js';
import { router } from './api.js';

export type { ServerOptions } from './options.js';

// Writes through this server clear cached answers at once, and on SQLite so does any other
// write (see db-stamp.ts). On PostgreSQL, a write from the CLI shows within these times:
// short for the agenda, which a user opens right after logging something.
const AGENDA_TTL_MS = 2_000;
const PAGE_TTL_MS = 60_000;

// A JSON body is a form's worth of text; files go to /imports and /backup, which stream to disk.
const JSON_LIMIT_MB = 1;
const STREAMED = /^\/api\/v1\/(imports|backup)$/;
const jsonLimitOf = bodyLimit({
  maxSize: JSON_LIMIT_MB * 1024 * 1024,
  onError: () => { throw new ServerError('request.too_large', { megabytes: JSON_LIMIT_MB }); },
});
// GETs have no body, and looking for one makes node-server build a full Request: skip them.
const jsonLimit: MiddlewareHandler<ServerEnv> = (c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' || STREAMED.test(c.req.path) ? next() : jsonLimitOf(c, next));

export interface ServerApp {
  app: OpenAPIHono<ServerEnv>;
  close(): Promise<void>;
  /** The resolved options; `port` is updated once a socket listens (port 0). */
  options: Resolved;
}

/** What routes share: one store per process, the CSRF token, the import jobs. */
export interface ServerState {
  readonly options: Resolved;
  readonly csrfToken: string;
  readonly jobs: ImportJobs;
  /** Answers computed from the whole network, as JSON; emptied by every write. */
  readonly cache: { agenda: ResponseCache; pages: ResponseCache; views: ResponseCache };
  /** The app context of this request's day: fixed in tests, else the local day, so the server stays right after midnight. */
  context(): Promise<AppContext>;
}

/**
 * The web server as a Hono app, usable with `app.request()` in tests and by `startServer`.
 * The database opens on the first request and stays open until `close()`.
 */
export function createServerApp(input: ServerOptions): ServerApp {
  const options = resolveOptions(input);
  let opened: Promise<AppContext> | undefined;
  const base = () => (opened ??= openApp({ db: options.db, today: options.today ?? localDay(new Date()), lang: options.lang, json: true })
    // A database that could not be reached (PostgreSQL restarting) is tried again by the next request.
    .catch((error: unknown) => { opened = undefined; throw error; }));
  const stamp = dbStamp(options.db);
  const sqlite = !isPostgresLocation(options.db);
  // Person pages are small and many; lists and network views are few and large (a 30,000-row list is megabytes).
  const cache = {
    agenda: new ResponseCache(sqlite ? PAGE_TTL_MS : AGENDA_TTL_MS, 16, stamp),
    pages: new ResponseCache(PAGE_TTL_MS, 2000, stamp),
    views: new ResponseCache(PAGE_TTL_MS, 24, stamp),
  };
  const network = new KeptNetwork(PAGE_TTL_MS, stamp);
  const forget = () => { cache.agenda.clear(); cache.pages.clear(); cache.views.clear(); network.clear(); };
  const state: ServerState = {
    options,
    csrfToken: randomBytes(32).toString('base64url'),
    jobs: new ImportJobs(forget),
    cache,
    async context() {
      const ctx = await base();
      return { store: ctx.store, newId: ctx.newId, today: options.today ?? localDay(new Date()), networks: network };
    },
  };
  // Built once per language: merging the catalogues for every request would cost more than a cached answer.
  const words = { en: wordsFor('en'), fr: wordsFor('fr') };
  const defaultWords = words[options.lang];
  const app = router();
  app.onError(errorHandler(defaultWords, (error) => { process.stderr.write(`${error instanceof Error ? error.stack ?? error.message : String(error)}\n`); }));
  app.use('*', securityHeaders, hostCheck(options));
  app.use('/api/*', async (c, next) => {
    const lang = languageOf(c.req.query('lang'), c.req.header('accept-language'), options.lang);
    c.set('lang', lang);
    c.set('words', words[lang]);
    c.set('ctx', await state.context());
    await next();
  });
  app.use('/api/v1/*', csrfCheck(state.csrfToken), jsonLimit, async (c, next) => {
    await next();
    // Whatever a write changed, no cached page may outlive it.
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && c.res.status < 400) forget();
  });
  apiRoutes(app, state);
  app.doc('/api/openapi.json', { openapi: '3.0.0', info: { title: 'Maillon', version: options.version } });
  app.all('/api/*', (c) => { throw new ServerError('route.not_found', { method: c.req.method, path: c.req.path }); });
  calendarFeed(app, state);
  serveUi(app, options.uiDir, options.lang);
  return {
    app,
    options,
    async close() {
      await state.jobs.settle();
      if (opened) await (await opened).store.close();
      opened = undefined;
    },
  };
}
