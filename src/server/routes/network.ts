import type { OpenAPIHono } from '@hono/zod-openapi';
import { bridgeSuggestions, declareTie, findPaths, personTies, reach, removeTie, type PathResult } from '../../app/network.service.js';
import type { Reason } from '../../core/reason.js';
import type { Words } from '../../i18n/i18n.js';
import { body, RefParam, route, z } from '../api.js';
import type { ServerState } from '../app.js';
import type { ServerEnv } from '../env.js';
import { cachedJson } from './cached.js';
import { neighbourhood } from '../neighbourhood.js';
import { defined } from './words.js';

const round = (x: number) => Number(x.toFixed(3));
const why = (w: Words, reasons: readonly Reason[]) => reasons.map((r) => w.say(r));

const PathQuery = z.object({
  to: z.string().min(1), kind: z.enum(['person', 'organization', 'role']).default('person'),
  k: z.string().optional(), maxHops: z.string().optional(), draft: z.enum(['0', '1']).optional(),
});

const PREFIX = { person: '', organization: 'org:', role: 'role:' } as const;

/** Warm paths with each hop's reason in words, and the first ask as a sentence. */
function pathJson(w: Words, r: PathResult) {
  const o = w.features.network.cli.out;
  const ask = r.firstAsk;
  return {
    target: r.target, k: r.k, maxHops: r.maxHops,
    paths: r.paths.map((p) => ({
      strength: round(p.strength), hops: p.steps.length,
      steps: p.steps.map((st) => ({ person: st.person, reasons: why(w, st.reasons), strength: round(st.strength), title: st.title, organization: st.organization })),
    })),
    firstAsk: ask && { ...ask, reasons: why(w, ask.reasons), text: o.ask({ kind: ask.kind, via: ask.via.name, to: ask.to.name, target: ask.target?.name, why: why(w, ask.reasons).join(w.cli.out.separator) }) },
    nearest: r.nearest,
    ...(r.draft ? { draft: r.draft } : {}),
  };
}

const TieBody = z.object({ a: z.string().min(1), b: z.string().min(1), strength: z.string().optional(), since: z.string().optional(), how: z.string().optional() });

/** Six degrees: paths, reach, bridges, the neighbourhood graph, and ties. */
export function networkRoutes(app: OpenAPIHono<ServerEnv>, state: ServerState): void {
  app.openapi(route('get', '/network/path', 'Warm-introduction paths to a person, an organization or a role', { query: PathQuery }, 'network'), async (c) => {
    const q = c.req.valid('query');
    const r = await findPaths(c.get('ctx'), `${PREFIX[q.kind]}${q.to}`, {
      ...defined({ k: q.k, maxHops: q.maxHops }), ...(q.draft === '1' ? { draft: { lang: c.get('lang') } } : {}),
    });
    return c.json(pathJson(c.get('words'), r));
  });

  app.openapi(route('get', '/network/reach', 'How far the network reaches: people at 1, 2 and 3 hops, by organization and circle', {
    query: z.object({ limit: z.coerce.number().int().min(1).max(100).default(10) }),
  }, 'network'), (c) => cachedJson(c, state.cache.views, () => reach(c.get('ctx'), { limit: c.req.valid('query').limit })));

  app.openapi(route('get', '/network/bridges', 'Contacts the network depends on, suggested for ranking', {}, 'network'), async (c) => {
    const ctx = c.get('ctx');
    return cachedJson(c, state.cache.views, async () => {
      const [r, suggestions] = await Promise.all([reach(ctx, { limit: 10 }), bridgeSuggestions(ctx)]);
      return { bridges: r.bridges, suggestions };
    });
  });

  app.openapi(route('get', '/network/neighbourhood', 'The user\'s neighbourhood as nodes and edges, for the graph view', {
    query: z.object({ limit: z.coerce.number().int().min(1).max(2000).default(300) }),
  }, 'network'), (c) => cachedJson(c, state.cache.views, () => neighbourhood(c.get('ctx'), c.req.valid('query').limit)));

  app.openapi(route('get', '/people/{ref}/ties', 'A person\'s ties, strongest first, each with its reasons', {
    params: RefParam, query: z.object({ limit: z.coerce.number().int().min(1).max(500).default(20) }),
  }, 'network'), async (c) => {
    const w = c.get('words');
    const r = await personTies(c.get('ctx'), c.req.valid('param').ref, c.req.valid('query').limit);
    const tie = (t: { strength: number; reasons: Reason[] }) => ({ strength: round(t.strength), reasons: why(w, t.reasons) });
    return c.json({ person: r.person, you: r.you && tie(r.you), total: r.total, ties: r.ties.map((t) => ({ person: t.person, ...tie(t) })) });
  });

  app.openapi(route('post', '/ties', 'Declares that two people know each other', body(TieBody), 'network'), async (c) => {
    const { a, b, ...rest } = c.req.valid('json');
    return c.json(await declareTie(c.get('ctx'), a, b, defined(rest)));
  });

  app.openapi(route('delete', '/ties', 'Removes a declared tie', body(z.object({ a: z.string().min(1), b: z.string().min(1) })), 'network'), async (c) => {
    const { a, b } = c.req.valid('json');
    return c.json(await removeTie(c.get('ctx'), a, b));
  });
}
