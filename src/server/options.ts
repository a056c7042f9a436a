import { existsSync, readFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Day } from '../core/types.js';

export type Lang = 'en' | 'fr';

/** How a server is started: the contract shared with the web UI and its tests. */
export interface ServerOptions {
  /** A SQLite file path or a postgres:// URL. */
  db: string;
  /** Default 127.0.0.1: only this machine can reach the server. */
  host?: string;
  /** Default 4747; 0 picks a free port. */
  port?: number;
  /** A fixed day (tests); otherwise the local day of each request. */
  today?: Day;
  lang?: Lang;
  /** Where the built UI is; default: `dist/web` of the package. */
  uiDir?: string;
}

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 4747;

export interface Resolved {
  readonly db: string;
  readonly host: string;
  /** Set again once listening: with port 0, the real port is known only then. */
  port: number;
  readonly today: Day | undefined;
  readonly lang: Lang;
  readonly uiDir: string;
  readonly version: string;
}

export function resolveOptions(options: ServerOptions): Resolved {
  return {
    db: options.db,
    host: options.host?.trim() || DEFAULT_HOST,
    port: options.port ?? DEFAULT_PORT,
    today: options.today,
    lang: options.lang ?? 'en',
    uiDir: options.uiDir ?? join(packageRoot(), 'dist', 'web'),
    version: packageVersion(),
  };
}

/**
 * The folder of the package.json above this module. Walking up works both from src/server
 * (tests, tsx) and from the bundled dist/, whose depth differs.
 */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const up = dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
}

function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** Loopback addresses: when bound to one, `localhost` and `127.0.0.1` both name this machine. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** `host:port` as a URL authority: an IPv6 address goes in brackets. */
export function authority(host: string, port: number): string {
  const h = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  return `${h}:${String(port)}`;
}

/** 0.0.0.0 or :: : listening on every address of the machine. */
export const isWildcard = (host: string): boolean => host === '0.0.0.0' || host === '::' || host === '[::]';

/** This machine's own addresses, for a server bound to all of them. */
export function localAddresses(): string[] {
  return Object.values(networkInterfaces()).flatMap((list) => (list ?? []).map((a) => a.address));
}

/**
 * The host absolute URLs name: the configured one; for a wildcard bind, this machine's first
 * outside IPv4 address (a phone's calendar can reach it), else loopback. Never the request's Host.
 */
export function publicHost(options: Resolved): string {
  if (!isWildcard(options.host)) return options.host;
  const outside = Object.values(networkInterfaces()).flatMap((list) => list ?? []).find((a) => a.family === 'IPv4' && !a.internal);
  return outside?.address ?? '127.0.0.1';
}
