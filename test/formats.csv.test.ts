import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMaillonError } from '../src/core/errors.js';
import type { IncomingContact, ReadItem, Rejection } from '../src/core/incoming.js';
import { CSV_FIELDS, inspectCsv, parseMap, readCsv, type CsvReadOptions } from '../src/formats/csv/read.js';
import { bytesSource } from '../src/formats/decode.js';
import { wordsFor } from '../src/i18n/i18n.js';

// The CSV readers through their public API, on small hand-written files that carry the
// oddities of real exports: BOM and CRLF, preambles, reordered columns, Windows-1252,
// semicolons and tabs, ragged rows, Google's " ::: " and "* ", localized Outlook headers.

const FIXTURES = join(import.meta.dirname, 'fixtures', 'csv');
const fixture = (name: string): Uint8Array => readFileSync(join(FIXTURES, name));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

async function read(bytes: Uint8Array, options: Partial<CsvReadOptions> = {}, chunk?: number): Promise<ReadItem[]> {
  const items: ReadItem[] = [];
  for await (const item of readCsv(bytesSource(bytes, chunk), { file: 'f.csv', ...options })) items.push(item);
  return items;
}

const contacts = (items: ReadItem[]): IncomingContact[] => items.flatMap((i) => (i.kind === 'contact' ? [i.contact] : []));
const rejections = (items: ReadItem[]): Rejection[] => items.flatMap((i) => (i.kind === 'rejected' ? [i.rejection] : []));

async function thrown(run: () => Promise<unknown>): Promise<{ code: string; data: Record<string, unknown> }> {
  try {
    await run();
  } catch (error) {
    if (isMaillonError(error)) return { code: error.code, data: { ...error.data } };
    throw error;
  }
  throw new Error('expected a MaillonError');
}

