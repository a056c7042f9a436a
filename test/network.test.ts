import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { maillon, session, tempDir, type Session } from './helpers/cli.js';
import { contractDatabases } from './helpers/databases.js';
import { ok, plain, userError } from './helpers/expect.js';

// Ties, warm paths and reach, told as stories through the CLI, on every database.

const DAY0 = '2026-03-02';
const files = tempDir();
let fileCount = 0;

afterAll(() => {
  files.cleanup();
});

const add = async (m: Session, name: string, ...rest: string[]): Promise<string> => (await ok(m, 'person', 'add', name, ...rest)).id;
const names = (path: any): string[] => path.steps.map((s: any) => s.person.name);

/**
 * Positions with dates cannot be typed at the CLI (a new person's position starts "some time
 * ago"): the network is exported, its positions dated, and imported into a fresh database.
 */
interface Extra { person: string; org: string; title: string; start: string; end: string }

async function withDates(m: Session, fresh: () => Promise<Session>, dates: Record<string, Record<string, [string | null, string | null]>>, extra: Extra[] = []): Promise<Session> {
  const file = join(files.dir, `network-${String(fileCount++)}.json`);
  await ok(m, 'export', 'json', file);
  const backup = JSON.parse(readFileSync(file, 'utf8'));
  const people = new Map(backup.tables.person.map((p: any) => [p.id, p.name]));
  const orgs = new Map(backup.tables.organization.map((o: any) => [o.id, o.name]));
  for (const row of backup.tables.position) {
    const span = dates[people.get(row.person_id) as string]?.[orgs.get(row.organization_id) as string];
    if (span) [row.start_on, row.end_on] = span;
  }
  const idOf = (map: Map<unknown, unknown>, name: string) => [...map].find(([, n]) => n === name)?.[0];
  extra.forEach((x, i) => backup.tables.position.push({
    id: `extrapos${String(i).padStart(4, '0')}`, person_id: idOf(people, x.person), organization_id: idOf(orgs, x.org),
    ordinal: 9, title: x.title, start_on: x.start, end_on: x.end,
  }));
  writeFileSync(file, JSON.stringify(backup));
  const next = await fresh();
  await ok(next, 'import', 'json', file);
  return next;
}

describe('network help', () => {
  it.each([['knows'], ['unknow'], ['ties'], ['path'], ['reach'], ['priorities', 'suggest']])('explains maillon %s in English and in French, with an example', async (...path) => {
    const db = join(files.dir, 'help.db');
    const english = await maillon([...path, '--help'], { MAILLON_DB: db });
    expect(english.code, english.err).toBe(0);
    expect(english.out).toContain(`Usage: maillon ${path.join(' ')}`);
    expect(english.out).toContain(`maillon ${path.join(' ')}`);
    const french = await maillon(['--lang', 'fr', ...path, '--help'], { MAILLON_DB: db });
    expect(plain(french.out)).toContain('Exemples :');
    expect(french.out).not.toBe(english.out);
  });
});

