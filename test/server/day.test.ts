import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { createServerApp } from '../../src/server/app.js';
import { session } from '../helpers/cli.js';
import { sqliteDatabases } from '../helpers/databases.js';
import { api, BASE, json } from './server.js';

const dbs = sqliteDatabases();
afterAll(() => dbs.cleanup());
afterEach(() => { vi.useRealTimers(); });

describe('the server day and its cached pages', () => {
  it('computes the day per request, so it stays right after midnight', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const server = createServerApp({ db: await dbs.create() });
    const today = async () => (await json(await server.app.request(`${BASE}/api/v1/session`))).today;
    vi.setSystemTime(new Date(2026, 2, 2, 23, 59));
    expect(await today()).toBe('2026-03-02');
    vi.setSystemTime(new Date(2026, 2, 3, 0, 1));
    expect(await today()).toBe('2026-03-03');
    await server.close();
  });

  it('shows a write at once on the agenda and the person page it changed', async () => {
    const a = await api(await dbs.create());
    const { person } = await a.send('POST', '/api/v1/people', { name: 'Claire Martin' });
    expect((await a.get('/api/v1/agenda')).prompts).toHaveLength(0);
    expect((await a.get('/api/v1/people/Claire')).person.location).toBeNull();
    await a.send('POST', '/api/v1/exchanges', { people: [person.id], channel: 'call' });
    await a.send('PATCH', '/api/v1/people/Claire', { location: 'Lyon' });
    expect((await a.get('/api/v1/agenda')).prompts).toHaveLength(1);
    const page = await a.get('/api/v1/people/Claire');
    expect(page.person.location).toBe('Lyon');
    expect(page.timeline).toHaveLength(1);
    // A refused write changes nothing and keeps the cache.
    expect((await a.call('PATCH', '/api/v1/people/Claire', { location: 'Paris' }, { 'X-CSRF-Token': 'nope' })).status).toBe(403);
    expect((await a.get('/api/v1/people/Claire')).person.location).toBe('Lyon');
    await a.close();
  });

  it('shows at once what the CLI wrote to the same SQLite database', async () => {
    const db = await dbs.create();
    const a = await api(db);
    await a.send('POST', '/api/v1/people', { name: 'Claire Martin' });
    expect((await a.get('/api/v1/agenda')).prompts).toHaveLength(0);
    expect((await a.get('/api/v1/people/Claire')).exchangeCount).toBe(0);
    const cli = session(db, '2026-03-02');
    expect((await cli('log', 'Claire', '--channel', 'call')).code).toBe(0);
    expect((await a.get('/api/v1/agenda')).prompts).toHaveLength(1);
    expect((await a.get('/api/v1/people/Claire')).exchangeCount).toBe(1);
    await a.close();
  });

  it('shows a tie written here or by the CLI in the next path search, though the network is kept between searches', async () => {
    const db = await dbs.create();
    const a = await api(db);
    for (const [name, org] of [['Claire Martin', 'Acme'], ['Marc Petit', 'Globex'], ['Zoé Blanc', 'Initech']]) await a.send('POST', '/api/v1/people', { name, org });
    await a.send('POST', '/api/v1/exchanges', { people: ['Claire'], channel: 'in-person' });
    const pathTo = async (org: string) => (await a.get(`/api/v1/network/path?to=${org}&kind=organization`)).paths.map((p: any) => p.steps.map((s: any) => s.person.name));
    expect(await pathTo('Globex')).toEqual([]);
    expect(await pathTo('Globex')).toEqual([]);
    await a.send('POST', '/api/v1/ties', { a: 'Claire', b: 'Marc', strength: 'strong' });
    expect(await pathTo('Globex')).toEqual([['Claire Martin', 'Marc Petit']]);
    expect(await pathTo('Initech')).toEqual([]);
    const cli = session(db, '2026-03-02');
    expect((await cli('knows', 'Marc', 'Zoé', '--strength', 'strong')).code).toBe(0);
    expect(await pathTo('Initech')).toEqual([['Claire Martin', 'Marc Petit', 'Zoé Blanc']]);
    await a.close();
  });

  it('lists people a page at a time, filtered and sorted, and finds them without accents', async () => {
    const a = await api(await dbs.create());
    for (const name of ['Anne Roy', 'Béatrice Morel', 'Chloé Petit', 'David Roux']) await a.send('POST', '/api/v1/people', { name, circles: name.startsWith('D') ? ['family'] : ['friend'] });
    const page = await a.get('/api/v1/people?sort=name&offset=1&limit=2');
    expect(page).toMatchObject({ total: 4, people: [{ name: 'Béatrice Morel' }, { name: 'Chloé Petit' }] });
    expect(Object.keys(page.people[0]).sort()).toEqual(['circles', 'health', 'id', 'lastExchange', 'name', 'organization', 'rank', 'title']);
    expect((await a.get('/api/v1/people?circle=family')).people.map((p: any) => p.name)).toEqual(['David Roux']);
    expect((await a.get('/api/v1/search?q=beatrice')).people[0].name).toBe('Béatrice Morel');
    const bad = await a.call('GET', '/api/v1/people?sort=age');
    expect(bad.status).toBe(400);
    expect((await json(bad)).error.code).toBe('input.bad_sort');
    await a.close();
  });

  it('filters people by priority tier, health and current organization, a page at a time', async () => {
    const a = await api(await dbs.create());
    await a.send('POST', '/api/v1/people', { name: 'Anne Roy', org: 'Acme SAS', priority: 1 });
    // Ranks are kept compact: nine more ranked people push Béatrice to the 11th rank.
    for (let i = 2; i <= 10; i++) await a.send('POST', '/api/v1/people', { name: `Rank${String(i)} Person`, priority: i });
    await a.send('POST', '/api/v1/people', { name: 'Béatrice Morel', org: 'Globex', priority: 11 });
    await a.send('POST', '/api/v1/people', { name: 'Chloé Petit', org: 'Acmé Labs' });
    await a.send('POST', '/api/v1/people', { name: 'David Roux' });
    await a.send('PATCH', '/api/v1/people/David', { org: 'Acme SAS' });
    await a.send('PATCH', '/api/v1/people/David', { org: 'Initech' });
    await a.send('POST', '/api/v1/exchanges', { people: ['Anne'], channel: 'in-person', summary: 'lunch' });
    const names = async (query: string) => (await a.get(`/api/v1/people?sort=name&${query}`)).people.map((p: any) => p.name);
    expect(await names('priority=top10')).toHaveLength(10);
    expect(await names('priority=top10')).not.toContain('Béatrice Morel');
    expect(await names('priority=top50')).toContain('Béatrice Morel');
    expect(await names('priority=unranked')).toEqual(['Chloé Petit', 'David Roux']);
    // Where they work now, accents aside: David left Acme.
    expect(await names('org=acme')).toEqual(['Anne Roy', 'Chloé Petit']);
    expect(await names('health=good')).toEqual(['Anne Roy']);
    expect(await names('health=cold&priority=unranked')).toEqual(['Chloé Petit', 'David Roux']);
    expect(await a.get('/api/v1/people?sort=name&health=cold&offset=1&limit=1')).toMatchObject({ total: 12, people: [{ name: 'Chloé Petit' }] });
    const bad = await a.call('GET', '/api/v1/people?priority=top3');
    expect(bad.status).toBe(400);
    expect((await json(bad)).error).toMatchObject({ code: 'input.bad_choice', details: { allowed: 'top10, top50, top150, ranked, unranked' } });
    await a.close();
  });

  it('adds people met at an event in event mode, and lists them with their follow-ups', async () => {
    const a = await api(await dbs.create());
    const { event } = await a.send('POST', '/api/v1/events', { name: 'VivaTech 2026', date: '2026-02-28', kind: 'trade-show' });
    const added = await a.send('POST', '/api/v1/events/vivatech/people', { name: 'Zoé Laurent', organization: 'Lumière', note: 'wants the pricing deck' });
    expect(added.person.metAtEventId).toBe(event.id);
    expect(added.exchange).toMatchObject({ date: '2026-02-28', channel: 'in-person', eventId: event.id });
    expect(added.followUps).toHaveLength(1);
    await a.send('POST', `/api/v1/events/${String(event.id)}/people`, { name: 'Paul Girard' });
    const shown = await a.get(`/api/v1/events/${String(event.id)}`);
    expect(shown.event.kindLabel).toBe('trade show');
    expect(shown.people.map((p: any) => p.name).sort()).toEqual(['Paul Girard', 'Zoé Laurent']);
    expect(shown.prompts.filter((p: any) => p.kind === 'follow-up')).toHaveLength(2);
    const missing = await a.call('POST', '/api/v1/events/nowhere/people', { name: 'X' });
    expect(missing.status).toBe(404);
    expect((await json(missing)).error.code).toBe('event.not_found');
    expect((await a.get('/api/v1/people')).total).toBe(2);
    await a.close();
  });
});
