import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { session, tempDir, type Session } from './helpers/cli.js';
import { contractDatabases } from './helpers/databases.js';
import { ok, plain, snapshots, userError } from './helpers/expect.js';

// Duplicates and merges, told through the CLI on every database: what `duplicates` finds and
// what it leaves alone, and a whole story merged without losing a thing.

const DAY0 = '2026-03-02';
const files = tempDir();
let fileCount = 0;
const newFile = () => join(files.dir, `merge-${String(fileCount++)}.json`);
const exported = snapshots(files.dir);

afterAll(() => {
  files.cleanup();
});

const add = async (m: Session, name: string, ...rest: string[]): Promise<string> => (await ok(m, 'person', 'add', name, ...rest)).id;
const pairsOf = async (m: Session, ...args: string[]): Promise<any[]> => ok(m, 'duplicates', ...args);
/** The pair joining these two people, whichever is suggested to survive. */
const pairOf = (pairs: any[], x: string, y: string) => pairs.find((p) => [p.a.id, p.b.id].sort().join() === [x, y].sort().join());

/** A backup's tables, read from an export. */
async function tables(m: Session): Promise<Record<string, Record<string, unknown>[]>> {
  const file = newFile();
  await ok(m, 'export', 'json', file);
  return (JSON.parse(readFileSync(file, 'utf8')) as { tables: Record<string, Record<string, unknown>[]> }).tables;
}

/** Makes every delete from person fail, inside the database: a merge then fails half-way. */
async function refuseDeletes(db: string): Promise<void> {
  if (!db.startsWith('postgres')) {
    const conn = new Sqlite(db);
    conn.exec("create trigger refuse_delete before delete on person begin select raise(abort, 'deletes refused'); end");
    conn.close();
    return;
  }
  const url = new URL(db);
  const schema = url.searchParams.get('schema') ?? 'public';
  url.searchParams.delete('schema');
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  await client.query(`create function ${schema}.refuse_delete() returns trigger language plpgsql as $$ begin raise exception 'deletes refused'; end $$`);
  await client.query(`create trigger refuse_delete before delete on ${schema}.person for each row execute function ${schema}.refuse_delete()`);
  await client.end();
}

