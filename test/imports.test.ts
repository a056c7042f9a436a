import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { session, tempDir, type Session } from './helpers/cli.js';
import { contractDatabases } from './helpers/databases.js';
import { ok, plain, snapshots, userError } from './helpers/expect.js';

// Bringing a network in: LinkedIn, vCard and CSV into one database, duplicates found across
// sources, job changes from a newer export, and the exports back out, on every database.

const DAY0 = '2026-03-02';
const files = tempDir();
let n = 0;
afterAll(() => {
  files.cleanup();
});
const snapshot = snapshots(files.dir);

/** Writes a fixture file and returns its path. */
function file(name: string, content: string | Uint8Array): string {
  const path = join(files.dir, `${String(n++)}-${name}`);
  writeFileSync(path, content);
  return path;
}

const LINKEDIN_HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
const linkedin = (rows: string[], preamble = 'Notes:\r\n"When exporting your connection data, you may notice that some of the email addresses are missing."\r\n\r\n') =>
  `\uFEFF${preamble}${[LINKEDIN_HEADER, ...rows].join('\r\n')}\r\n`;

const CLAIRE = 'Claire,Martin,https://www.linkedin.com/in/claire-martin,claire@acme.fr,Acme,Data Engineer,12 Mar 2024';
const MARC = 'Marc,Petit,https://www.linkedin.com/in/marcpetit,,"Qonto, SAS",CTO,15-Jan-24';
const JEAN_1 = 'Jean,Dupont,https://www.linkedin.com/in/jean-dupont-1,,Airbus,Engineer,1/1/00';
const JEAN_2 = 'Jean,Dupont,https://www.linkedin.com/in/jean-dupont-2,,Decathlon,Buyer,03 Feb 2023';

const people = async (m: Session): Promise<any[]> => (await ok(m, 'person', 'list', '--limit', '1000')).people;
const show = async (m: Session, ref: string): Promise<any> => ok(m, 'person', 'show', ref);

