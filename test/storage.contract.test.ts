import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { session, tempDir, type Session } from './helpers/cli.js';
import { contractDatabases, PG_URL } from './helpers/databases.js';
import { ok, snapshots } from './helpers/expect.js';

// One contract, every database: the same stories must hold on SQLite and on PostgreSQL.
// Everything goes through the CLI, as a user would drive it.

const DAY0 = '2026-03-02';
const DATABASES = contractDatabases();
const files = tempDir();
let fileCount = 0;
const newFile = () => join(files.dir, `export-${String(fileCount++)}.json`);

const exported = snapshots(files.dir);

afterAll(() => {
  files.cleanup();
});



/** Byte equality of two texts; a failure names the first line that differs instead of dumping both. */
function expectSameText(actual: string, expected: string): void {
  const a = actual.split('\n');
  const b = expected.split('\n');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  expect(`line ${String(i + 1)}: ${a[i] ?? '<end>'}`).toBe(`line ${String(i + 1)}: ${b[i] ?? '<end>'}`);
}

const todayItems = async (m: Session): Promise<any[]> => (await ok(m, 'today')).items;
const namesOf = (items: any[]) => items.map((i) => `${String(i.kind)}:${String(i.person.name)}`);

it('runs the contract on PostgreSQL whenever MAILLON_TEST_PG is set', () => {
  const names = DATABASES.map((d) => d.name);
  expect(names).toEqual(PG_URL ? ['sqlite', 'postgres'] : ['sqlite']);
});

