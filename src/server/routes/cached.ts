import type { Context } from 'hono';
import { jsonBytes } from '../api.js';
import type { ResponseCache } from '../cache.js';
import type { ServerEnv } from '../env.js';

/**
 * Answers a GET from the cache, keyed by its path and query, the day and the language: the
 * same question on the same day in the same language has the same answer until a write.
 */
export async function cachedJson(c: Context<ServerEnv>, cache: ResponseCache, compute: () => Promise<unknown>) {
  const url = new URL(c.req.url);
  url.searchParams.delete('lang');
  url.searchParams.sort();
  return jsonBytes(c, await cache.get(`${url.pathname}?${url.searchParams.toString()}|${c.get('ctx').today}|${c.get('words').lang}`, compute));
}
