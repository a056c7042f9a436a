import { afterAll, describe, expect, it } from 'vitest';
import { contractDatabases } from '../helpers/databases.js';
import { api, json } from './server.js';

for (const dbs of contractDatabases()) {
  describe(`the API on ${dbs.name}`, () => {
    afterAll(() => dbs.cleanup());

    it('adds a person, logs an exchange, and shows the follow-up in the agenda', async () => {
      const a = await api(await dbs.create());
      const { person } = await a.send('POST', '/api/v1/people', { name: 'Claire Martin', org: 'Acme', title: 'CTO', circles: ['former-colleague'], priority: 3 });
      expect(person).toMatchObject({ name: 'Claire Martin', priority: 1 });
      const logged = await a.send('POST', '/api/v1/exchanges', { people: ['claire'], channel: 'in-person', summary: 'Coffee; I will send the deck' });
      expect(logged.followUps).toHaveLength(1);
      expect(logged.followUps[0].checklist.join(' ')).toContain('send what you promised');
      const { prompts } = await a.get('/api/v1/agenda');
      const followUp = prompts.find((p: any) => p.kind === 'follow-up');
      expect(followUp).toMatchObject({ id: logged.followUps[0].id, person: { id: person.id, name: 'Claire Martin' }, kindLabel: 'Follow up' });
      expect(followUp.reasons.join(' ')).toContain('after your exchange on 2026-03-02');
      await a.send('POST', `/api/v1/prompts/${String(followUp.id)}/done`);
      expect((await a.get('/api/v1/agenda')).prompts.some((p: any) => p.id === followUp.id)).toBe(false);
      const page = await a.get(`/api/v1/people/${String(person.id)}`);
      expect(page.timeline[0]).toMatchObject({ type: 'exchange', channel: 'in-person', summary: 'Coffee; I will send the deck' });
      expect(page.health.reasons.join(' ')).toContain('last exchange today');
      await a.close();
    });

    it('speaks French when asked, in messages and rendered reasons', async () => {
      const a = await api(await dbs.create());
      await a.send('POST', '/api/v1/people', { name: 'Hélène Dupont' });
      await a.send('POST', '/api/v1/exchanges', { people: ['helene'], channel: 'call' });
      const fr = await a.call('GET', '/api/v1/agenda', undefined, { 'Accept-Language': 'fr-FR,fr;q=0.9,en;q=0.5' });
      const { prompts } = await json(fr);
      expect(prompts[0].kindLabel).not.toBe('Follow up');
      const missing = await json(await a.call('GET', '/api/v1/people/nobody?lang=fr'));
      expect(missing.error.message).toMatch(/personne|aucun/i);
      await a.close();
    });

    it('answers errors in one shape with the right status', async () => {
      const a = await api(await dbs.create());
      const missing = await a.call('GET', '/api/v1/people/Zorglub');
      expect(missing.status).toBe(404);
      expect(await json(missing)).toEqual({ error: { code: 'person.not_found', message: expect.stringContaining('Zorglub'), details: { ref: 'Zorglub' } } });

      const invalid = await a.call('POST', '/api/v1/exchanges', { people: [], channel: 42 });
      expect(invalid.status).toBe(400);
      const bad = await json(invalid);
      expect(bad.error.code).toBe('request.invalid');
      expect(bad.error.details.issues.map((i: any) => i.path).sort()).toEqual(['channel', 'people']);

      const domain = await a.call('POST', '/api/v1/people', { name: 'X', circles: ['pirates'] });
      expect(domain.status).toBe(400);
      expect((await json(domain)).error.code).toBe('input.bad_circle');

      await a.send('POST', '/api/v1/people', { name: 'Marc Petit' });
      await a.send('POST', '/api/v1/people', { name: 'Marc Durand' });
      const ambiguous = await a.call('GET', '/api/v1/people/marc');
      expect(ambiguous.status).toBe(409);
      const amb = await json(ambiguous);
      expect(amb.error.code).toBe('person.ambiguous');
      expect(amb.error.details.candidates).toHaveLength(2);
      expect(amb.error.message).toContain('Marc Durand');

      const unknown = await a.call('GET', '/api/v1/nothing');
      expect(unknown.status).toBe(404);
      expect((await json(unknown)).error.code).toBe('route.not_found');
      await a.close();
    });

    it('finds a warm path through a declared tie, each hop with its reason', async () => {
      const a = await api(await dbs.create());
      await a.send('POST', '/api/v1/people', { name: 'Claire Martin', org: 'Acme' });
      await a.send('POST', '/api/v1/exchanges', { people: ['Claire'], channel: 'in-person' });
      await a.send('POST', '/api/v1/people', { name: 'Marc Petit', org: 'Globex' });
      await a.send('POST', '/api/v1/ties', { a: 'Claire', b: 'Marc', strength: 'strong', how: 'rowing club' });
      const r = await a.get('/api/v1/network/path?to=Globex&kind=organization');
      expect(r.paths[0].steps.map((s: any) => s.person.name)).toEqual(['Claire Martin', 'Marc Petit']);
      expect(r.paths[0].steps[1].reasons.join(' ')).toContain('rowing club');
      expect(r.firstAsk.text).toContain('Claire Martin');
      const hood = await a.get('/api/v1/network/neighbourhood?limit=10');
      expect(hood.nodes.map((n: any) => n.name).sort()).toEqual(['', 'Claire Martin', 'Marc Petit']);
      expect(hood.edges.length).toBeGreaterThanOrEqual(2);
      await a.close();
    });

    it('creates a calendar feed, serves it with its token, and refuses it once revoked', async () => {
      const a = await api(await dbs.create());
      expect(await a.get('/api/v1/calendar-token')).toEqual({ url: null });
      await a.send('POST', '/api/v1/people', { name: 'Claire Martin' });
      await a.send('POST', '/api/v1/exchanges', { people: ['Claire'], channel: 'call' });
      // A forged Host never reaches the URL: it is built from the configured address.
      const { url } = await a.send('POST', '/api/v1/calendar-token');
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:4747\/calendar\.ics\?token=[\w-]{20,}$/);
      const path = url.replace('http://127.0.0.1:4747', '');
      const feed = await a.call('GET', path);
      expect(feed.status).toBe(200);
      expect(feed.headers.get('content-type')).toContain('text/calendar');
      expect(await feed.text()).toContain('Claire Martin');
      expect((await a.call('GET', '/calendar.ics?token=guess')).status).toBe(404);
      expect((await a.call('GET', '/calendar.ics')).status).toBe(404);
      await a.send('DELETE', '/api/v1/calendar-token');
      const revoked = await a.call('GET', path);
      expect(revoked.status).toBe(404);
      expect((await json(revoked)).error.code).toBe('calendar.no_token');
      await a.close();
    });
  });
}
