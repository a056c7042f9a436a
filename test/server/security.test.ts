import { afterAll, describe, expect, it } from 'vitest';
import { sqliteDatabases } from '../helpers/databases.js';
import { createServerApp } from '../../src/server/app.js';
import { api, BASE, json } from './server.js';

const dbs = sqliteDatabases();
afterAll(() => dbs.cleanup());

describe('the local server defends itself', () => {
  it('refuses a request whose Host is not its own, as after DNS rebinding', async () => {
    const a = await api(await dbs.create());
    const r = await a.server.app.request(`${BASE}/api/v1/session`, { headers: { Host: 'evil.example:4747' } });
    expect(r.status).toBe(421);
    const body = await json(r);
    expect(body.error.code).toBe('host.refused');
    expect(body.error.message).toContain('127.0.0.1:4747');
    expect(r.headers.get('content-security-policy')).toContain("default-src 'self'");
    // The same request with the server's own name is answered.
    expect((await a.server.app.request(`${BASE}/api/v1/session`, { headers: { Host: 'localhost:4747' } })).status).toBe(200);
    await a.close();
  });

  it('bound to every address, answers to this machine\'s addresses and still refuses a foreign name', async () => {
    const server = createServerApp({ db: await dbs.create(), host: '0.0.0.0', port: 4747, today: '2026-03-02' });
    const ask = (host: string) => server.app.request('http://x/api/v1/session', { headers: { Host: host } });
    expect((await ask('127.0.0.1:4747')).status).toBe(200);
    expect((await ask('evil.example:4747')).status).toBe(421);
    expect((await ask('127.0.0.1:4748')).status).toBe(421);
    await server.close();
  });

  it('refuses a write without the CSRF token, or with a wrong one, and writes nothing', async () => {
    const a = await api(await dbs.create());
    for (const token of [undefined, 'wrong', `${a.token}x`]) {
      const headers: Record<string, string> = { 'Content-Type': 'application/json', ...(token === undefined ? {} : { 'X-CSRF-Token': token }) };
      const r = await a.server.app.request(`${BASE}/api/v1/people`, { method: 'POST', headers, body: JSON.stringify({ name: 'Eve Intruder' }) });
      expect(r.status).toBe(403);
      expect((await json(r)).error.code).toBe('csrf.refused');
    }
    expect((await a.get('/api/v1/people')).total).toBe(0);
    await a.send('POST', '/api/v1/people', { name: 'Alice Martin' });
    expect((await a.get('/api/v1/people')).total).toBe(1);
    await a.close();
  });

  it('refuses a JSON body over 1 MB with 413, but takes a large file on /imports', async () => {
    const a = await api(await dbs.create());
    const big = await a.call('POST', '/api/v1/people', { name: 'x'.repeat(2 * 1024 * 1024) });
    expect(big.status).toBe(413);
    expect((await json(big)).error.code).toBe('request.too_large');
    const file = new TextEncoder().encode(`First Name,Last Name,Notes\nAnne,Roy,${'y'.repeat(2 * 1024 * 1024)}\n`);
    expect((await a.call('POST', '/api/v1/imports?kind=csv&name=big.csv', file)).status).toBe(200);
    await a.server.close();
  });

  it('sends a strict Content-Security-Policy and the other headers on every response, and no CORS header', async () => {
    const a = await api(await dbs.create());
    for (const path of ['/api/v1/session', '/api/v1/nothing-here', '/']) {
      const r = await a.call('GET', path, undefined, { Origin: 'https://evil.example' });
      expect(r.headers.get('content-security-policy')).toBe("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
      expect(r.headers.get('referrer-policy')).toBe('no-referrer');
      expect(r.headers.get('x-frame-options')).toBe('DENY');
      expect(r.headers.get('access-control-allow-origin')).toBeNull();
    }
    await a.close();
  });

  it('returns a <script> in a note as plain JSON text, never as markup', async () => {
    const a = await api(await dbs.create());
    const note = '<script>alert("pwned")</script> & <img src=x onerror=alert(1)>';
    const { person } = await a.send('POST', '/api/v1/people', { name: '<b>Mallory</b>', note });
    const r = await a.call('GET', `/api/v1/people/${String(person.id)}`);
    expect(r.headers.get('content-type')).toMatch(/^application\/json/);
    const page = await json(r);
    expect(page.person.notes).toBe(note);
    expect(page.person.name).toBe('<b>Mallory</b>');
    await a.close();
  });
});