for (const dbs of contractDatabases()) {
  describe(`imports on ${dbs.name}`, () => {
    afterAll(() => dbs.cleanup());

    it('imports LinkedIn connections with their circle, job, profile and connection date', async () => {
      const m = session(await dbs.create(), DAY0);
      const r = await ok(m, 'import', 'linkedin', file('Connections.csv', linkedin([CLAIRE, '', MARC, JEAN_1, JEAN_2])));
      expect(r).toMatchObject({ created: 4, updated: 0, merged: 0, skipped: 0, rejected: 0 });
      const claire = (await show(m, 'Claire Martin'));
      expect(claire).toMatchObject({
        circles: ['online'], emails: ['claire@acme.fr'], linkedin: 'https://www.linkedin.com/in/claire-martin', connectedOn: '2024-03-12',
        positions: [{ organization: 'Acme', title: 'Data Engineer', end: null }],
      });
      expect((await show(m, 'Marc Petit'))).toMatchObject({ connectedOn: '2024-01-15', positions: [{ organization: 'Qonto, SAS', title: 'CTO' }] });
      // Two different people with the same name stay two.
      const jeans = (await people(m)).filter((p) => p.name === 'Jean Dupont');
      expect(jeans.map((p) => p.organization).sort()).toEqual(['Airbus', 'Decathlon']);
    });

    it('finds Connections.csv inside the zip LinkedIn mails, and reports an empty zip clearly', async () => {
      const m = session(await dbs.create(), DAY0);
      const zip = zipSync({ 'Basic_LinkedInDataExport_03-02-2026/Connections.csv': new TextEncoder().encode(linkedin([CLAIRE, MARC])), 'Profile.csv': new TextEncoder().encode('First Name\nMe\n') });
      const r = await ok(m, 'import', 'linkedin', file('export.zip', zip));
      expect(r.created).toBe(2);
      const empty = zipSync({ 'Messages.txt': new TextEncoder().encode('hello') });
      const line = userError(await m('import', 'linkedin', file('other.zip', empty)));
      expect(line).toContain('Connections.csv');
      expect(await people(m)).toHaveLength(2);
    });

    it('turns a newer export into job changes: the old position ends, a new one starts, a congratulation waits', async () => {
      const m = session(await dbs.create(), DAY0);
      await ok(m, 'import', 'linkedin', file('Connections.csv', linkedin([CLAIRE, MARC])));
      const later = m.on('2026-06-01');
      const newer = linkedin(['Claire,Martin,https://www.linkedin.com/in/claire-martin,claire@acme.fr,Doctolib,Head of Data,12 Mar 2024', MARC]);
      const r = await ok(later, 'import', 'linkedin', file('Connections-newer.csv', newer));
      expect(r).toMatchObject({ created: 0, updated: 1, skipped: 1, jobChanges: 1 });
      const claire = (await show(later, 'Claire Martin'));
      expect(claire.positions).toEqual([
        { organization: 'Acme', title: 'Data Engineer', start: null, end: '2026-06-01' },
        { organization: 'Doctolib', title: 'Head of Data', start: '2026-06-01', end: null },
      ]);
      const today = await ok(later, 'today');
      const congratulate = today.items.filter((i: any) => i.kind === 'congratulate');
      expect(congratulate.map((i: any) => i.person.name)).toEqual(['Claire Martin']);
      // The same file again changes nothing.
      expect(await ok(later, 'import', 'linkedin', file('Connections-newer.csv', newer))).toMatchObject({ created: 0, updated: 0, skipped: 2, jobChanges: 0 });
      const text = plain((await later.in('fr')('import', 'linkedin', file('c.csv', linkedin(['Claire,Martin,https://www.linkedin.com/in/claire-martin,,Alan,CEO,12 Mar 2024'])))).out);
      expect(text).toContain('1 changement de poste');
      expect(text).toContain('Claire Martin : CEO, Alan (avant : Head of Data, Doctolib)');
    });

    it('finds imported people by search, also those changed again later in the same import', async () => {
      const m = session(await dbs.create(), DAY0);
      // Past the first batch of 1,000, Claire comes back with a new job: her search text is
      // written twice in one import, and must be found once, by her new company too.
      const fillers = Array.from({ length: 1001 }, (_, i) => `Filler${String(i)},Person,https://www.linkedin.com/in/filler-${String(i)},,Initech,Analyst,12 Mar 2024`);
      const moved = 'Claire,Martin,https://www.linkedin.com/in/claire-martin,claire@acme.fr,Doctolib,Head of Data,12 Mar 2024';
      const r = await ok(m, 'import', 'linkedin', file('Connections.csv', linkedin([CLAIRE, ...fillers, moved, MARC])));
      expect(r).toMatchObject({ created: 1003, updated: 1 });
      const names = async (q: string) => (await ok(m, 'search', q)).map((h: any) => h.name);
      expect(await names('claire')).toEqual(['Claire Martin']);
      expect(await names('doctolib')).toEqual(['Claire Martin']);
      expect(await names('qonto')).toEqual(['Marc Petit']);
      expect(await names('filler1000')).toEqual(['Filler1000 Person']);
      // A dry run rolls its index entries back with the rest.
      await ok(m, 'import', 'linkedin', '--dry-run', file('More.csv', linkedin(['Zoé,Lambert,https://www.linkedin.com/in/zoe-lambert,,Alan,PM,12 Mar 2024'])));
      expect(await names('zoe')).toEqual([]);
      await ok(m, 'person', 'add', 'Zoé Lambert', '--org', 'Alan');
      expect(await names('zoe')).toEqual(['Zoé Lambert']);
    });

    it('writes every row of batches whose sizes are not round: 1,747 people, an email for every third', async () => {
      const m = session(await dbs.create(), DAY0);
      // 747 people after the first 1,000 go in statements of 512, 128, 64, 32, 8, 2 and 1 rows.
      const rows = Array.from({ length: 1747 }, (_, i) => `Odd${String(i)},Person,https://www.linkedin.com/in/odd-${String(i)},${i % 3 === 0 ? `odd${String(i)}@example.org` : ''},Org${String(i % 7)},Analyst,12 Mar 2024`);
      expect(await ok(m, 'import', 'linkedin', file('Connections.csv', linkedin(rows)))).toMatchObject({ created: 1747 });
      const out = join(files.dir, `odd-${String(n++)}.json`);
      await ok(m, 'export', 'json', out);
      const tables = (JSON.parse(readFileSync(out, 'utf8')) as { tables: Record<string, unknown[]> }).tables;
      expect([tables.person?.length, tables.person_email?.length, tables.position?.length, tables.person_label?.length]).toEqual([1747, 583, 1747, 1747]);
      expect((await ok(m, 'search', 'odd1746')).map((h: any) => h.name)).toEqual(['Odd1746 Person']);
    });

    it('shows what a dry run would do, with reasons, and writes nothing', async () => {
      const m = session(await dbs.create(), DAY0);
      await ok(m, 'import', 'linkedin', file('Connections.csv', linkedin([CLAIRE])));
      const before = await snapshot(m);
      const input = linkedin(['Claire,Martin,https://www.linkedin.com/in/claire-martin,claire.martin@gmail.com,Acme,Data Engineer,12 Mar 2024', MARC, 'Ghost,,,,,,']);
      const dry = await m('import', 'linkedin', file('Connections.csv', input), '--dry-run');
      expect(dry.code).toBe(0);
      expect(dry.out).toContain('Would create (2):');
      expect(dry.out).toMatch(/Would update \(1\):\n {2}Claire Martin \(.*row 1, line 5\): matched by LinkedIn linkedin\.com\/in\/claire-martin.*; adds email/);
      expect(dry.out).toContain('Nothing was written.');
      expect(await snapshot(m)).toBe(before);
      const json = await ok(m, 'import', 'linkedin', file('Connections.csv', input), '--dry-run');
      expect(json).toMatchObject({ dryRun: true, created: 2, updated: 1 });
      expect(json.actions).toHaveLength(3);
      expect(await snapshot(m)).toBe(before);
    });

    it('brings a phone vCard and a Google CSV into the same network without duplicates', async () => {
      const m = session(await dbs.create(), DAY0);
      await ok(m, 'import', 'linkedin', file('Connections.csv', linkedin([CLAIRE, MARC])));
      const vcf = [
        'BEGIN:VCARD', 'VERSION:3.0', 'FN:Claire Martin', 'N:Martin;Claire;;;', 'EMAIL;TYPE=INTERNET:CLAIRE@acme.fr', 'TEL;TYPE=CELL:06 12 34 56 78', 'BDAY:--0415', 'END:VCARD',
        'BEGIN:VCARD', 'VERSION:3.0', 'FN:Zoé Lefèvre', 'EMAIL:zoe@velo.fr', 'TEL:+33 6 98 76 54 32', 'NOTE:Met at the cycling club\\, loves climbing', 'END:VCARD',
      ].join('\r\n');
      const phone = await ok(m, 'import', 'vcard', file('contacts.vcf', `${vcf}\r\n`));
      expect(phone).toMatchObject({ created: 1, updated: 1 });
      const google = 'First Name,Last Name,Labels,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value,Organization Name\n'
        + 'Zoe,Lefevre,* myContacts ::: Climbing,* Home,zoe@velo.fr,Mobile,+33698765432,\n'
        + 'Paul,Henry,* myContacts,Work,paul@henry.io,,,Henry & Co\n';
      const g = await ok(m, 'import', 'csv', file('google.csv', google));
      expect(g).toMatchObject({ created: 1, rejected: 0 });
      expect(Number(g.created) + Number(g.updated) + Number(g.skipped)).toBe(2);
      const list = await people(m);
      expect(list.map((p) => p.name).sort()).toEqual(['Claire Martin', 'Marc Petit', 'Paul Henry', 'Zoé Lefèvre']);
      const claire = (await show(m, 'Claire Martin'));
      expect(claire).toMatchObject({ emails: ['claire@acme.fr'], phones: ['06 12 34 56 78'], birthday: '--04-15', circles: ['online'] });
      expect((await show(m, 'Zoé')).notes).toBe('Met at the cycling club, loves climbing');
    });

    it('reports a malformed card by file, card and line, and imports the others', async () => {
      const m = session(await dbs.create(), DAY0);
      const vcf = [
        'BEGIN:VCARD', 'VERSION:3.0', 'FN:Anne Roy', 'END:VCARD',
        'BEGIN:VCARD', 'VERSION:3.0', 'NOTE:no name at all', 'END:VCARD',
        'BEGIN:VCARD', 'VERSION:3.0', 'FN:Bruno Roy', 'END:VCARD',
      ].join('\n');
      const path = file('three.vcf', `${vcf}\n`);
      const r = await m('import', 'vcard', path);
      expect(r.code).toBe(0);
      expect(r.out).toContain('2 created');
      expect(r.out).toContain('1 rejected');
      expect(r.out).toContain(`(${path}, card 2, line 5)`);
      expect((await people(m)).map((p) => p.name).sort()).toEqual(['Anne Roy', 'Bruno Roy']);
    });

    it('takes a name of hundreds of words, and refuses a pasted blob longer than 500 characters', async () => {
      // The fuzz found these: a photo's base64 folded into FN made 2,000 "words". Pairing them
      // for matching never ended, and PostgreSQL cannot index a value that long.
      const m = session(await dbs.create(), DAY0);
      const words = Array.from({ length: 2000 }, (_, i) => `w${i.toString(36)}`);
      const many = `Zoé ${words.slice(0, 120).join(' ')}`;
      const blob = `Yann ${words.join('/')}`;
      const path = file('blob.vcf', [many, blob].map((fn) => `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:${fn}\r\nEND:VCARD\r\n`).join(''));
      const r = await ok(m, 'import', 'vcard', path);
      expect(r).toMatchObject({ created: 1, rejected: 1 });
      expect(r.rejections[0]).toMatchObject({ at: { card: 2, line: 5 } });
      const again = plain((await m('import', 'vcard', path)).out);
      expect(again).toContain('0 created, 0 updated, 0 merged, 1 skipped, 1 rejected');
      expect(again).toContain(`(${path}, card 2, line 5): This contact's name is ${String(blob.length)} characters long`);
      expect((await people(m)).map((p) => p.name)).toEqual([many]);
    });

    it('lands whole or not at all: a missing second file leaves nothing of the first', async () => {
      const m = session(await dbs.create(), DAY0);
      const before = await snapshot(m);
      const line = userError(await m('import', 'linkedin', file('Connections.csv', linkedin([CLAIRE])), join(files.dir, 'missing.csv')));
      expect(line).toContain('missing.csv');
      expect(await snapshot(m)).toBe(before);
    });

    it('refuses a CSV without a known header, says how to map it, and imports it with --map', async () => {
      const m = session(await dbs.create(), DAY0);
      const path = file('list.csv', 'Qui;Joignable;Boîte\nAnne Roy;anne@roy.fr;Roy SA\n');
      const line = userError(await m('import', 'csv', path));
      expect(line).toContain('--map');
      const r = await ok(m, 'import', 'csv', path, '--map', 'Qui=name,Joignable=email,Boîte=organization');
      expect(r.created).toBe(1);
      expect((await show(m, 'Anne Roy'))).toMatchObject({ emails: ['anne@roy.fr'], positions: [{ organization: 'Roy SA' }] });
      userError(await m('import', 'csv', path, '--map', 'Qui=nickname'));
      // A quoted header cell may span lines; the refusal still takes one line.
      const spread = file('spread.csv', 'Qui;"Boîte\r\n  postale"\nAnne Roy;Roy SA\n');
      expect(userError(await m('import', 'csv', spread))).toContain('"Qui", "Boîte postale"');
    });

    it('exports vCards that import back losslessly, in 4.0 and 3.0', async () => {
      const m = session(await dbs.create(), DAY0);
      await ok(m, 'person', 'add', 'Hélène d’Almeida', '--email', 'helene@example.fr', '--phone', '+33 6 12 34 56 78', '--circle', 'former-colleague',
        '--tag', 'data, cloud', '--interest', 'climbing', '--org', 'Acme; Sons', '--title', 'CTO', '--note', 'Line one\nLine two: with a colon, and a comma', '--linkedin', 'https://www.linkedin.com/in/helene');
      await ok(m, 'milestone', 'Hélène', '--kind', 'birthday', '--date', '--05-12');
      const original = (await show(m, 'Hélène'));
      for (const version of ['4.0', '3.0']) {
        const vcf = join(files.dir, `export-${version}-${String(n++)}.vcf`);
        expect(await ok(m, 'export', 'vcard', vcf, '--version', version)).toMatchObject({ people: 1, version });
        const copy = session(await dbs.create(), DAY0);
        expect(await ok(copy, 'import', 'vcard', vcf)).toMatchObject({ created: 1, rejected: 0 });
        const back = (await show(copy, 'Hélène'));
        for (const key of ['name', 'emails', 'phones', 'linkedin', 'birthday', 'notes', 'circles', 'tags', 'interests', 'positions', 'location', 'connectedOn']) {
          expect(back[key], `${key} in vCard ${version}`).toEqual(original[key]);
        }
        // And importing the export again into the same database changes nothing.
        expect(await ok(copy, 'import', 'vcard', vcf)).toMatchObject({ created: 0, updated: 0, skipped: 1 });
      }
      userError(await m('export', 'vcard', join(files.dir, 'x.vcf'), '--version', '2.1'));
    });

    it('writes the agenda as iCalendar with stable UIDs, so a re-export updates', async () => {
      const m = session(await dbs.create(), DAY0);
      await ok(m, 'person', 'add', 'Claire Martin');
      await ok(m, 'log', 'Claire Martin', '--channel', 'in-person', '--summary', 'Coffee; she will send the deck');
      const ics = join(files.dir, `agenda-${String(n++)}.ics`);
      const r = await ok(m, 'export', 'ics', ics, '--days', '14');
      expect(r).toMatchObject({ events: 1, days: 14, until: '2026-03-15' });
      const text = readFileSync(ics, 'utf8');
      expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
      expect(text).toContain('DTSTART;VALUE=DATE:20260304');
      expect(text).toContain('SUMMARY:Follow up: Claire Martin');
      const uids = (t: string) => [...t.matchAll(/^UID:(.*)$/gm)].map((x) => x[1]);
      const again = join(files.dir, `agenda-${String(n++)}.ics`);
      await ok(m.on('2026-03-03'), 'export', 'ics', again);
      expect(uids(readFileSync(again, 'utf8'))).toEqual(uids(text));
      userError(await m('export', 'ics', ics, '--days', '0'));
    });
  });
}
