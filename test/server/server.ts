import { createServerApp, type ServerApp } from '../../src/server/app.js';

export const BASE = 'http://127.0.0.1:4747';
export const TODAY = '2026-03-02';

/** A response's JSON, read without declaring its type at every step. */
export const json = (r: Response): Promise<any> => r.json();

export interface Api {
  server: ServerApp;
  token: string;
  /** A request with this server's Host; JSON bodies are sent as JSON, writes carry the CSRF token. */
  call(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  get(path: string): Promise<any>;
  send(method: string, path: string, body?: unknown): Promise<any>;
  close(): Promise<void>;
}

/** A server on a database, its session opened, as the UI would open it. */
export async function api(db: string, options: { today?: string; lang?: 'en' | 'fr'; uiDir?: string } = {}): Promise<Api> {
  const server = createServerApp({ db, today: options.today ?? TODAY, lang: options.lang ?? 'en', ...(options.uiDir ? { uiDir: options.uiDir } : {}) });
  let token = '';
  const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const isBytes = body instanceof Uint8Array;
    const h: Record<string, string> = { ...(method === 'GET' ? {} : { 'X-CSRF-Token': token }), ...headers };
    if (body !== undefined && !isBytes) h['Content-Type'] = 'application/json';
    return Promise.resolve(server.app.request(`${BASE}${path}`, {
      method, headers: h, ...(body === undefined ? {} : { body: isBytes ? body : JSON.stringify(body) }),
    }));
  };
  const expectOk = async (r: Response) => {
    const body = await json(r);
    if (r.status !== 200) throw new Error(`${String(r.status)} ${JSON.stringify(body)}`);
    return body;
  };
  const session = await expectOk(await call('GET', '/api/v1/session'));
  token = session.csrfToken;
  return {
    server, token, call,
    get: async (path) => expectOk(await call('GET', path)),
    send: async (method, path, body) => expectOk(await call(method, path, body)),
    close: () => server.close(),
  };
}