for (const dbs of DATABASES) {
  describe(`storage contract on ${dbs.name}`, () => {
    afterAll(() => dbs.cleanup());
    const fresh = async () => session(await dbs.create(), DAY0);

    describe('people', () => {
      it('keeps everything given to person add, accents included, and shows what it derives', async () => {
        const m = await fresh();
        const event = await ok(m, 'event', 'add', 'VivaTech 2026', '--date', '2026-02-20', '--kind', 'trade-show');
        const paul = await ok(m, 'person', 'add', 'Paul Martin', '--org', 'Acme');
        const added = await ok(m, 'person', 'add', 'Hélène Dupont-Lefèvre', '--email', 'Helene@Example.fr', '--email', 'h.dupont@acme.com',
          '--phone', '+33 6 12 34 56 78', '--phone', '+33 1 22 33 44 55', '--circle', 'former-colleague', '--circle', 'friend',
          '--tag', 'vip', '--interest', 'vélo', '--interest', 'IA', '--org', 'Société Générale', '--title', 'Directrice',
          '--met-at', 'VivaTech', '--introduced-by', 'Paul', '--linkedin', 'linkedin.com/in/helene-dupont', '--priority', '1', '--note', 'Aime le vélo');
        const shown = await ok(m, 'person', 'show', 'helene');
        expect(shown).toMatchObject({
          id: added.id, name: 'Hélène Dupont-Lefèvre', emails: ['helene@example.fr', 'h.dupont@acme.com'],
          phones: ['+33 6 12 34 56 78', '+33 1 22 33 44 55'], circles: ['former-colleague', 'friend'], tags: ['vip'],
          interests: ['vélo', 'IA'], positions: [{ organization: 'Société Générale', title: 'Directrice', end: null }],
          linkedin: 'https://www.linkedin.com/in/helene-dupont', priority: 1, notes: 'Aime le vélo',
          metAt: { id: event.id, name: 'VivaTech 2026', date: '2026-02-20' }, introducedBy: { id: paul.id, name: 'Paul Martin' },
          lastExchange: null, nextDue: '2026-03-23',
        });
        expect(shown.health.score).toBe(0);
        expect(shown.health.reasons).toEqual(['no exchange yet']);
        await ok(m, 'log', 'helene', '--channel', 'in-person', '--summary', 'Coffee');
        const after = await ok(m, 'person', 'show', added.id);
        expect(after.lastExchange).toEqual({ date: DAY0, channel: 'in-person', summary: 'Coffee' });
        expect(after.health.score).toBeGreaterThan(0);
        expect(after.health.reasons.length).toBeGreaterThan(0);
        expect(after.health.reasons.every((r: unknown) => typeof r === 'string')).toBe(true);
      });

      it('edits, lists and removes a person', async () => {
        const m = await fresh();
        const p = await ok(m, 'person', 'add', 'Zoé Lambert', '--circle', 'client', '--circle', 'association', '--tag', 'lyon', '--email', 'zoe@a.fr');
        await ok(m, 'person', 'add', 'Bob Stone', '--circle', 'family');
        await ok(m, 'person', 'edit', 'zoe', '--email', 'zoe@b.fr', '--remove-email', 'zoe@a.fr', '--remove-circle', 'association', '--tag', 'tech', '--location', 'Lyon');
        expect(await ok(m, 'person', 'show', p.id)).toMatchObject({ emails: ['zoe@b.fr'], circles: ['client'], tags: ['lyon', 'tech'], location: 'Lyon' });
        const clients = await ok(m, 'person', 'list', '--circle', 'client');
        expect(clients.total).toBe(1);
        expect(clients.people.map((x: any) => x.name)).toEqual(['Zoé Lambert']);
        expect((await ok(m, 'person', 'list')).total).toBe(2);
        await ok(m, 'person', 'remove', 'Zoé Lambert');
        expect((await ok(m, 'person', 'list')).people.map((x: any) => x.name)).toEqual(['Bob Stone']);
        expect((await m('person', 'show', p.id)).code).toBe(1);
      });

      it('ends the old position and starts a new one when the organization changes', async () => {
        const m = await fresh();
        await ok(m, 'person', 'add', 'Paul Martin', '--org', 'Acme', '--title', 'Developer');
        await ok(m.on('2026-03-10'), 'person', 'edit', 'Paul Martin', '--org', 'Globex', '--title', 'Lead');
        const shown = await ok(m.on('2026-03-10'), 'person', 'show', 'Paul Martin');
        expect(shown.positions).toEqual([
          { organization: 'Acme', title: 'Developer', start: null, end: '2026-03-10' },
          { organization: 'Globex', title: 'Lead', start: '2026-03-10', end: null },
        ]);
        const listed = await ok(m, 'person', 'list');
        expect(listed.people[0]).toMatchObject({ organization: 'Globex', title: 'Lead' });
      });

      it('appends a note on edit and never loses the old one', async () => {
        const m = await fresh();
        await ok(m, 'person', 'add', 'Paul Martin', '--note', 'Likes sailing');
        await ok(m.on('2026-03-05'), 'person', 'edit', 'Paul', '--note', 'Has two kids');
        await ok(m.on('2026-03-09'), 'person', 'edit', 'Paul', '--note', 'Moving to Nantes', '--title', 'CTO', '--org', 'Acme');
        const notes: string = (await ok(m, 'person', 'show', 'Paul')).notes;
        expect(notes).toContain('Likes sailing');
        expect(notes).toContain('Has two kids');
        expect(notes).toContain('Moving to Nantes');
        expect(notes.indexOf('Likes sailing')).toBeLessThan(notes.indexOf('Has two kids'));
        expect(notes.indexOf('Has two kids')).toBeLessThan(notes.indexOf('Moving to Nantes'));
      });

      it('erases a person, their solo exchanges and prompts, and takes them out of search and ranking', async () => {
        const m = await fresh();
        const sol = await ok(m, 'person', 'add', 'Solène Roy', '--priority', '1', '--org', 'Acme');
        await ok(m, 'person', 'add', 'Bruno Diaz', '--priority', '2');
        await ok(m, 'person', 'add', 'Chloé Petit', '--priority', '3');
        await ok(m, 'log', 'Solène', '--channel', 'call', '--summary', 'Solo call');
        await ok(m, 'log', 'Solène', 'Bruno', '--channel', 'in-person', '--summary', 'Lunch together');
        await ok(m, 'person', 'remove', 'Solène Roy');
        expect((await m('person', 'show', sol.id)).code).toBe(1);
        expect(await ok(m, 'search', 'solene')).toEqual([]);
        expect(await ok(m, 'search', 'acme')).toEqual([]);
        expect((await ok(m, 'priorities')).map((p: any) => [p.name, p.rank])).toEqual([['Bruno Diaz', 1], ['Chloé Petit', 2]]);
        const backup = JSON.parse(await exported(m));
        expect(JSON.stringify(backup)).not.toContain(sol.id);
        expect(backup.tables.exchange.map((x: any) => x.summary)).toEqual(['Lunch together']);
        expect((await todayItems(m)).map((i) => i.person.name)).toEqual(['Bruno Diaz']);
        expect((await ok(m, 'person', 'show', 'Bruno')).exchangeCount).toBe(1);
      });
    });

    describe('log and follow-ups', () => {
      it('opens one follow-up per participant, due in two days, with a checklist fitted to what is known', async () => {
        const m = await fresh();
        const lina = await ok(m, 'person', 'add', 'Lina Kaya', '--linkedin', 'https://www.linkedin.com/in/lina-kaya');
        const noah = await ok(m, 'person', 'add', 'Noah Weber');
        const r = await ok(m, 'log', 'Lina', 'Noah', '--channel', 'in-person', '--summary', 'Great talk. I promised to send the report.');
        expect(r.followUps).toHaveLength(2);
        const byPerson = new Map(r.followUps.map((f: any) => [f.personId, f]));
        const keys = (id: string) => (byPerson.get(id) as any).checklist.map((c: any) => c.key);
        expect(keys(noah.id)).toEqual(['connect-linkedin', 'send-promised', 'thank-you']);
        expect(keys(lina.id)).toEqual(['send-promised', 'thank-you']);
        expect((byPerson.get(lina.id) as any).checklist[0].detail).toBe('I promised to send the report.');
        for (const f of r.followUps) expect(f.dueOn).toBe('2026-03-04');

        const agenda = await ok(m, 'today');
        expect(agenda.date).toBe(DAY0);
        expect(agenda.items).toHaveLength(2);
        for (const item of agenda.items) {
          expect(Object.keys(item).sort()).toEqual(['due', 'id', 'kind', 'person', 'reasons']);
          expect(Object.keys(item.person).sort()).toEqual(['id', 'name']);
          expect(item).toMatchObject({ kind: 'follow-up', due: '2026-03-04' });
          expect(item.reasons.every((x: unknown) => typeof x === 'string')).toBe(true);
        }
        const reasonsOf = (name: string) => agenda.items.find((i: any) => i.person.name === name).reasons as string[];
        expect(reasonsOf('Noah Weber')).toContain('connect on LinkedIn');
        expect(reasonsOf('Lina Kaya')).not.toContain('connect on LinkedIn');
        expect(reasonsOf('Lina Kaya').some((x) => x.startsWith('send what you promised'))).toBe(true);
      });

      it('leaves out the promise item when the summary promises nothing', async () => {
        const m = await fresh();
        await ok(m, 'person', 'add', 'Noah Weber');
        const r = await ok(m, 'log', 'Noah', '--channel', 'call', '--summary', 'Talked about the weather');
        expect(r.followUps[0].checklist.map((c: any) => c.key)).toEqual(['connect-linkedin', 'thank-you']);
      });

      it('takes the follow-up delay from the follow-up-days setting', async () => {
        const m = await fresh();
        await ok(m, 'person', 'add', 'Noah Weber');
        expect(await ok(m, 'config', 'set', 'follow-up-days', '3')).toEqual({ key: 'follow-up-days', value: 3 });
        const r = await ok(m, 'log', 'Noah', '--channel', 'email');
        expect(r.followUps[0].dueOn).toBe('2026-03-05');
        expect((await todayItems(m))[0].due).toBe('2026-03-05');
      });

      it('opens no follow-up with --no-follow-up', async () => {
        const m = await fresh();
        await ok(m, 'person', 'add', 'Noah Weber');
        const r = await ok(m, 'log', 'Noah', '--channel', 'email', '--no-follow-up');
        expect(r.followUps).toEqual([]);
        expect(r.noFollowUp).toBe('waived');
        expect(await todayItems(m)).toEqual([]);
        expect((await ok(m, 'person', 'show', 'Noah')).exchangeCount).toBe(1);
      });
    });

    describe('priorities and cadence', () => {
      it('shifts others when a rank is set, keeps ranks contiguous, and marks the top ten', async () => {
        const m = await fresh();
        for (let i = 1; i <= 12; i++) await ok(m, 'person', 'add', `Person ${String(i).padStart(2, '0')}`, '--priority', String(i));
        await ok(m, 'person', 'add', 'Nobody Ranked');
        await ok(m, 'priorities', 'set', 'Person 12', '2');
        let ranked = await ok(m, 'priorities');
        expect(ranked.map((p: any) => p.name).slice(0, 4)).toEqual(['Person 01', 'Person 12', 'Person 02', 'Person 03']);
        expect(ranked.map((p: any) => p.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
        expect(ranked.map((p: any) => p.topTen)).toEqual([...Array<boolean>(10).fill(true), false, false]);
        expect(ranked[0].cadence).toBe(21);
        expect(ranked[10].cadence).toBe(45);
        await ok(m, 'priorities', 'remove', 'Person 01');
        ranked = await ok(m, 'priorities');
        expect(ranked.map((p: any) => p.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
        expect(ranked[0].name).toBe('Person 12');
        expect(ranked.map((p: any) => p.name)).not.toContain('Person 01');
        expect((await ok(m, 'person', 'show', 'Person 01')).priority).toBeNull();
      });

      it('prompts to keep in touch with a ranked person once their cadence has passed', async () => {
        const m = await fresh();
        await ok(m, 'person', 'add', 'Ana Top', '--priority', '1');
        expect(await todayItems(m.on('2026-03-22'))).toEqual([]);
        const [item] = await todayItems(m.on('2026-03-23'));
        expect(item).toMatchObject({ kind: 'keep-in-touch', person: { name: 'Ana Top' }, due: '2026-03-23' });
        expect(item.reasons).toEqual(expect.arrayContaining(['top ten (#1)', 'due today', 'no exchange logged yet', 'every 21 days for this rank']));
      });

      it('resets the cadence when any exchange is logged', async () => {
        const m = await fresh();
        const late = m.on('2026-03-25');
        await ok(m, 'person', 'add', 'Ana Top', '--priority', '1');
        expect(namesOf(await todayItems(late))).toEqual(['keep-in-touch:Ana Top']);
        await ok(late, 'log', 'Ana', '--channel', 'message', '--no-follow-up');
        expect(await todayItems(late)).toEqual([]);
        expect((await ok(late, 'person', 'show', 'Ana')).nextDue).toBe('2026-04-15');
        expect(namesOf(await todayItems(m.on('2026-04-15')))).toEqual(['keep-in-touch:Ana Top']);
      });

      it('pushes a keep-in-touch a cadence later when it is marked done', async () => {
        const m = await fresh();
        const due = m.on('2026-03-23');
        await ok(m, 'person', 'add', 'Ana Top', '--priority', '1');
        const [item] = await todayItems(due);
        expect(await ok(due, 'done', item.id)).toMatchObject({ id: item.id, kind: 'keep-in-touch', status: 'done' });
        expect(await todayItems(due)).toEqual([]);
        expect((await ok(due, 'person', 'show', 'Ana')).nextDue).toBe('2026-04-13');
        const [next] = await todayItems(m.on('2026-04-13'));
        expect(next).toMatchObject({ kind: 'keep-in-touch', due: '2026-04-13' });
        expect(next.id).not.toBe(item.id);
      });

      it('hides a snoozed item until the day it was snoozed to', async () => {
        const m = await fresh();
        const due = m.on('2026-03-23');
        await ok(m, 'person', 'add', 'Ana Top', '--priority', '1');
        const [item] = await todayItems(due);
        expect((await ok(due, 'snooze', item.id, '--days', '5')).snoozedUntil).toBe('2026-03-28');
        expect(await todayItems(due)).toEqual([]);
        expect(await todayItems(m.on('2026-03-27'))).toEqual([]);
        const [back] = await todayItems(m.on('2026-03-28'));
        expect(back.id).toBe(item.id);
        expect(back.reasons).toContain('snoozed until 2026-03-28');
      });

      it('puts top-ten items first, and overdue before not-yet-due within a kind', async () => {
        const m = await fresh();
        await ok(m, 'person', 'add', 'Zed Late');
        await ok(m, 'person', 'add', 'Amy Soon');
        await ok(m, 'person', 'add', 'Top Person', '--priority', '1');
        await ok(m.on('2026-03-18'), 'log', 'Zed Late', '--channel', 'call');
        const day = m.on('2026-03-23');
        await ok(day, 'log', 'Amy Soon', '--channel', 'call');
        const items = await todayItems(day);
        expect(namesOf(items)).toEqual(['keep-in-touch:Top Person', 'follow-up:Zed Late', 'follow-up:Amy Soon']);
        expect(items[1].reasons).toContain('overdue by 3 days');
        expect(items[2].reasons).toContain('due in 2 days');
      });
    });

    describe('search', () => {
      const searched = async (m: Session, ...q: string[]) => (await ok(m, 'search', ...q)).map((h: any) => h.name);

      it('finds a name whatever its accents and case', async () => {
        const m = await fresh();
        await ok(m, 'person', 'add', 'Hélène Dupont');
        await ok(m, 'person', 'add', 'Bob Stone');
        expect(await searched(m, 'helene')).toEqual(['Hélène Dupont']);
        expect(await searched(m, 'HÉLÈNE')).toEqual(['Hélène Dupont']);
        expect(await searched(m, 'Hélène', 'dupont')).toEqual(['Hélène Dupont']);
      });

      it('finds people by organization, title, notes and the event where they were met', async () => {
        const m = await fresh();
        await ok(m, 'event', 'add', 'Salon Éducatif', '--date', '2026-02-10');
        await ok(m, 'person', 'add', 'Ana Org', '--org', 'Société Générale');
        await ok(m, 'person', 'add', 'Ben Title', '--org', 'Acme', '--title', 'Ingénieure réseau');
        await ok(m, 'person', 'add', 'Cy Notes', '--note', 'Passionné de kitesurf');
        await ok(m, 'person', 'add', 'Dee Met', '--met-at', 'Salon');
        expect(await searched(m, 'societe')).toEqual(['Ana Org']);
        expect(await searched(m, 'ingenieure')).toEqual(['Ben Title']);
        expect(await searched(m, 'kitesurf')).toEqual(['Cy Notes']);
        const met = await ok(m, 'search', 'educatif');
        expect(met.map((h: any) => h.name)).toEqual(['Dee Met']);
        expect(met[0].matched).toEqual(['met']);
      });

      it('ranks a name match above a notes match', async () => {
        const m = await fresh();
        await ok(m, 'person', 'add', 'Anne Roux', '--note', 'Loves Moreau paintings');
        await ok(m, 'person', 'add', 'Jean Moreau');
        expect(await searched(m, 'moreau')).toEqual(['Jean Moreau', 'Anne Roux']);
      });

      it('takes hyphens and apostrophes in stride', async () => {
        const m = await fresh();
        await ok(m, 'person', 'add', 'Jean-Pierre Léaud');
        await ok(m, 'person', 'add', "Seán O'Brien");
        expect(await searched(m, 'jean-pierre')).toEqual(['Jean-Pierre Léaud']);
        expect(await searched(m, "o'brien")).toEqual(["Seán O'Brien"]);
        expect(await searched(m, 'obrien')).toEqual(["Seán O'Brien"]);
        expect(await searched(m, 'jeanpierre leaud')).toEqual(['Jean-Pierre Léaud']);
        expect(await searched(m, '"quoted*')).toEqual([]);
      });
    });

    describe('backup', () => {
      const roundTrip = async (m: Session) => {
        const file = newFile();
        await ok(m, 'export', 'json', file);
        const first = readFileSync(file, 'utf8');
        const copy = await fresh();
        const imported = await ok(copy, 'import', 'json', file);
        expect(imported.people).toBe(JSON.parse(first).tables.person.length);
        return { first, second: await exported(copy), copy };
      };

      it('exports, imports into an empty database and exports again byte for byte, after a demo', async () => {
        const m = await fresh();
        await ok(m, 'demo', '--people', '200');
        const { first, second } = await roundTrip(m);
        expect(JSON.parse(first).tables.person).toHaveLength(200);
        expectSameText(second, first);
      });

      it('exports, imports into an empty database and exports again byte for byte, after manual work', async () => {
        const m = await fresh();
        await ok(m, 'event', 'add', 'Meetup Node', '--date', '2026-02-01', '--kind', 'meetup', '--place', 'Nantes');
        await ok(m, 'config', 'set', 'cadence.top10', '14');
        await ok(m, 'person', 'add', 'Ana Intro', '--org', 'Acme', '--priority', '1');
        await ok(m, 'person', 'add', 'Élodie Suite', '--introduced-by', 'Ana', '--met-at', 'Meetup', '--email', 'e@x.fr', '--tag', 'js', '--circle', 'online');
        await ok(m.on('2026-03-05'), 'person', 'edit', 'Élodie', '--org', 'Globex', '--note', 'later');
        await ok(m.on('2026-03-05'), 'log', 'Ana', 'Élodie', '--channel', 'video', '--event', 'Meetup', '--summary', 'I will send the slides');
        const [item] = await todayItems(m.on('2026-03-05'));
        await ok(m.on('2026-03-05'), 'done', item.id);
        const { first, second, copy } = await roundTrip(m.on('2026-03-05'));
        expectSameText(second, first);
        expect(await ok(copy, 'search', 'meetup')).toHaveLength(1);
        expect((await ok(copy, 'person', 'show', 'Élodie')).introducedBy.name).toBe('Ana Intro');
      });

      it('refuses to import into a database that is not empty, and writes nothing', async () => {
        const source = await fresh();
        await ok(source, 'person', 'add', 'From Backup');
        const file = newFile();
        await ok(source, 'export', 'json', file);
        const target = await fresh();
        await ok(target, 'person', 'add', 'Already Here');
        const before = await exported(target);
        const r = await target('import', 'json', file);
        expect(r.code).toBe(1);
        expect(r.out).toBe('');
        expect(r.err.split('\n')).toHaveLength(1);
        expect(r.err).toContain('already holds a network');
        expectSameText(await exported(target), before);
      });
    });

    describe('demo', () => {
      it('generates the same network from the same seed', async () => {
        const a = await fresh();
        const b = await fresh();
        await ok(a, 'demo', '--people', '300', '--seed', '7');
        await ok(b, 'demo', '--people', '300', '--seed', '7');
        const first = await exported(a);
        expect(JSON.parse(first).tables.person).toHaveLength(300);
        expectSameText(await exported(b), first);
      });

      it('refuses to fill a database that holds user data', async () => {
        const m = await fresh();
        await ok(m, 'person', 'add', 'My Own Contact');
        const before = await exported(m);
        const r = await m('demo', '--people', '20');
        expect(r.code).toBe(1);
        expect(r.out).toBe('');
        expect(r.err).toContain('already holds your own network');
        expectSameText(await exported(m), before);
      });

      it('replaces a previous demo when run again', async () => {
        const m = await fresh();
        await ok(m, 'demo', '--people', '20', '--seed', '1');
        const firstIds = new Set((await ok(m, 'person', 'list')).people.map((p: any) => p.id));
        const again = await ok(m, 'demo', '--people', '30', '--seed', '2');
        expect(again.people).toBe(30);
        const list = await ok(m, 'person', 'list');
        expect(list.total).toBe(30);
        expect(list.people.filter((p: any) => firstIds.has(p.id))).toEqual([]);
        // Search knows the new people, and nobody from the demo replaced.
        const someone = list.people[0];
        const hits = (await ok(m, 'search', someone.name)).map((h: any) => h.id);
        expect(hits).toContain(someone.id);
        expect(hits.filter((id: string) => firstIds.has(id))).toEqual([]);
      });
    });
  });
}
