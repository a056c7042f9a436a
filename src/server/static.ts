import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { wordsFor } from '../i18n/i18n.js';
import type { ServerEnv } from './env.js';
import { languageOf } from './lang.js';
import type { Lang } from './options.js';

/**
 * The built UI: files under uiDir, and index.html for any other GET outside /api, so that
 * client-side routes (/people/42) load the app. Hashed assets are cached for good; index.html never.
 */
export function serveUi(app: OpenAPIHono<ServerEnv>, uiDir: string, lang: Lang): void {
  // serveStatic takes a root relative to the working directory.
  const root = relative(process.cwd(), uiDir) || '.';
  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=31536000, immutable');
  });
  app.get('*', serveStatic({ root }));
  app.get('*', async (c, next) => {
    if (c.req.path.startsWith('/api/') || c.req.path.startsWith('/assets/')) return next();
    c.header('Cache-Control', 'no-cache');
    const index = join(uiDir, 'index.html');
    if (!existsSync(index)) {
      const words = wordsFor(languageOf(c.req.query('lang'), c.req.header('accept-language'), lang));
      return c.text(words.features.server.cli.out.notBuilt, 503);
    }
    return serveStatic({ root, rewriteRequestPath: () => '/index.html' })(c, next);
  });
}
