// The one way the UI talks to the server: JSON over fetch, the language on every call, and
// the CSRF token (read from GET /session) on every write. Errors keep the server's
// `{error: {code, message}}` so the user reads the server's message in their language.
import type { Session } from './types';

export type Lang = 'en' | 'fr';

export class ApiError extends Error {
  constructor(readonly code: string, message: string, readonly status: number, readonly details?: unknown) {
    super(message);
  }
}

let lang: Lang = 'en';
let session: Promise<Session> | null = null;

/** Every later call asks the server for texts (reasons, errors) in this language. */
export function setApiLang(value: Lang): void {
  lang = value;
}

type Query = Record<string, string | number | boolean | null | undefined>;

/** `/api/v1` + path + query, with `lang` always set; empty values are left out. */
export function apiUrl(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '' || value === false) continue;
    params.set(key, String(value));
  }
  params.set('lang', lang);
  return `/api/v1${path}?${params.toString()}`;
}

/** The session (CSRF token, counts), fetched once and shared; `fresh` forces a new read. */
export function getSession(fresh = false): Promise<Session> {
  if (!session || fresh) {
    session = send<Session>('GET', apiUrl('/session'), undefined, undefined).catch((error: unknown) => {
      session = null;
      throw error;
    });
  }
  return session;
}

async function send<T>(method: string, url: string, body: BodyInit | undefined, headers: Record<string, string> | undefined): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { method, body, headers: { Accept: 'application/json', ...headers }, credentials: 'same-origin' });
  } catch (error) {
    throw new ApiError('network.unreachable', error instanceof Error ? error.message : String(error), 0);
  }
  const text = await response.text();
  let data: unknown = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (!response.ok) {
    const error = (data as { error?: { code?: string; message?: string; details?: unknown } } | null)?.error;
    throw new ApiError(error?.code ?? 'http.error', error?.message ?? `${response.status} ${response.statusText}`, response.status, error?.details);
  }
  return data as T;
}

async function write<T>(method: string, path: string, body: BodyInit | undefined, query: Query, contentType: string): Promise<T> {
  const { csrfToken } = await getSession();
  const headers = { 'Content-Type': contentType, 'X-CSRF-Token': csrfToken };
  try {
    return await send<T>(method, apiUrl(path, query), body, headers);
  } catch (error) {
    // A restarted server has a new token: read it again and retry once.
    if (!(error instanceof ApiError) || error.code !== 'csrf.refused') throw error;
    const again = await getSession(true);
    return send<T>(method, apiUrl(path, query), body, { ...headers, 'X-CSRF-Token': again.csrfToken });
  }
}

const json = (value: unknown) => (value === undefined ? undefined : JSON.stringify(value));

export const api = {
  get: <T>(path: string, query: Query = {}) => send<T>('GET', apiUrl(path, query), undefined, undefined),
  post: <T>(path: string, body?: unknown, query: Query = {}) => write<T>('POST', path, json(body ?? {}), query, 'application/json'),
  put: <T>(path: string, body?: unknown) => write<T>('PUT', path, json(body ?? {}), {}, 'application/json'),
  patch: <T>(path: string, body?: unknown) => write<T>('PATCH', path, json(body ?? {}), {}, 'application/json'),
  del: <T>(path: string, body?: unknown) => write<T>('DELETE', path, json(body), {}, 'application/json'),
  /** Sends a file's raw bytes (imports). */
  upload: <T>(path: string, file: Blob, query: Query) => write<T>('POST', path, file, query, 'application/octet-stream'),
};

/** A path segment from user input (a name used as a reference), safely encoded. */
export const seg = (value: string) => encodeURIComponent(value);