for (const dbs of contractDatabases()) {
  describe(`duplicates and merge on ${dbs.name}`, () => {
    afterAll(() => dbs.cleanup());
    const fresh = async () => session(await dbs.create(), DAY0);

    describe('duplicates', () => {
      it('finds people who share an email, however it is written', async () => {
        const m = await fresh();
        const jean = await add(m, 'Jean Martin', '--email', 'jean.martin@acme.com', '--org', 'Acme');
        const jm = await add(m, 'J. Martin', '--email', 'Jean.Martin@ACME.com');
        const [pair] = await pairsOf(m);
        expect(pair).toMatchObject({
          a: { id: jean, name: 'Jean Martin', hint: 'Acme · jean.martin@acme.com' }, b: { id: jm, name: 'J. Martin' },
          decision: 'same', command: `maillon merge ${jean} ${jm}`,
        });
        expect(pair.confidence).toBeGreaterThanOrEqual(0.9);
        expect(pair.evidence).toContainEqual({ kind: 'email', value: 'jean.martin@acme.com' });
      });

      it('finds people who share a phone written in national and international forms', async () => {
        const m = await fresh();
        const a = await add(m, 'Zoé Blanc', '--phone', '06 12 34 56 78');
        const b = await add(m, 'Zoe Blanc', '--phone', '+33 6 12 34 56 78');
        const pair = pairOf(await pairsOf(m), a, b);
        expect(pair).toMatchObject({ decision: 'same' });
        expect(pair.evidence.map((e: any) => e.kind)).toContain('phone');
      });

      it('finds people who share a LinkedIn profile, whatever the URL looks like', async () => {
        const m = await fresh();
        const a = await add(m, 'Marc Petit', '--linkedin', 'https://www.linkedin.com/in/marc-petit/');
        const b = await add(m, 'Marc Petit', '--linkedin', 'fr.linkedin.com/in/Marc-Petit?trk=public_profile');
        const pair = pairOf(await pairsOf(m), a, b);
        expect(pair).toMatchObject({ decision: 'same' });
        expect(pair.evidence).toContainEqual({ kind: 'linkedin', value: 'linkedin.com/in/marc-petit' });
      });

      it('finds names written with or without accents, particles and initials', async () => {
        const m = await fresh();
        const tour = await add(m, 'Hélène de la Tour', '--org', 'Acme');
        const delatour = await add(m, 'Helene Delatour', '--org', 'ACME SAS');
        const jp = await add(m, 'Jean-Pierre Dupont', '--email', 'jp@dupont.fr');
        const initials = await add(m, 'J.-P. Dupont');
        const almeida = await add(m, "Paulo d'Almeida");
        const dalmeida = await add(m, 'Paulo Almeida');
        const pairs = await pairsOf(m);
        expect(pairOf(pairs, tour, delatour)).toMatchObject({ decision: 'same', evidence: expect.arrayContaining([{ kind: 'organization', value: 'Acme' }]) });
        expect(pairOf(pairs, jp, initials)).toMatchObject({ decision: 'maybe' });
        expect(pairOf(pairs, almeida, dalmeida)).toMatchObject({ decision: 'same', evidence: [{ kind: 'name', score: 1 }] });
        expect(pairs).toHaveLength(3);
      });

      it('leaves apart two people who share a name but not their LinkedIn profile', async () => {
        const m = await fresh();
        await add(m, 'Jean Martin', '--linkedin', 'linkedin.com/in/jean-martin-acme', '--email', 'jean@famille-martin.fr');
        await add(m, 'Jean Martin', '--linkedin', 'linkedin.com/in/jean-martin-globex', '--email', 'jean@famille-martin.fr');
        await add(m, 'Jean Martin', '--email', 'jean@globex.com', '--org', 'Globex');
        await add(m, 'Jean Martin', '--email', 'jean@initech.com', '--org', 'Initech');
        expect(await pairsOf(m)).toEqual([]);
        expect((await m('duplicates')).out).toBe('No likely duplicates (at 50% or more).');
      });

      it('filters by confidence, limits the list, and says it in words, in English and French', async () => {
        const m = await fresh();
        const a = await add(m, 'Jean Martin', '--email', 'jean@acme.com', '--circle', 'friend');
        const b = await add(m, 'Jean Martin', '--phone', '+33 6 12 34 56 78');
        await add(m, 'Zoé Blanc', '--email', 'zoe@blanc.fr');
        await add(m, 'Zoe Blanc', '--email', 'ZOE@blanc.fr');
        expect((await pairsOf(m)).map((p) => p.decision)).toEqual(['same', 'maybe']);
        expect(await pairsOf(m, '--min-confidence', '0.8')).toHaveLength(1);
        expect(await pairsOf(m, '--min-confidence', '80%')).toHaveLength(1);
        expect(await pairsOf(m, '--limit', '1')).toHaveLength(1);
        const text = (await m('duplicates', '--limit', '1')).out;
        expect(text).toContain('1 likely duplicate:');
        expect(text).toMatch(/Zo[ée] Blanc .*⇄ .*Zo[ée] Blanc/);
        expect(text).toMatch(/\d+% very likely the same person: same email zoe@blanc\.fr; same name/);
        expect(text).toContain('maillon merge ');
        expect(text).toContain('More pairs may follow: use --limit.');
        const fr = plain((await m.in('fr')('duplicates')).out);
        expect(fr).toContain('2 doublons probables :');
        expect(fr).toContain('peut-être la même personne : même nom');
        expect(fr).toContain(`maillon merge ${a} ${b}`);
        expect(userError(await m('duplicates', '--min-confidence', '2'))).toContain('--min-confidence "2"');
        expect(userError(await m('duplicates', '--limit', '0'))).toContain('limit');
      });
    });

    describe('merge', () => {
      /** A network where two records of Hélène each carry part of her story. */
      async function story(m: Session) {
        await ok(m, 'event', 'add', 'VivaTech 2026', '--date', '2026-02-20', '--kind', 'trade-show');
        await ok(m, 'event', 'add', 'Salon Data', '--date', '2026-01-10', '--kind', 'trade-show');
        const a = await add(m, 'Hélène Dupont', '--email', 'helene@acme.com', '--org', 'Acme', '--title', 'CTO', '--circle', 'friend', '--tag', 'vip',
          '--birthday', '1980-05-12', '--location', 'Paris', '--priority', '1', '--note', 'Likes cycling', '--met-at', 'VivaTech');
        const b = await add(m, 'Helene Dupont', '--email', 'h.dupont@gmail.com', '--email', 'HELENE@acme.com', '--phone', '+33 6 11 22 33 44',
          '--circle', 'former-colleague', '--circle', 'friend', '--tag', 'VIP', '--interest', 'golf', '--org', 'Globex', '--title', 'Data lead',
          '--birthday', '1981-05-12', '--location', 'Lyon', '--linkedin', 'linkedin.com/in/hdupont', '--note', 'Plays golf on Sundays',
          '--priority', '2', '--met-at', 'Salon Data');
        const paul = await add(m, 'Paul Durand', '--introduced-by', b);
        const zoe = await add(m, 'Zoé Blanc', '--priority', '3');
        await ok(m, 'log', b, '--channel', 'in-person', '--summary', 'Coffee with B', '--date', '2026-02-27');
        await ok(m, 'log', a, b, zoe, '--channel', 'video', '--summary', 'All three');
        await ok(m, 'milestone', b, '--kind', 'new-job', '--note', 'Data lead at Globex');
        await ok(m, 'favour', 'received', b, '--kind', 'advice', '--note', 'CV review');
        await ok(m, 'favour', 'received', zoe, '--kind', 'introduction', '--to', b, '--thanked');
        await ok(m, 'favour', 'given', a, '--kind', 'referral');
        await ok(m, 'ask', b, '--about', 'data jobs at Globex');
        await ok(m, 'ask', paul, '--about', 'freelance missions', '--via', b);
        await ok(m, 'share', 'https://example.com/churn', '--with', a, '--with', b);
        await ok(m, 'opportunity', 'add', 'Head of Data', '--org', 'Globex', '--via', b);
        return { a, b, paul, zoe };
      }

      it('moves every record to the survivor, deduplicates, keeps conflicting values in the notes, and records the merge', async () => {
        const m = await fresh();
        const { a, b, paul, zoe } = await story(m);
        const r = await ok(m, 'merge', a, b);
        expect(r).toMatchObject({
          dryRun: false, merged: { id: b, name: 'Helene Dupont' },
          moved: {
            exchanges: 2, sharedExchanges: 1, milestones: 1, favours: 1, introductions: 1, asks: 2, shares: 1, opportunities: 1,
            introduced: 1, droppedPrompts: 2, emails: 1, phones: 1, positions: 1, labels: 2,
          },
          keptInNotes: [{ field: 'birthday', value: '1981-05-12' }, { field: 'location', value: 'Lyon' }, { field: 'priority', value: '2' }, { field: 'metAt', value: 'Salon Data' }],
          note: `Merged from Helene Dupont (${DAY0}): birthday 1981-05-12; location Lyon; rank 2; met at Salon Data.`,
        });
        expect(r.recordId).toEqual(expect.any(String));

        const shown = await ok(m, 'person', 'show', a);
        expect(shown).toMatchObject({
          id: a, name: 'Hélène Dupont', emails: ['helene@acme.com', 'h.dupont@gmail.com'], phones: ['+33 6 11 22 33 44'],
          circles: ['friend', 'former-colleague'], tags: ['vip'], interests: ['golf'], linkedin: 'https://www.linkedin.com/in/hdupont',
          birthday: '1980-05-12', location: 'Paris', priority: 1, exchangeCount: 2, lastExchange: { summary: 'All three' },
          metAt: { name: 'VivaTech 2026' },
        });
        expect(shown.positions.map((p: any) => p.organization)).toEqual(['Acme', 'Globex']);
        expect(shown.notes).toBe(`Likes cycling\n\nPlays golf on Sundays\n\nMerged from Helene Dupont (${DAY0}): birthday 1981-05-12; location Lyon; rank 2; met at Salon Data.`);
        expect(shown.exchanges.find((x: any) => x.summary === 'All three').participantIds.sort()).toEqual([a, zoe].sort());
        expect(userError(await m('person', 'show', b))).toContain(b);

        // The ranking closes up behind her.
        expect((await ok(m, 'person', 'show', zoe)).priority).toBe(2);

        // Those she introduced, and the favours and asks about her, now name the survivor.
        expect((await ok(m, 'person', 'show', paul)).introducedBy).toEqual({ id: a, name: 'Hélène Dupont' });
        expect((await ok(m, 'balance', zoe)).favours[0].introduced).toEqual({ id: a, name: 'Hélène Dupont' });
        expect((await ok(m, 'balance', a)).favours.map((f: any) => `${f.direction}:${f.kind}`).sort()).toEqual(['given:referral', 'received:advice']);
        const asks = await ok(m, 'ask', 'list');
        expect(JSON.stringify(asks)).not.toContain(b);
        expect(JSON.stringify(asks)).toContain(a);

        // Her agenda: both follow-ups of different exchanges, the congratulation and thanks; one keep-in-touch.
        const mine = (await ok(m, 'today')).items.filter((i: any) => i.person.id === a).map((i: any) => i.kind).sort();
        expect(mine).toEqual(['congratulate', 'follow-up', 'follow-up', 'thank']);
        const later = (await ok(m.on('2026-06-30'), 'today')).items.filter((i: any) => i.kind === 'keep-in-touch' && i.person.id === a);
        expect(later).toHaveLength(1);

        // Nothing points at the merged person any more, except the record of the merge.
        const t = await tables(m);
        for (const [name, rows] of Object.entries(t)) {
          if (name !== 'merge_record') expect(JSON.stringify(rows), name).not.toContain(b);
        }
        expect(t.share_recipient).toEqual([{ share_id: expect.any(String), person_id: a }]);
        expect(t.opportunity_person).toEqual([{ opportunity_id: expect.any(String), person_id: a }]);
        const [record] = t.merge_record ?? [];
        expect(record).toMatchObject({ id: r.recordId, survivor_id: a, merged_id: b, merged_name: 'Helene Dupont', date: DAY0 });
        const snapshot = JSON.parse(String(record?.snapshot));
        expect(snapshot.person).toMatchObject({ id: b, name: 'Helene Dupont', birthday: '1981-05-12', location: 'Lyon', priority: 2 });
        expect(snapshot.exchanges).toHaveLength(2);
        expect(snapshot.droppedPrompts.map((p: any) => p.kind).sort()).toEqual(['follow-up', 'keep-in-touch']);

        // Search finds her by the merged person's details too.
        expect((await ok(m, 'search', 'golf')).map((p: any) => p.id)).toEqual([a]);
      });

      it('says what it moved and kept, in English and French', async () => {
        const m = await fresh();
        const { a, b } = await story(m);
        const fr = plain((await m.in('fr')('merge', a, b, '--dry-run')).out);
        expect(fr).toContain(`Fusionnerait Helene Dupont [${b}] dans Hélène Dupont [${a}]. Rien n’a été modifié (essai à blanc).`);
        expect(fr).toContain('Déplacé : 2 échanges (dont 1 avec les deux)');
        expect(fr).toContain('Conservé dans les notes : anniversaire 1981-05-12; lieu Lyon; rang 2; rencontré à Salon Data.');
        const text = (await m('merge', a, b)).out.split('\n');
        expect(text[0]).toBe(`Merged Helene Dupont [${b}] into Hélène Dupont [${a}].`);
        expect(text[1]).toBe('Moved: 2 exchanges (1 with both of them); 4 agenda items; 1 milestone; 1 favour; 1 introduction; 2 asks for advice; 1 share; 1 opportunity; 1 person they introduced.');
        expect(text).toContain('Added to Hélène Dupont: 1 email; 1 phone; 1 position; 2 circles, tags or interests.');
        expect(text).toContain('Left out as duplicates: 2 open agenda items Hélène Dupont already had.');
        expect(text).toContain('Kept in the notes: birthday 1981-05-12; location Lyon; rank 2; met at Salon Data.');
        expect(text.at(-1)).toMatch(/^Recorded as merge \w+\.$/);
      });

      it('changes nothing on a dry run', async () => {
        const m = await fresh();
        const { a, b } = await story(m);
        const before = await exported(m);
        const r = await ok(m, 'merge', a, b, '--dry-run');
        expect(r).toMatchObject({ dryRun: true, recordId: null, moved: { exchanges: 2 } });
        expect(await exported(m)).toBe(before);
      });

      it('resolves people by name, and refuses the same person twice or an unknown one', async () => {
        const m = await fresh();
        const a = await add(m, 'Jean Martin', '--email', 'jean@acme.com');
        const b = await add(m, 'J. Martin', '--email', 'jean@acme.com');
        const before = await exported(m);
        expect(userError(await m('merge', 'jean martin', a))).toBe(`"jean martin" and "${a}" are the same person (Jean Martin): a merge joins two different people.`);
        expect(plain(userError(await m.in('fr')('merge', a, a)))).toContain('désignent la même personne');
        expect(userError(await m('merge', a, 'Nobody Here'))).toContain('No one in your network matches "Nobody Here"');
        expect(userError(await m('merge', 'martin', a))).toContain('could be several people');
        expect(await exported(m)).toBe(before);
        expect((await ok(m, 'merge', 'Jean Martin', 'J. Martin')).survivor).toMatchObject({ id: a, emails: ['jean@acme.com'] });
        expect(userError(await m('person', 'show', b))).toContain(b);
        expect(await pairsOf(m)).toEqual([]);
      });

      it('gives the survivor the merged person\'s rank when they had none', async () => {
        const m = await fresh();
        const first = await add(m, 'Marc Petit', '--priority', '1');
        const a = await add(m, 'Zoé Blanc', '--email', 'zoe@blanc.fr');
        const b = await add(m, 'Zoe Blanc', '--email', 'zoe@blanc.fr', '--priority', '2');
        const last = await add(m, 'Paul Durand', '--priority', '3');
        await ok(m, 'merge', a, b);
        const ranks = await Promise.all([first, a, last].map(async (id) => (await ok(m, 'person', 'show', id)).priority));
        expect(ranks).toEqual([1, 2, 3]);
        expect((await ok(m, 'person', 'show', a)).notes).toBeNull();
      });

      it('moves ties and the photo: a tie between the two goes, a shared contact keeps the stronger tie', async () => {
        const source = await fresh();
        const a = await add(source, 'Hélène Dupont', '--email', 'helene@acme.com');
        const b = await add(source, 'Helene Dupont', '--email', 'helene@acme.com');
        const c = await add(source, 'Marc Petit');
        const d = await add(source, 'Zoé Blanc');
        const file = newFile();
        await ok(source, 'export', 'json', file);
        const backup = JSON.parse(readFileSync(file, 'utf8'));
        const tie = (x: string, y: string, strength: string, since: string | null) => ({ a_id: x < y ? x : y, b_id: x < y ? y : x, strength, since, how: null, created_on: DAY0 });
        backup.tables.tie = [tie(a, b, 'strong', null), tie(a, c, 'weak', '2020-01-01'), tie(b, c, 'strong', '2018-06-01'), tie(b, d, 'medium', null)];
        // The merged person's photo goes to a survivor without one.
        backup.tables.person_photo = [{ person_id: b, media_type: 'image/png', data: 'iVBORw0KGgo=' }];
        writeFileSync(file, JSON.stringify(backup));
        const m = await fresh();
        await ok(m, 'import', 'json', file);
        const r = await ok(m, 'merge', a, b);
        expect(r.moved.ties).toBe(3);
        const ties = (await tables(m)).tie ?? [];
        expect(ties).toHaveLength(2);
        expect(ties).toContainEqual(tie(a, c, 'strong', '2018-06-01'));
        expect(ties).toContainEqual(tie(a, d, 'medium', null));
        expect(r.moved.photo).toBe('moved');
        expect((await tables(m)).person_photo).toEqual([{ person_id: a, media_type: 'image/png', data: 'iVBORw0KGgo=' }]);
      });

      it('is atomic: a merge that fails half-way leaves the database as it was', async () => {
        const m = await fresh();
        const { a, b } = await story(m);
        const before = await exported(m);
        await refuseDeletes(m.db);
        const r = await m('merge', a, b);
        expect(r.code).toBe(1);
        expect(r.err).toContain('deletes refused');
        expect(await exported(m)).toBe(before);
      });
    });
  });
}
