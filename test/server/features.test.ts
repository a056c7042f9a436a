import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contractDatabases } from '../helpers/databases.js';
import { api, json, type Api } from './server.js';

const LINKEDIN = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'csv', 'linkedin-current.csv'));

/** Polls an import job until it ends, as the UI's progress bar does. */
async function finished(a: Api, jobId: string): Promise<any> {
  for (let i = 0; i < 200; i++) {
    const job = await a.get(`/api/v1/imports/${jobId}`);
    if (job.state !== 'running') return job;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('the import never ended');
}

for (const dbs of contractDatabases()) {
  describe(`the API's other features on ${dbs.name}`, () => {
    afterAll(() => dbs.cleanup());

    it('imports a LinkedIn CSV as a job: a dry run changes nothing, the real run creates people, rejections have reasons', async () => {
      const a = await api(await dbs.create());
      const dry = await a.send('POST', '/api/v1/imports?kind=linkedin&name=Connections.csv&dryRun=1', new Uint8Array(LINKEDIN));
      const preview = await finished(a, dry.jobId);
      expect(preview.state).toBe('done');
      expect(preview.summary.dryRun).toBe(true);
      expect(preview.summary.actions.filter((x: any) => x.action === 'create').length).toBeGreaterThan(0);
      expect((await a.get('/api/v1/people')).total).toBe(0);

      const { jobId } = await a.send('POST', '/api/v1/imports?kind=linkedin&name=Connections.csv', new Uint8Array(LINKEDIN));
      const job = await finished(a, jobId);
      expect(job).toMatchObject({ state: 'done', name: 'Connections.csv', progress: { done: 100, total: 100 } });
      expect(job.summary.created).toBeGreaterThanOrEqual(3);
      expect(job.summary.files[0].file).toBe('Connections.csv');
      expect(job.summary.rejections.length).toBeGreaterThan(0);
      expect(job.summary.rejections[0].reason).toEqual(expect.any(String));
      expect(job.summary.rejections[0].at.file).toBe('Connections.csv');
      expect((await a.get('/api/v1/people?q=helene')).people[0]).toMatchObject({ name: 'Hélène Dupont', organization: 'Acme, Inc.' });
      const gone = await a.call('GET', '/api/v1/imports/nope');
      expect(gone.status).toBe(404);
      expect((await json(gone)).error.code).toBe('job.not_found');
      await a.close();
    });

    it('reports a file without a header as a failed job, naming the user\'s file, and imports nothing', async () => {
      const a = await api(await dbs.create());
      const { jobId } = await a.send('POST', '/api/v1/imports?kind=linkedin&name=notes.csv', new TextEncoder().encode('just one line without a header\n'));
      const job = await finished(a, jobId);
      expect(job).toMatchObject({ state: 'failed', error: { code: 'import.no_header' } });
      expect(job.error.message).toContain('notes.csv');
      expect(job.error.message).not.toContain('maillon-upload');
      expect((await a.get('/api/v1/people')).total).toBe(0);
      await a.close();
    });

    it('finds duplicates and merges them, keeping the history', async () => {
      const a = await api(await dbs.create());
      await a.send('POST', '/api/v1/people', { name: 'Claire Martin', emails: ['claire@acme.fr'] });
      await a.send('POST', '/api/v1/people', { name: 'C. Martin', emails: ['claire@acme.fr'] });
      const { pairs } = await a.get('/api/v1/duplicates');
      expect(pairs).toHaveLength(1);
      const dry = await a.send('POST', '/api/v1/merge', { a: pairs[0].a.id, b: pairs[0].b.id, dryRun: true });
      expect(dry.dryRun).toBe(true);
      expect((await a.get('/api/v1/people')).total).toBe(2);
      await a.send('POST', '/api/v1/merge', { a: pairs[0].a.id, b: pairs[0].b.id });
      expect((await a.get('/api/v1/people')).total).toBe(1);
      await a.close();
    });

    it('exports a backup, vCards and the agenda as downloads', async () => {
      const a = await api(await dbs.create());
      await a.send('POST', '/api/v1/people', { name: 'Claire Martin', emails: ['claire@acme.fr'] });
      const backup = await a.call('GET', '/api/v1/export/backup.json');
      expect(backup.headers.get('content-disposition')).toContain('attachment');
      expect((await json(backup)).format).toBe('maillon-backup');
      const vcf = await a.call('GET', '/api/v1/export/contacts.vcf?version=3.0');
      expect(await vcf.text()).toMatch(/BEGIN:VCARD[\s\S]*VERSION:3\.0[\s\S]*Claire Martin/);
      const bad = await a.call('GET', '/api/v1/export/contacts.vcf?version=2.1');
      expect(bad.status).toBe(400);
      expect((await a.call('GET', '/api/v1/export/agenda.ics')).headers.get('content-type')).toContain('text/calendar');
      // The backup restores into an empty database, and only there.
      const bytes = new TextEncoder().encode(JSON.stringify(await json(await a.call('GET', '/api/v1/export/backup.json'))));
      const b = await api(await dbs.create());
      expect((await b.send('POST', '/api/v1/backup', bytes)).restored.person).toBe(1);
      expect((await b.get('/api/v1/people')).people[0].name).toBe('Claire Martin');
      const again = await b.call('POST', '/api/v1/backup', bytes);
      expect(again.status).toBe(409);
      expect((await json(again)).error.code).toBe('db.not_empty');
      await b.close();
      await a.close();
    });

    it('ranks, records milestones and favours, and drafts a checked message', async () => {
      const a = await api(await dbs.create());
      await a.send('POST', '/api/v1/people', { name: 'Claire Martin', org: 'Acme', interests: ['rowing'] });
      await a.send('POST', '/api/v1/people', { name: 'Marc Petit' });
      expect(await a.send('PUT', '/api/v1/priorities/Claire', { rank: 1 })).toMatchObject({ name: 'Claire Martin', rank: 1 });
      expect((await a.get('/api/v1/priorities')).people[0]).toMatchObject({ name: 'Claire Martin', rank: 1, topTen: true });
      const m = await a.send('POST', '/api/v1/people/Claire/milestones', { kind: 'promotion', date: '2026-03-01', note: 'VP Engineering' });
      expect(m.congratulate).not.toBeNull();
      const f = await a.send('POST', '/api/v1/people/Claire/favours', { direction: 'received', kind: 'introduction', to: 'Marc' });
      expect(f.thank).not.toBeNull();
      expect((await a.send('POST', '/api/v1/people/Claire/thank')).favours).toHaveLength(1);
      expect((await a.get('/api/v1/balance')).people[0].name).toBe('Claire Martin');
      const page = await a.get('/api/v1/people/Claire');
      expect(page.timeline.map((x: any) => x.type).sort()).toEqual(['favour', 'milestone']);
      const d = await a.send('POST', '/api/v1/drafts', { person: 'Claire', purpose: 'congratulate', lang: 'en' });
      expect(d.body).toContain('Claire');
      const check = await a.send('POST', '/api/v1/drafts/check', { person: 'Claire', text: 'Hi, hope you are well' });
      expect(check.check.personal).toBe(false);
      const { templates } = await a.get('/api/v1/templates');
      expect(templates.length).toBeGreaterThan(0);
      const edited = await a.send('PUT', '/api/v1/templates/thank/en', { subject: 'Thanks!' });
      expect(edited.subject).toBe('Thanks!');
      expect((await a.send('DELETE', '/api/v1/templates/thank/en')).subject).not.toBe('Thanks!');
      const badPlaceholder = await a.call('PUT', '/api/v1/templates/thank/en', { body: 'Hi {nonsense}' });
      expect(badPlaceholder.status).toBe(400);
      await a.close();
    });

    it('tracks opportunities, asks and shares', async () => {
      const a = await api(await dbs.create());
      await a.send('POST', '/api/v1/people', { name: 'Claire Martin', interests: ['rust'] });
      const o = await a.send('POST', '/api/v1/opportunities', { title: 'Staff engineer', org: 'Acme', via: ['Claire'] });
      expect((await a.send('POST', `/api/v1/opportunities/${String(o.id)}/stage`, { stage: 'won' })).opportunity.stage).toBe('won');
      expect((await a.get('/api/v1/opportunities')).opportunities).toHaveLength(1);
      const asked = await a.send('POST', '/api/v1/asks', { person: 'Claire', about: 'pricing' });
      await a.send('POST', `/api/v1/asks/${String(asked.id)}/close`, { status: 'answered' });
      expect((await a.get('/api/v1/asks?open=1')).asks).toHaveLength(0);
      const s = await a.send('POST', '/api/v1/shares', { url: 'https://example.org/rust', topics: ['rust'], with: ['Claire'] });
      expect(s.added[0].name).toBe('Claire Martin');
      // The person page shows what was sent to her, and the opportunity she produced.
      const page = await a.get('/api/v1/people/Claire');
      expect(page.timeline.filter((e: any) => e.type === 'share')).toEqual([expect.objectContaining({ url: 'https://example.org/rust' })]);
      expect(page.opportunities.map((x: any) => x.title)).toEqual(['Staff engineer']);
      await a.close();
    });
  });
}