describe('LinkedIn Connections.csv', () => {
  it('keeps the BOM, CRLF and preamble oddities of the fixture (a guard for the tests below)', () => {
    const bytes = fixture('linkedin-current.csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(Buffer.from(bytes).toString('utf8')).toContain('Notes:\r\n');
  });

  it('skips the Notes preamble and reads each connection by header name', async () => {
    const items = await read(fixture('linkedin-current.csv'), { format: 'linkedin' });
    const [helene] = contacts(items);
    expect(helene).toEqual({
      at: { file: 'f.csv', row: 1, line: 5 },
      name: 'Hélène Dupont', givenName: 'Hélène', familyName: 'Dupont',
      emails: ['helene@example.fr'], phones: [], tags: [],
      organization: 'Acme, Inc.', title: 'CTO',
      linkedin: 'https://www.linkedin.com/in/helene-dupont', connectedOn: '2024-03-12',
    });
  });

  it('keeps two different people who share a name as two records', async () => {
    const jeans = contacts(await read(fixture('linkedin-current.csv'))).filter((c) => c.name === 'Jean Martin');
    expect(jeans.map((c) => [c.organization, c.linkedin])).toEqual([
      ['Globex', 'https://www.linkedin.com/in/jean-martin-1a2b'],
      ['Initech', 'https://www.linkedin.com/in/jean-martin-77'],
    ]);
  });

  it('counts rows after the header and physical lines, quoted newlines and blank rows included', async () => {
    const items = await read(fixture('linkedin-current.csv'));
    expect(contacts(items).map((c) => [c.name, c.at.row, c.at.line])).toEqual([
      ['Hélène Dupont', 1, 5], ['Jean Martin', 2, 6], ['Jean Martin', 4, 9], ['Zoé', 6, 11],
    ]);
    expect(contacts(items)[1]?.title).toBe('Head of\nSales');
  });

  it('skips empty rows silently and rejects a row with no one to name, saying where', async () => {
    const items = await read(fixture('linkedin-current.csv'));
    expect(rejections(items)).toEqual([{
      at: { file: 'f.csv', row: 7, line: 12 }, code: 'csv.no_name',
      data: { sample: 'https://www.linkedin.com/in/nobody, 03 Apr 2021' },
    }]);
  });

  it('reads an older export without URL, columns reordered, and its date shapes', async () => {
    const items = await read(fixture('linkedin-old-reordered.csv'));
    expect(contacts(items).map((c) => [c.name, c.organization, c.connectedOn])).toEqual([
      ['Ann Lee', 'Stark', '2024-01-15'],
      ['Bob Kent', 'Wayne', '2000-01-01'],
      ['Cy Diaz', 'Oscorp', '2023-07-09'],
      ['Dee Roy', 'Umbrella', '2024-03-05'],
      ['Eve Fox', 'Tyrell', undefined],
    ]);
    expect(contacts(items)[0]).toMatchObject({ emails: ['ann@example.com'], title: 'CEO' });
    expect(contacts(items).every((c) => c.linkedin === undefined)).toBe(true);
  });

  it('detects LinkedIn from the header when no format is given', async () => {
    expect((await inspectCsv(bytesSource(fixture('linkedin-current.csv')), 'f.csv'))).toEqual({
      format: 'linkedin', delimiter: ',', encoding: 'utf-8',
      header: ['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'],
    });
  });
});

describe('Google Contacts CSV', () => {
  it('reads the current header: primary first, " ::: " values, no system groups, no fax', async () => {
    const [paul, solo] = contacts(await read(fixture('google-current.csv')));
    expect(paul).toEqual({
      at: { file: 'f.csv', row: 1, line: 2 },
      name: 'Paul Martin', givenName: 'Paul', familyName: 'Martin',
      emails: ['paul@globex.example', 'paul@home.example', 'paul@old.example'],
      phones: ['+33 6 12 34 56 78', '+33 7 00 11 22 33'],
      tags: ['Golf', 'Clients'],
      organization: 'Globex', title: 'Sales Director',
      linkedin: 'https://www.linkedin.com/in/paul-martin',
      birthday: '--04-15', location: 'Lyon', notes: 'Met at VivaTech\nlikes cycling',
    });
    expect(solo).toMatchObject({ name: 'Solo Corp', organization: 'Solo Corp', at: { row: 2, line: 4 } });
  });

  it('reads the legacy header with "- Type" labels and Group Membership', async () => {
    const [zoe] = contacts(await read(fixture('google-legacy.csv')));
    expect(zoe).toMatchObject({
      name: 'Zoë Smith', emails: ['zoe@home.example', 'zoe@other.example'], phones: [], tags: ['Friends'],
      organization: 'Unicode Works', title: 'Engineer', birthday: '1985-12-03', notes: 'note"quoted"',
    });
  });
});

describe('Outlook, Thunderbird and localized headers', () => {
  it('reads German Outlook in Windows-1252 with semicolons, dates D.M.YYYY and "0/0/00" as none', async () => {
    const bytes = fixture('outlook-de-1252.csv');
    expect(bytes.includes(0xfc)).toBe(true); // ü as one Windows-1252 byte: not UTF-8
    const items = await read(bytes);
    expect(contacts(items)).toEqual([
      {
        at: { file: 'f.csv', row: 1, line: 2 },
        name: 'Jürgen Müller', givenName: 'Jürgen', familyName: 'Müller',
        emails: ['jm@strassenbau.example'], phones: ['+49 171 7654321', '+49 30 1234567'], tags: ['Kunden'],
        organization: 'Straßenbau GmbH', title: 'Geschäftsführer', birthday: '1972-01-31',
        location: 'München', notes: 'Grüße an die Familie',
      },
      { at: { file: 'f.csv', row: 2, line: 3 }, name: 'Anna Weiß', givenName: 'Anna', familyName: 'Weiß', emails: ['anna@example.de'], phones: [], tags: [] },
    ]);
    expect(JSON.stringify(items)).not.toContain('\uFFFD');
    expect(await inspectCsv(bytesSource(bytes), 'f.csv')).toMatchObject({ format: 'outlook', delimiter: ';', encoding: 'windows-1252' });
  });

  it('reads French Outlook: the second "Titre" is the job, dates are day first', async () => {
    const [elodie] = contacts(await read(fixture('outlook-fr.csv')));
    expect(elodie).toMatchObject({
      name: 'Élodie Lefèvre', organization: 'Société Générale', title: 'Directrice des ressources humaines',
      emails: ['elodie@example.fr'], phones: ['06 12 34 56 78', '01 23 45 67 89'],
      birthday: '1984-06-05', tags: ['Clients', 'Paris'], location: 'Paris', notes: 'Rencontrée au salon',
    });
  });

  it('reads Thunderbird: display name, split birthday without a year, trailing comma', async () => {
    const [jo] = contacts(await read(fixture('thunderbird.csv')));
    expect(jo).toMatchObject({
      name: 'Jo Bloggs', emails: ['jo@example.org', 'jo@backup.example'], phones: ['+44 7700 900000', '+44 20 7946 0000'],
      organization: 'The Paper', title: 'Editor', birthday: '--07-04',
    });
    expect(jo?.givenName).toBeUndefined();
  });

  it('does not take the salutation "Title" of an English Outlook file for a job title', async () => {
    const [anita] = contacts(await read(utf8('Title,First Name,Last Name,Company,Job Title,E-mail Address,Birthday\nMs.,Anita,Jorgensen,Contoso,,anita@contoso.example,1/20/1981\n')));
    expect(anita).toMatchObject({ name: 'Anita Jorgensen', organization: 'Contoso', birthday: '1981-01-20' });
    expect(anita?.title).toBeUndefined();
  });
});

describe('generic files', () => {
  it('reads a tab-separated file by common names, ragged rows included, naming people by email or organization', async () => {
    const items = await read(fixture('generic-ragged.tsv'));
    expect(contacts(items).map((c) => [c.name, c.emails, c.organization, c.title, c.tags])).toEqual([
      ['Ada Lovelace', ['ada@example.com'], 'Analytical Engines', 'Founder', ['maths', 'pioneers']],
      ['Grace Hopper', ['grace@example.com'], undefined, undefined, []],
      ['charles@example.com', ['charles@example.com'], undefined, undefined, []],
      ['Lonely Company', [], 'Lonely Company', undefined, []],
    ]);
    expect(rejections(items)).toEqual([{ at: { file: 'f.csv', row: 5, line: 6 }, code: 'csv.no_name', data: { sample: 'Just A Title' } }]);
  });

  it('reads French and German hand-made headers, "Nom" beside "Prénom" being the family name', async () => {
    const [fr] = contacts(await read(utf8('Prénom;Nom;Courriel;Société;Poste;Téléphone\nAnaïs;de la Tour;anais@example.fr;Acme;Juriste;+33 6 00 00 00 01\n')));
    expect(fr).toMatchObject({ name: 'Anaïs de la Tour', familyName: 'de la Tour', emails: ['anais@example.fr'], organization: 'Acme', title: 'Juriste', phones: ['+33 6 00 00 00 01'] });
    const [nom] = contacts(await read(utf8('Nom,Courriel\nAnaïs de la Tour,anais@example.fr\n')));
    expect(nom).toMatchObject({ name: 'Anaïs de la Tour', emails: ['anais@example.fr'] });
    expect(nom?.familyName).toBeUndefined();
  });

  it('maps columns with --map, which wins over the names it would have guessed', async () => {
    const bytes = utf8('Contact,Mél,Boîte,Name\nAda Lovelace,ada@example.com,Analytical Engines,ada_l\n');
    const [ada] = contacts(await read(bytes, { format: 'generic', map: parseMap('Contact=name,Mél=email,Boîte=organization') }));
    expect(ada).toMatchObject({ name: 'Ada Lovelace', emails: ['ada@example.com'], organization: 'Analytical Engines' });
  });

  it('maps a file no header name would give away', async () => {
    const [ada] = contacts(await read(utf8('Qui,Où\nAda,ada@example.com\n'), { map: { Qui: 'given', 'où': 'email' } }));
    expect(ada).toMatchObject({ name: 'Ada', givenName: 'Ada', emails: ['ada@example.com'] });
  });

  it('refuses a --map column that is not in the header, listing the columns', async () => {
    const error = await thrown(() => read(utf8('Full Name,Mail\nAda,ada@example.com\n'), { map: { 'Full Name': 'name', Email: 'email' } }));
    expect(error).toMatchObject({ code: 'import.bad_map', data: { reason: 'column', value: 'Email', header: '"Full Name", "Mail"' } });
  });

  it('names the --map column it found nowhere', async () => {
    const error = await thrown(() => read(utf8('A,B\n1,2\n'), { map: { Who: 'name' } }));
    expect(error).toMatchObject({ code: 'import.bad_map', data: { reason: 'column', value: 'Who', header: '"A", "B"' } });
    expect(wordsFor('en').error(error.code, error.data)).toBe('Column "Who" of --map is not in the header of f.csv, whose columns are: "A", "B".');
  });

  it('refuses a file with no recognizable header, showing its first cells and how to map them', async () => {
    const error = await thrown(() => read(utf8('\uFEFFXFirst Name,XE-mail Address\nAda,ada@example.com\n'), { file: 'x.csv' }));
    expect(error).toEqual({ code: 'import.no_header', data: { file: 'x.csv', header: '"XFirst Name", "XE-mail Address"', fields: CSV_FIELDS.join(', ') } });
    const en = wordsFor('en').error(error.code, error.data);
    expect(en).toContain('"XFirst Name", "XE-mail Address"');
    expect(en).toContain('maillon import csv FILE --map "Full Name=name,Mail=email"');
    expect(en).toContain('name, given, family, email');
    expect(wordsFor('fr').error(error.code, error.data)).toContain('--map');
  });

  it('refuses a file of numbers as having no header, and gives nothing for a blank file', async () => {
    expect((await thrown(() => read(utf8('1,,3\n4,5,6'))))).toMatchObject({ code: 'import.no_header', data: { header: '"1", "", "3"' } });
    expect(await read(utf8(''))).toEqual([]);
    expect(await read(utf8('\r\n\r\n'))).toEqual([]);
  });

  it('refuses an unknown format', async () => {
    expect(await thrown(() => read(utf8('Name\nAda\n'), { format: 'excel' as never }))).toMatchObject({ code: 'import.unknown_format', data: { value: 'excel' } });
  });
});

describe('parseMap', () => {
  it('reads column names with spaces, quoted commas and a trailing comma', () => {
    expect(parseMap(' Full Name = name ,Mail=EMAIL, "Company, Inc."=organization,')).toEqual({ 'Full Name': 'name', Mail: 'email', 'Company, Inc.': 'organization' });
  });

  it.each([
    ['Full Name=nom', { reason: 'field', value: 'nom' }],
    ['name=Full Name', { reason: 'reversed', column: 'Full Name', field: 'name' }],
    ['Full Name', { reason: 'syntax' }],
    ['=name', { reason: 'syntax' }],
    ['', { reason: 'syntax' }],
    ['"Full Name=name', { reason: 'syntax' }],
    ['A=name,A=email', { reason: 'twice', value: 'A' }],
  ])('refuses %j with a reason', (text, data) => {
    let error: unknown;
    try {
      parseMap(text);
    } catch (e) {
      error = e;
    }
    expect(isMaillonError(error) && error.code).toBe('import.bad_map');
    expect(isMaillonError(error) && error.data).toMatchObject(data);
  });
});

describe('bytes and breakage', () => {
  it('gives the same items whether the bytes come whole or one at a time', async () => {
    for (const name of ['linkedin-current.csv', 'google-current.csv', 'outlook-de-1252.csv', 'outlook-fr.csv', 'generic-ragged.tsv']) {
      expect(await read(fixture(name), {}, 1), name).toEqual(await read(fixture(name)));
    }
  });

  it('reads a file far larger than its head the same in small chunks as whole', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => (i % 100 === 0 ? `P${String(i)},Q,"Head of\r\nSales",01 Feb 2023` : `P${String(i)},Q,Engineer,15 Jan 2022`));
    const bytes = utf8(`\uFEFFNotes:\r\n\r\nFirst Name,Last Name,Position,Connected On\r\n${rows.join('\r\n')}\r\n`);
    const items = await read(bytes, {}, 1000);
    expect(items).toEqual(await read(bytes));
    expect(contacts(items)).toHaveLength(3000);
    expect(contacts(items).at(-1)?.at).toEqual({ file: 'f.csv', row: 3000, line: 3 + 3000 + 30 });
  });

  it('reads UTF-16 with a BOM and old Mac line ends (CR alone)', async () => {
    const text = '\uFEFFName,Email\rZoë Ünal,zoe@example.com\rBo,bo@example.com';
    const items = await read(new Uint8Array(Buffer.from(text, 'utf16le')));
    expect(contacts(items).map((c) => [c.name, c.at.line])).toEqual([['Zoë Ünal', 2], ['Bo', 3]]);
  });

  it('rejects a row whose quote never closes, with its place, and keeps the rows before it', async () => {
    const items = await read(utf8('Name,Email\nAda,ada@example.com\n"Bob,bob@example.com\nCy,cy@example.com\n'));
    expect(contacts(items).map((c) => c.name)).toEqual(['Ada']);
    expect(rejections(items)).toEqual([{ at: { file: 'f.csv', row: 2, line: 3 }, code: 'csv.unclosed_quote', data: {} }]);
  });

  it('skips a row longer than a million characters and reads on', async () => {
    const items = await read(utf8(`Name,Notes\nAda,"${'x'.repeat(1_100_000)}"\nBob,fine\n`), {}, 1 << 16);
    expect(rejections(items)).toEqual([{ at: { file: 'f.csv', row: 1, line: 2 }, code: 'csv.too_long', data: {} }]);
    expect(contacts(items)).toMatchObject([{ name: 'Bob', notes: 'fine', at: { row: 2, line: 3 } }]);
  });

  it('never throws past the file-level errors on mangled files', async () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const originals = ['linkedin-current.csv', 'google-current.csv', 'outlook-de-1252.csv'].map(fixture);
    for (let i = 0; i < 300; i++) {
      const original = originals[i % originals.length] ?? new Uint8Array();
      let bytes = original.slice(0, random(original.length + 1));
      if (i % 2 === 0) for (let k = 0; k < 5; k++) bytes[random(bytes.length)] = random(256);
      if (i % 3 === 0) bytes = new Uint8Array([...bytes, ...original.slice(random(original.length))]);
      try {
        await read(bytes);
      } catch (error) {
        expect(isMaillonError(error) && error.code).toBe('import.no_header');
      }
    }
  });

  it('has words in English and French for every code it reports', () => {
    for (const lang of ['en', 'fr'] as const) {
      const words = wordsFor(lang);
      for (const code of ['csv.no_name', 'csv.unclosed_quote', 'csv.too_long', 'import.no_header', 'import.bad_map', 'import.unknown_format']) {
        expect(words.errors[code], `${lang} ${code}`).toBeTypeOf('function');
      }
    }
  });
});
