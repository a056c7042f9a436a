import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { startServer } from '../../src/server/serve.js';
import { tempDir } from '../helpers/cli.js';
import { sqliteDatabases } from '../helpers/databases.js';
import { api, json } from './server.js';

const dbs = sqliteDatabases();
const ui = tempDir();
afterAll(async () => {
  await dbs.cleanup();
  ui.cleanup();
});

function builtUi(): string {
  mkdirSync(join(ui.dir, 'assets'), { recursive: true });
  writeFileSync(join(ui.dir, 'index.html'), '<!doctype html><title>Maillon</title><script type="module" src="/assets/app.js"></script>');
  writeFileSync(join(ui.dir, 'assets', 'app.js'), 'console.log("maillon")');
  return ui.dir;
}

describe('maillon serve', () => {
  it('prints the URL, answers on it, and stops on Ctrl+C', async () => {
    const db = await dbs.create();
    const out: string[] = [];
    let printed: (url: string) => void = () => undefined;
    const url = new Promise<string>((resolve) => { printed = resolve; });
    const running = main(['serve', '--port', '0', '--db', db, '--today', '2026-03-02'], { LANG: 'en_US.UTF-8' }, {
      out: (line) => {
        out.push(line);
        const found = /http:\/\/\S+/.exec(line)?.[0];
        if (found) printed(found);
      },
      err: (line) => out.push(line), isTTY: false,
    });
    const address = await url;
    expect(address).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(address).not.toBe('http://127.0.0.1:0/');
    const session = await json(await fetch(`${address}api/v1/session`));
    expect(session).toMatchObject({ lang: 'en', today: '2026-03-02', people: 0 });
    process.emit('SIGINT');
    expect(await running).toBe(0);
    expect(out.join('\n')).toContain('Maillon is open at');
  });

  it('says so when the port is taken', async () => {
    const first = await startServer({ db: await dbs.create(), port: 0 });
    const err: string[] = [];
    const code = await main(['serve', '--port', String(first.port), '--db', await dbs.create()], { LANG: 'en_US.UTF-8' }, { out: () => undefined, err: (l) => err.push(l), isTTY: false });
    await first.close();
    expect(code).toBe(1);
    expect(err.join('\n')).toContain(`Port ${String(first.port)} is already in use`);
  });

  it('serves the built UI, its assets, and index.html for client routes, over a real socket', async () => {
    const server = await startServer({ db: await dbs.create(), port: 0, uiDir: builtUi() });
    try {
      const home = await fetch(server.url);
      expect(home.status).toBe(200);
      expect(await home.text()).toContain('<title>Maillon</title>');
      expect(home.headers.get('content-security-policy')).toContain("script-src 'self'");
      const asset = await fetch(`${server.url}assets/app.js`);
      expect(asset.status).toBe(200);
      expect(asset.headers.get('cache-control')).toContain('immutable');
      const route = await fetch(`${server.url}people/42`);
      expect(await route.text()).toContain('<title>Maillon</title>');
      expect((await fetch(`${server.url}assets/missing.js`)).status).toBe(404);
      expect((await fetch(`${server.url}api/v1/missing`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });

  it('says in the reader\'s language that the UI is not built yet, rather than a blank page', async () => {
    const a = await api(await dbs.create(), { uiDir: join(ui.dir, 'nothing-here') });
    const r = await a.call('GET', '/today', undefined, { 'Accept-Language': 'fr' });
    expect(r.status).toBe(503);
    expect(await r.text()).toContain('n’est pas encore construite');
    await a.close();
  });

  it('publishes an OpenAPI document listing the paths', async () => {
    const a = await api(await dbs.create());
    const r = await a.call('GET', '/api/openapi.json');
    expect(r.status).toBe(200);
    const doc = await json(r);
    expect(doc.openapi).toMatch(/^3\./);
    for (const path of ['/api/v1/session', '/api/v1/agenda', '/api/v1/people/{ref}', '/api/v1/network/path', '/api/v1/calendar-token']) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
    expect(doc.paths['/api/v1/people'].post.requestBody).toBeDefined();
    await a.close();
  });
});
