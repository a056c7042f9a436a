import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isMaillonError } from '../core/errors.js';
import type { Words } from '../i18n/i18n.js';
import type { ServerEnv } from './env.js';

/** Errors only the server raises: the request itself is at fault, not the domain. */
export type ServerErrorCode =
  | 'host.refused' | 'csrf.refused' | 'request.invalid' | 'request.too_large'
  | 'route.not_found' | 'job.not_found' | 'calendar.no_token';

export class ServerError extends Error {
  readonly code: ServerErrorCode;
  readonly data: Readonly<Record<string, unknown>>;

  constructor(code: ServerErrorCode, data: Record<string, unknown> = {}, options?: { cause?: unknown }) {
    super(`${code} ${JSON.stringify(data)}`, options);
    this.name = 'ServerError';
    this.code = code;
    this.data = data;
  }
}

const EXACT: Record<string, ContentfulStatusCode> = {
  'host.refused': 421,
  'csrf.refused': 403,
  'request.too_large': 413,
  'calendar.no_token': 404,
  'prompt.closed': 409,
  'ask.closed': 409,
  'db.not_empty': 409,
  'demo.not_empty': 409,
  'path.ambiguous_org': 409,
  'path.no_match': 404,
  'path.unknown_org': 404,
  'path.nobody_now': 422,
  'draft.nothing_to_draft': 422,
  'file.unwritable': 500,
  'db.unreachable': 503,
  'unexpected': 500,
};

/**
 * The one place a code becomes an HTTP status. Unknown refs are 404, refs that name several
 * records 409, storage trouble 5xx; every other domain error is bad input, 400.
 */
export function statusOf(code: string): ContentfulStatusCode {
  const exact = EXACT[code];
  if (exact !== undefined) return exact;
  if (code.endsWith('.not_found')) return 404;
  if (code.endsWith('.ambiguous')) return 409;
  if (code.startsWith('db.')) return 500;
  return 400;
}

export interface ErrorBody {
  error: { code: string; message: string; details: Record<string, unknown> };
}

/** The one error shape, its message in the request's language. */
export function errorBody(words: Words, code: string, data: Readonly<Record<string, unknown>>): ErrorBody {
  const values: Record<string, unknown> = { ...data };
  // Ambiguous refs: the message lists the candidates as the CLI does; details keep them as data.
  if (Array.isArray(data.candidates)) {
    const list = (data.candidates as { id: string; name: string; hint?: string | null }[]).map((c) => `${c.name}${c.hint ? ` (${c.hint})` : ''} [${c.id}]`);
    values.list = list.join(words.cli.out.separator) + (Number(data.more) > 0 ? `; +${String(data.more)}` : '');
  }
  return { error: { code, message: words.error(code, values), details: { ...data } } };
}

function wordsOf(c: Context<ServerEnv>, fallback: Words): Words {
  // The language middleware may not have run (a refused Host): fall back to the server's language.
  const vars: Partial<ServerEnv['Variables']> = c.var;
  return vars.words ?? fallback;
}

/** Turns anything thrown by a route into the one error shape; unknown errors are logged, never shown whole. */
export function errorHandler(defaultWords: Words, log: (error: unknown) => void) {
  return (error: Error, c: Context<ServerEnv>): Response => {
    const words = wordsOf(c, defaultWords);
    if (error instanceof ServerError || isMaillonError(error)) {
      return c.json(errorBody(words, error.code, error.data), statusOf(error.code));
    }
    log(error);
    // The details of an unexpected error (SQL, paths) stay in the log, not in a page.
    return c.json(errorBody(words, 'unexpected', { message: error.name }), 500);
  };
}
