import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { ServerEnv } from './env.js';
import { ServerError } from './errors.js';
import { authority, isLoopback, isWildcard, localAddresses, type Resolved } from './options.js';

export const CSP = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self'",
  "font-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
].join('; ');

/** Sent on every response, errors and static files included. No CORS header is ever sent. */
export const securityHeaders: MiddlewareHandler<ServerEnv> = async (c, next) => {
  await next();
  c.header('Content-Security-Policy', CSP);
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Referrer-Policy', 'no-referrer');
  c.header('X-Frame-Options', 'DENY');
  c.header('Cross-Origin-Opener-Policy', 'same-origin');
  c.header('Cross-Origin-Resource-Policy', 'same-origin');
};

/** The Host values this server answers to: its own address, and the loopback names when bound to loopback. */
export function allowedHosts(options: Resolved): Set<string> {
  const loopback = ['localhost', '127.0.0.1', '[::1]'];
  // Bound to every address, the server answers to each of them as an IP literal: a rebinding
  // attack needs a domain name of the attacker's, which never is one.
  const names = isWildcard(options.host) ? [...loopback, ...localAddresses()]
    : isLoopback(options.host) ? [options.host, ...loopback] : [options.host];
  return new Set(names.map((h) => authority(h, options.port).toLowerCase()));
}

/**
 * Refuses a request whose Host is not this server's. A page on evil.example whose name is
 * rebound to 127.0.0.1 reaches this port, but its requests carry `Host: evil.example:4747`.
 */
export function hostCheck(options: Resolved): MiddlewareHandler<ServerEnv> {
  let port = -1;
  let allowed = new Set<string>();
  return async (c, next) => {
    // app.request() builds requests without a Host header; node-server always has one, and builds the URL from it.
    const host = (c.req.header('host') ?? new URL(c.req.url).host).toLowerCase();
    // With port 0 the real port is known only once listening: the set follows it.
    if (port !== options.port) {
      port = options.port;
      allowed = allowedHosts(options);
    }
    if (!allowed.has(host)) throw new ServerError('host.refused', { host, allowed: [...allowed][0] ?? '' });
    await next();
  };
}

const SAFE = new Set(['GET', 'HEAD']);

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Every write needs the session's token in a header. A foreign page cannot read the token
 * (no CORS), and cannot send a custom header to another origin without a preflight we never allow.
 */
export function csrfCheck(token: string): MiddlewareHandler<ServerEnv> {
  return async (c, next) => {
    if (!SAFE.has(c.req.method) && !sameToken(c.req.header('x-csrf-token') ?? '', token)) throw new ServerError('csrf.refused');
    await next();
  };
}

export { sameToken };
