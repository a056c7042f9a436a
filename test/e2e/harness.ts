/**
 * Browser tests: one Chromium per test file, a server per database, a fresh browser context
 * (cookies, storage, language) per test. Chromium is Debian's (`/usr/bin/chromium`, or
 * MAILLON_CHROMIUM); the UI is the built one in dist/web (`npm test` builds it first).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe } from 'vitest';
import { startServer } from '../../src/server/serve.js';
import { session, type Session } from '../helpers/cli.js';
import { sqliteDatabases } from '../helpers/databases.js';
import { browserMissing, launchChromium, UI_DIR } from './chromium.js';

export { ROOT } from './chromium.js';

export type Lang = 'en' | 'fr';
export const LANGS: readonly Lang[] = ['en', 'fr'];
/** Every journey runs on this day, so agendas and "days ago" never depend on the clock. */
export const TODAY = '2026-03-02';

const reason = browserMissing();
const ci = process.env.CI !== undefined && !['', '0', 'false'].includes(process.env.CI);
if (reason && ci) throw new Error(`Browser tests cannot run in CI: ${reason}.`);

/** Says why the browser tests are skipped, once per run rather than once per file (each worker shares the runner as parent). */
function noticeSkip(why: string): void {
  const marker = join(tmpdir(), `maillon-e2e-skipped-${String(process.ppid)}`);
  if (existsSync(marker)) return;
  writeFileSync(marker, why);
  process.stderr.write(`Browser tests skipped: ${why}.\n`);
}

export interface Served {
  /** The server's origin, without a trailing slash. */
  url: string;
  db: string;
  /** The CLI on the same database and day, to prepare data and check what the UI wrote. */
  cli: Session;
  close(): Promise<void>;
}

export interface ServeOptions {
  lang?: Lang;
  setup?: (cli: Session) => Promise<unknown>;
  /** Keep the server for the rest of the file (shared read-only data); by default it closes after the test. */
  shared?: boolean;
}

export interface PageOptions {
  lang?: Lang;
  /** For axe only: its script is added before the page's own, through the DevTools protocol. */
  initScript?: string;
}

export interface E2E {
  readonly browser: Browser;
  /** A server on a fresh database, filled by `setup` through the CLI first. Closed after the test, or the file if `shared`. */
  serve(options?: ServeOptions): Promise<Served>;
  /** A page in a fresh context speaking `lang`, opened on `served`. Closed after the test. */
  page(served: Served, options?: PageOptions): Promise<Page>;
  /** Uncaught errors and CSP violations in the pages of this test; the harness fails the test if any are left. */
  readonly errors: string[];
}

/**
 * `describe` for browser tests: skipped with a one-line notice when Chromium or the built UI
 * is missing (a failure in CI), with the browser, servers and pages managed around `body`.
 */
export function describeBrowser(title: string, body: (env: E2E) => void): void {
  if (reason) noticeSkip(reason);
  describe.skipIf(reason !== null)(title, () => {
    let browser: Browser | undefined;
    const databases = sqliteDatabases();
    const shared: Served[] = [];
    let servers: Served[] = [];
    let contexts: BrowserContext[] = [];
    const errors: string[] = [];

    beforeAll(async () => {
      browser = await launchChromium();
    });

    afterEach(async () => {
      await Promise.all(contexts.map((c) => c.close()));
      contexts = [];
      await Promise.all(servers.map((s) => s.close()));
      servers = [];
      const thrown = errors.splice(0);
      if (thrown.length > 0) throw new Error(`The page threw:\n${thrown.join('\n')}`);
    });

    afterAll(async () => {
      await Promise.all(shared.map((s) => s.close()));
      await browser?.close();
      await databases.cleanup();
    });

    const env: E2E = {
      get browser() {
        if (!browser) throw new Error('The browser is not launched yet: use env.browser inside a test or hook.');
        return browser;
      },
      errors,
      async serve(options = {}) {
        const lang = options.lang ?? 'en';
        const db = await databases.create();
        const cli = session(db, TODAY, lang);
        if (options.setup) await options.setup(cli);
        const server = await startServer({ db, port: 0, today: TODAY, lang, uiDir: UI_DIR });
        const served: Served = { url: server.url.replace(/\/$/, ''), db, cli, close: () => server.close() };
        (options.shared ? shared : servers).push(served);
        return served;
      },
      async page(served, options = {}) {
        const lang = options.lang ?? 'en';
        const context = await env.browser.newContext({
          baseURL: served.url,
          locale: lang === 'fr' ? 'fr-FR' : 'en-GB',
          timezoneId: 'Europe/Paris',
        });
        contexts.push(context);
        if (options.initScript) await context.addInitScript({ content: options.initScript });
        const page = await context.newPage();
        page.setDefaultTimeout(5_000);
        page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
        // The UI must live within its own CSP: a refused script or style is a bug, even if the page still works.
        page.on('console', (m) => {
          if (m.type() === 'error' && m.text().includes('Content Security Policy') && page.url().startsWith(served.url)) errors.push(`${page.url()}: ${m.text()}`);
        });
        return page;
      },
    };
    body(env);
  });
}

/** Runs a journey once per language: `forEachLang((lang) => it(...))`. */
export function forEachLang(body: (lang: Lang) => void): void {
  for (const lang of LANGS) describe(lang === 'en' ? 'in English' : 'in French', () => { body(lang); });
}