for (const dbs of contractDatabases()) {
  describe(`network on ${dbs.name}`, () => {
    afterAll(() => dbs.cleanup());
    const fresh = async () => session(await dbs.create(), DAY0);

    /** Claire (a friend) worked at Acme with Marc; Paul (family) knows Zoé, who joined Acme after Claire left. */
    async function acme(): Promise<Session> {
      const m = await fresh();
      await add(m, 'Claire Martin', '--circle', 'friend', '--org', 'Initech');
      await add(m, 'Marc Petit', '--org', 'Acme', '--title', 'Data Engineer');
      await add(m, 'Zoé Blanc', '--org', 'Acme', '--title', 'CTO', '--interest', 'jazz');
      await add(m, 'Paul Durand', '--circle', 'family');
      await ok(m, 'knows', 'Paul', 'Zoé', '--strength', 'weak');
      return withDates(m, fresh, {
        'Claire Martin': { Initech: ['2022-07-01', null] },
        'Marc Petit': { Acme: ['2017-01-01', null] },
        'Zoé Blanc': { Acme: ['2023-01-01', null] },
      }, [{ person: 'Claire Martin', org: 'Acme', title: 'Analyst', start: '2019-03-01', end: '2022-06-30' }]);
    }

    describe('ties', () => {
      it('declares a tie, updates it when declared again, and removes it', async () => {
        const m = await fresh();
        const claire = await add(m, 'Claire Martin');
        const marc = await add(m, 'Marc Petit');
        const first = await ok(m, 'knows', 'Claire', 'Marc', '--strength', 'strong', '--since', '2019-01-01', '--how', 'co-founded Lumen');
        expect(first).toMatchObject({ status: 'created', a: { id: claire }, b: { id: marc }, tie: { strength: 'strong', since: '2019-01-01', how: 'co-founded Lumen', createdOn: DAY0 } });
        const again = await ok(m.on('2026-04-01'), 'knows', 'Marc', 'Claire', '--strength', 'weak');
        expect(again).toMatchObject({ status: 'updated', tie: { strength: 'weak', since: '2019-01-01', how: 'co-founded Lumen', createdOn: DAY0 } });
        const ties = await ok(m, 'ties', 'Claire');
        expect(ties.ties).toEqual([{ person: { id: marc, name: 'Marc Petit' }, strength: 0.3, reason: 'they know each other a little, since 2019-01-01 (co-founded Lumen)' }]);
        expect(ties.you).toBeNull();
        expect((await m('knows', 'Claire', 'Marc')).out).toBe('Updated: Claire Martin and Marc Petit know each other (a weak tie, since 2019-01-01, co-founded Lumen).');
        await ok(m, 'unknow', 'Marc', 'Claire');
        expect((await ok(m, 'ties', 'Claire')).ties).toEqual([]);
        expect(userError(await m('unknow', 'Claire', 'Marc'))).toContain('Claire Martin and Marc Petit have no declared tie to remove');
      });

      it('refuses a tie to oneself, an unknown strength or person, and a date to come, with one line', async () => {
        const m = await fresh();
        await add(m, 'Claire Martin');
        await add(m, 'Marc Petit');
        expect(userError(await m('knows', 'Claire', 'claire martin'))).toBe('"Claire" and "claire martin" are the same person (Claire Martin): a tie joins two different people.');
        expect(userError(await m('knows', 'Claire', 'Marc', '--strength', 'best'))).toBe('Unknown strength "best": expected one of weak, medium, strong.');
        expect(userError(await m('knows', 'Claire', 'Nobody'))).toContain('Nobody');
        userError(await m('knows', 'Claire', 'Marc', '--since', '2027-01-01'));
        expect(plain(userError(await m.in('fr')('knows', 'Claire', 'Claire')))).toContain('sont la même personne');
        expect((await ok(m, 'ties', 'Claire')).ties).toEqual([]);
      });

      it('infers ties from shared work, meetings, events and introductions, each with its reason', async () => {
        const m = await fresh();
        await ok(m, 'event', 'add', 'PyData Lyon', '--date', '2026-02-10');
        await add(m, 'Claire Martin', '--circle', 'friend', '--org', 'Acme');
        await add(m, 'Marc Petit', '--org', 'Acme', '--introduced-by', 'Claire');
        await add(m, 'Zoé Blanc', '--met-at', 'PyData Lyon');
        await add(m, 'Léa Roux', '--met-at', 'PyData Lyon');
        await ok(m, 'log', 'Marc', 'Zoé', '--channel', 'in-person', '--date', '2026-02-20');
        const marc = await ok(m, 'ties', 'Marc');
        const by = new Map(marc.ties.map((t: any) => [t.person.name, t.reason]));
        expect(by.get('Claire Martin')).toBe('they work together at Acme; Claire Martin introduced Marc Petit to you');
        expect(by.get('Zoé Blanc')).toBe('you met them together on 2026-02-20');
        expect(marc.you.reason).toBe('1 exchange, last on 2026-02-20 (health 41); introduced to you by Claire Martin');
        expect((await ok(m, 'ties', 'Léa')).ties.map((t: any) => t.reason)).toEqual(['they were both at PyData Lyon (2026-02-10)']);
        // Strengths are in (0, 1], and evidence adds up: Claire and Marc are closer than Zoé and Léa.
        for (const t of marc.ties) expect(t.strength > 0 && t.strength <= 1).toBe(true);
        expect(by.size).toBe(2);
        expect(marc.ties[0].person.name).toBe('Claire Martin');
      });

      it('reads a title holding a separator of the bulk read without losing anyone', async () => {
        const m = await fresh();
        await add(m, 'Claire Martin', '--circle', 'friend', '--org', 'Acme', '--title', 'odd\u001ftitle\u001erow');
        await add(m, 'Marc Petit', '--org', 'Acme', '--title', 'Data Engineer');
        const r = await ok(m, 'path', 'Marc');
        expect(r.paths.map(names)).toEqual([['Claire Martin', 'Marc Petit']]);
      });

      it('forgets a removed person\'s ties, declared and inferred', async () => {
        const m = await fresh();
        await add(m, 'Claire Martin', '--circle', 'friend', '--org', 'Acme');
        await add(m, 'Marc Petit', '--org', 'Acme');
        await add(m, 'Zoé Blanc', '--introduced-by', 'Claire');
        await ok(m, 'knows', 'Zoé', 'Marc');
        expect((await ok(m, 'ties', 'Marc')).total).toBe(2);
        await ok(m, 'person', 'remove', 'Claire');
        expect((await ok(m, 'ties', 'Marc')).ties.map((t: any) => t.person.name)).toEqual(['Zoé Blanc']);
        await ok(m, 'person', 'remove', 'Zoé');
        expect((await ok(m, 'ties', 'Marc')).total).toBe(0);
      });
    });

    describe('warm paths', () => {
      it('finds the warmest chains to an organization, explains each step and says whom to ask first', async () => {
        const m = await acme();
        const r = await ok(m, 'path', 'org:acme');
        expect(r.target).toMatchObject({ kind: 'org', label: 'Acme', matches: 2 });
        expect(r.paths.map(names)).toEqual([['Claire Martin', 'Marc Petit'], ['Paul Durand', 'Zoé Blanc']]);
        const [best, next] = r.paths;
        expect(best.strength).toBeCloseTo(0.7 * 0.5, 3);
        expect(next.strength).toBeCloseTo(0.8 * 0.3, 3);
        expect(best.steps[0]).toMatchObject({ person: { name: 'Claire Martin' }, reason: 'circles: friends', strength: 0.7 });
        expect(best.steps[1]).toMatchObject({ person: { name: 'Marc Petit' }, reason: 'they worked together at Acme (2019-2022)', title: 'Data Engineer', organization: 'Acme' });
        expect(Object.keys(best.steps[1].person).sort()).toEqual(['id', 'name']);
        expect(r.firstAsk.text).toBe('Ask Claire Martin to introduce you to Marc Petit: they worked together at Acme (2019-2022)');
        expect(r.nearest).toEqual([]);
        const text = (await m('path', 'org:Acme')).out;
        expect(text).toContain('2 warm paths to someone at Acme now (2 people), within 6 hops:');
        expect(text).toContain('1. 0.35  you → Claire Martin → Marc Petit (Data Engineer, Acme)');
        expect(text).toContain('First ask: Ask Claire Martin to introduce you to Marc Petit: they worked together at Acme (2019-2022).');
        const fr = plain((await m.in('fr')('path', 'org:Acme')).out);
        expect(fr).toContain('Première demande : Demandez à Claire Martin de vous présenter Marc Petit : ils ont travaillé ensemble chez Acme (2019-2022).');
      });

      it('finds the k best distinct paths to one person, within the hop limit', async () => {
        const m = await acme();
        const r = await ok(m, 'path', 'Zoé Blanc', '--k', '5');
        expect(r.target).toMatchObject({ kind: 'person', label: 'Zoé Blanc' });
        // Paul knows Zoé; Claire reaches her through Marc, her colleague at Acme now.
        expect(r.paths.map(names)).toEqual([['Paul Durand', 'Zoé Blanc'], ['Claire Martin', 'Marc Petit', 'Zoé Blanc']]);
        expect(r.paths[1].steps[2].reason).toBe('they work together at Acme (since 2023)');
        expect(r.firstAsk.text).toBe('Ask Paul Durand to introduce you to Zoé Blanc: they know each other a little');
        expect((await ok(m, 'path', 'Zoé Blanc', '--max-hops', '2')).paths.map(names)).toEqual([['Paul Durand', 'Zoé Blanc']]);
        expect((await ok(m, 'path', 'Zoé Blanc', '--k', '1')).paths).toHaveLength(1);
        userError(await m('path', 'Zoé', '--k', '0'));
        userError(await m('path', 'Zoé', '--max-hops', 'x'));
      });

      it('reaches a direct contact directly', async () => {
        const m = await acme();
        const r = await ok(m, 'path', 'Paul');
        expect(r.paths.map(names)[0]).toEqual(['Paul Durand']);
        expect(r.firstAsk).toMatchObject({ kind: 'direct', text: 'Reach out to Paul Durand directly: circles: family' });
      });

      it('matches a role by current title and free text by interests, accents and case aside', async () => {
        const m = await acme();
        const role = await ok(m, 'path', 'role:DATA eng');
        expect(role.target).toMatchObject({ kind: 'role', matches: 1 });
        expect(role.paths.map(names)).toEqual([['Claire Martin', 'Marc Petit']]);
        const text = await ok(m, 'path', 'JAZZ');
        expect(text.target).toMatchObject({ kind: 'text', matches: 1 });
        expect(text.paths.map(names)).toEqual([['Paul Durand', 'Zoé Blanc']]);
        expect((await ok(m, 'path', 'role:cto')).paths.map(names)).toEqual([['Paul Durand', 'Zoé Blanc']]);
      });

      it('answers no path with exit 0, the nearest matches and a cold approach', async () => {
        const m = await acme();
        const r = await ok(m, 'path', 'org:Acme', '--max-hops', '1');
        expect(r.paths).toEqual([]);
        expect(r.firstAsk).toBeNull();
        expect(r.nearest.map((x: any) => [x.person.name, x.hops]).sort()).toEqual([['Marc Petit', 2], ['Zoé Blanc', 2]]);
        expect(r.cold.text).toContain(`Reach out cold: a short, personal message to ${String(r.nearest[0].person.name)}`);
        const text = await m('path', 'org:Acme', '--max-hops', '1');
        expect(text.code).toBe(0);
        expect(text.out).toContain('No warm path to someone at Acme now (2 people) within 1 hops.');
        await add(m, 'Hugo Leroy', '--org', 'Globex');
        const alone = await ok(m, 'path', 'org:Globex');
        expect(alone.paths).toEqual([]);
        expect(alone.nearest).toMatchObject([{ person: { name: 'Hugo Leroy' }, hops: null }]);
      });

      it('says in one line when the target is unknown', async () => {
        const m = await acme();
        expect(userError(await m('path', 'org:Nope'))).toBe('No organization in your network is called "Nope". See who works where: maillon person list');
        const later = m.on('2026-04-01');
        await ok(later, 'person', 'edit', 'Claire', '--org', 'Globex');
        expect(userError(await later('path', 'org:Initech'))).toBe('Nobody in your network works at Initech now (1 person did).');
        expect(userError(await m('path', 'role:astronaut'))).toBe('Nobody in your network has a current title matching "astronaut".');
        expect(userError(await m('path', 'quantum knitting'))).toContain('matches "quantum knitting"');
        expect(userError(await m('path', 'org:'))).toContain('Say whom to reach');
      });

      it('writes the message of the first ask with --draft', async () => {
        const m = await acme();
        const r = await ok(m, 'path', 'org:Acme', '--draft');
        expect(r.draft).toMatchObject({ person: { name: 'Claire Martin' }, purpose: 'introduce-request', lang: 'en' });
        expect(r.draft.body).toContain('Marc Petit');
        const text = (await m('path', 'org:Acme', '--draft')).out;
        expect(text).toContain('Draft for Claire Martin:');
        expect(text).toContain('Subject: Could you introduce me to Marc Petit?');
      });
    });

    describe('reach', () => {
      it('counts people at 1, 2 and 3 hops, the second degree by organization and circle, and the bridges', async () => {
        const m = await acme();
        await add(m, 'Léa Roux', '--org', 'Globex');
        await ok(m, 'knows', 'Zoé', 'Léa');
        const r = await ok(m, 'reach');
        expect(r).toMatchObject({ people: 5, hops: [2, 2, 1] });
        expect(r.secondDegree.byOrganization).toEqual([{ organization: 'Acme', count: 2 }]);
        expect(r.secondDegree.byCircle).toEqual([{ circle: 'family', count: 1 }, { circle: 'friend', count: 1 }]);
        expect(r.bridges.map((b: any) => [b.person.name, b.unique, b.reach])).toEqual([['Paul Durand', 2, 1], ['Claire Martin', 1, 1]]);
        expect(r.bridges[0].organizations).toEqual(['Acme', 'Globex']);
        const text = (await m('reach')).out;
        expect(text).toContain('1 hop (your contacts): 2 · 2 hops: 2 · 3 hops: 1');
        expect(text).toContain('Paul Durand · 2 people only through them (Acme, Globex) · 1 at 2 hops through them');
        expect(plain((await m.in('fr')('reach')).out)).toContain('Second degré, à travers vos cercles :');
      });

      it('suggests bridges outside the top ten as priorities', async () => {
        const m = await acme();
        const r = await ok(m, 'priorities', 'suggest');
        expect(r.suggestions.map((b: any) => [b.person.name, b.rank]).sort()).toEqual([['Claire Martin', null], ['Paul Durand', null]]);
        await ok(m, 'priorities', 'set', 'Paul', '1');
        expect((await ok(m, 'priorities', 'suggest')).suggestions.map((b: any) => b.person.name)).toEqual(['Claire Martin']);
        expect((await m('priorities', 'suggest')).out).toContain('Claire Martin · 1 person only through them (Acme) · unranked');
      });
    });

    describe('demo', () => {
      it('gives warm paths and bridges right after maillon demo, the same for the same seed', async () => {
        const a = await fresh();
        const b = await fresh();
        await ok(a, 'demo', '--people', '200', '--seed', '3');
        await ok(b, 'demo', '--people', '200', '--seed', '3');
        const reach = await ok(a, 'reach');
        expect(reach.hops[0]).toBeGreaterThan(100);
        expect(reach.hops[1]).toBeGreaterThan(20);
        expect(reach.bridges.length).toBeGreaterThan(0);
        const org = reach.secondDegree.byOrganization[0].organization;
        const path = await ok(a, 'path', `org:${org}`);
        expect(path.paths).toHaveLength(3);
        for (const p of path.paths) for (const s of p.steps) expect(s.reason).not.toBe('');
        expect(path.firstAsk.text).toMatch(/^(Ask .+ to introduce you to .+|Reach out to .+ directly): .+/);
        expect(await ok(b, 'path', `org:${org}`)).toEqual(path);
        // Someone known of but never met is reached through someone the user knows.
        const far = await ok(a, 'path', reach.bridges[0].person.name);
        expect(far.paths[0].steps).toHaveLength(1);
      });
    });
  });
}
