import { homedir } from 'node:os';
import { join } from 'node:path';
import { localDay, parseDay } from '../core/dates.js';
import type { Day } from '../core/types.js';

export type Lang = 'en' | 'fr';

export interface Config {
  /** A SQLite file path or a postgres:// URL. */
  readonly db: string;
  readonly today: Day;
  readonly lang: Lang;
  readonly json: boolean;
}

export interface ConfigInput {
  db?: string | undefined;
  today?: string | undefined;
  lang?: string | undefined;
  json?: boolean | undefined;
}

/** `$XDG_DATA_HOME/maillon/maillon.db`, else `~/.local/share/maillon/maillon.db`. */
export function defaultDbPath(env: NodeJS.ProcessEnv): string {
  const base = env.XDG_DATA_HOME?.trim() || join(env.HOME?.trim() || homedir(), '.local', 'share');
  return join(base, 'maillon', 'maillon.db');
}

/** French when the locale says so (LC_ALL, LC_MESSAGES, LANG), English otherwise. */
export function langFrom(value: string | undefined, env: NodeJS.ProcessEnv): Lang {
  const explicit = value?.trim().toLowerCase();
  if (explicit === 'fr' || explicit === 'en') return explicit;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/**
 * Reads options, then the environment, then defaults, once, at the edge. A bad --today fails
 * here, before any database is opened.
 */
export function loadConfig(input: ConfigInput, env: NodeJS.ProcessEnv, now: Date): Config {
  const todayText = input.today ?? env.MAILLON_TODAY;
  return Object.freeze({
    db: input.db?.trim() || env.MAILLON_DB?.trim() || defaultDbPath(env),
    today: todayText ? parseDay(todayText, 'today') : localDay(now),
    lang: langFrom(input.lang ?? env.MAILLON_LANG, env),
    json: input.json === true,
  });
}
