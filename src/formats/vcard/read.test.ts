import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { IncomingContact, ReadItem, Rejection } from '../../core/incoming.js';
import { bytesSource } from '../decode.js';
import { readVcards } from './read.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'test', 'fixtures', 'vcard');

async function items(input: string | Uint8Array, keepPhotos = false, chunk = 1 << 16): Promise<ReadItem[]> {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const out: ReadItem[] = [];
  for await (const item of readVcards(bytesSource(bytes, chunk), { file: 'test.vcf', keepPhotos })) out.push(item);
  return out;
}

async function contacts(input: string | Uint8Array, keepPhotos = false): Promise<IncomingContact[]> {
  const all = await items(input, keepPhotos);
  expect(all.filter((i) => i.kind === 'rejected')).toEqual([]);
  return all.flatMap((i) => (i.kind === 'contact' ? [i.contact] : []));
}

async function one(input: string | Uint8Array, keepPhotos = false): Promise<IncomingContact> {
  const list = await contacts(input, keepPhotos);
  expect(list).toHaveLength(1);
  return list[0] as IncomingContact;
}

function fixture(name: string): Uint8Array {
  return readFileSync(join(FIXTURES, name));
}

const card = (...lines: string[]) => ['BEGIN:VCARD', 'VERSION:3.0', ...lines, 'END:VCARD', ''].join('\r\n');

describe('readVcards', () => {
  it('reads an iPhone export: CR CR LF line ends, item groups with X-ABLabel, a 1604 birthday', async () => {
    const c = await one(fixture('iphone-crcrlf.vcf'));
    expect(c).toMatchObject({
      at: { file: 'test.vcf', card: 1, line: 1 },
      name: 'Testé de Cozy', givenName: 'Testé', familyName: 'de Cozy',
      emails: ['teste@cozy.example', 'perso@cozy.example'],
      phones: ['+33 6 12 34 56 78'],
      linkedin: 'https://www.linkedin.com/in/teste-de-cozy',
      organization: 'Société Cozycloud', title: 'Directrice technique',
      birthday: '--02-29', location: 'Paris, France', tags: ['Clients', 'Paris'],
      notes: "Rencontrée au salon VivaTech, stand 42.\nA promis de m'envoyer la doc; relancer en mai. Très sympathique, passionnée d'escalade.",
    });
    expect(c.photo).toBeUndefined();
  });

  it('keeps a folded 3.0 photo with its media type only when asked', async () => {
    const c = await one(fixture('iphone-crcrlf.vcf'), true);
    expect(c.photo?.mediaType).toBe('image/jpeg');
    expect(c.photo?.data).toMatch(/^\/9j\/[A-Za-z0-9+/]+=*$/);
  });

  it('reads Android 2.1: quoted-printable soft breaks, even inside a character and before a blank line', async () => {
    const [first, second] = await contacts(fixture('android-qp.vcf'), true);
    expect(first).toMatchObject({
      at: { card: 1, line: 1 }, name: 'Jürgen Müller', givenName: 'Jürgen', familyName: 'Müller',
      phones: ['+49 151 2345678', '+49 30 1234567'], emails: ['juergen@example.de'],
      organization: 'Grün & Söhne', notes: 'Erste Zeile\nZweite Zeile mit Ärger und €', tags: [],
      photo: { mediaType: 'image/jpeg' },
    });
    expect(second).toMatchObject({ at: { card: 2, line: 18 }, name: 'nur.mail@example.de', phones: ['+49 170 0000000'] });
  });

  it('reads Windows-1252 bytes that declare no charset, LF line ends and no final newline', async () => {
    const c = await one(fixture('outlook-cp1252.vcf'));
    expect(c).toMatchObject({
      name: 'Zoé Lefèvre', familyName: 'Lefèvre', organization: 'Vélos & Cie – l’atelier', title: 'Gérante',
      location: 'Lyon, Rhône, France', birthday: '1985-04-15', notes: 'Année à vélo\nPrix : 20 €',
    });
  });

  it('reads undeclared 8-bit bytes in the charset another property of the card declares', async () => {
    expect(await one(fixture('cp1251-label.vcf'))).toMatchObject({ name: 'Віталій Кличко', location: 'Київ, Україна' });
  });

  it('honours CHARSET on a property, for raw bytes and for quoted-printable', async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('BEGIN:VCARD\nVERSION:2.1\nFN;CHARSET=ISO-8859-7:'), 0xc1, 0xe8, 0xde, 0xed, 0xe1,
      ...new TextEncoder().encode('\nTITLE;CHARSET=windows-1251;ENCODING=QUOTED-PRINTABLE:=C4=E8=F0=E5=EA=F2=EE=F0\nEND:VCARD\n'),
    ]);
    expect(await one(bytes)).toMatchObject({ name: 'Αθήνα', title: 'Директор' });
  });

  it.each(['utf16le-bom.vcf', 'utf16le.vcf', 'utf16be.vcf'])('reads UTF-16 with or without a byte-order mark: %s', async (name) => {
    expect(await one(fixture(name))).toMatchObject({ name: 'Zoé Lefèvre', emails: ['zoe@velos.example'], notes: 'Œuvre d’art 🚲' });
  });

  it('reads UTF-8 with a byte-order mark', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(card('FN:孔夫子'))]);
    expect((await one(bytes)).name).toBe('孔夫子');
  });

  it('undoes every escape, orders by PREF, reads tel: URIs, a year-less 4.0 birthday and a data: photo', async () => {
    const c = await one(fixture('v4-escapes.vcf'), true);
    expect(c).toMatchObject({
      name: 'Martin, Claire', givenName: 'Claire', familyName: 'Martin',
      emails: ['claire.martin@home.example', 'claire@acme.example'],
      phones: ['+33-6-12-34-56-78', '+1-418-656-9254 ext. 102'],
      birthday: '--04-15', linkedin: 'https://www.linkedin.com/in/claire-martin',
      notes: 'Line one\nLine two\nthree; semi, comma: colon \\ backslash',
      tags: ['R&D, Lab', 'Paris'],
      photo: { mediaType: 'image/png' },
    });
  });

  it('rejects a malformed card by card number and line, and keeps the cards around it', async () => {
    const all = await items(fixture('malformed.vcf'));
    const rejections = all.flatMap((i) => (i.kind === 'rejected' ? [i.rejection] : []));
    const names = all.flatMap((i) => (i.kind === 'contact' ? [i.contact.name] : []));
    expect(names).toEqual(['Anne Roy', 'Bruno Roy']);
    expect(rejections).toEqual<Rejection[]>([
      { at: { file: 'test.vcf', card: 2, line: 5 }, code: 'vcard.no_end', data: {} },
      { at: { file: 'test.vcf', card: 3, line: 8 }, code: 'vcard.no_name', data: { sample: '+33 1 23 45 67 89' } },
      { at: { file: 'test.vcf', line: 17 }, code: 'vcard.outside_card', data: { sample: 'This line is not part of any card' } },
    ]);
    // The contacts come in file order, between the rejections.
    expect(all.map((i) => (i.kind === 'contact' ? i.contact.at.card : i.rejection.at.card))).toEqual([1, 2, 3, 4, undefined]);
  });

  it('gives the same result whatever the chunk size, down to one byte', async () => {
    for (const name of ['iphone-crcrlf.vcf', 'android-qp.vcf', 'utf16le-bom.vcf', 'malformed.vcf', 'outlook-cp1252.vcf']) {
      const whole = await items(fixture(name), true);
      expect(await items(fixture(name), true, 1), name).toEqual(whole);
      expect(await items(fixture(name), true, 7), name).toEqual(whole);
    }
  });

  it('rejects a card cut off by the end of the file', async () => {
    const all = await items(card('FN:Anne Roy') + 'BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Truncated\r\nNOTE:stops here');
    expect(all.map((i) => i.kind)).toEqual(['contact', 'rejected']);
    expect(all[1]).toMatchObject({ rejection: { code: 'vcard.no_end', at: { card: 2, line: 5 } } });
  });

  it('yields nothing for an empty file, a lone byte-order mark or blank lines', async () => {
    expect(await items('')).toEqual([]);
    expect(await items(new Uint8Array([0xef, 0xbb, 0xbf]))).toEqual([]);
    expect(await items('\r\n\n  \n')).toEqual([]);
  });

  it('rejects a file of text with no card once, naming its first line', async () => {
    expect(await items('Name,Email\nAnne,anne@roy.fr\n')).toEqual([
      { kind: 'rejected', rejection: { at: { file: 'test.vcf', line: 1 }, code: 'vcard.outside_card', data: { sample: 'Name,Email' } } },
    ]);
  });

  it('reads a card whose BEGIN is missing, and ignores a stray END', async () => {
    const list = await contacts('VERSION:3.0\nFN:No Begin\nEND:VCARD\nEND:VCARD\n' + card('FN:Next'));
    expect(list.map((c) => [c.name, c.at.card, c.at.line])).toEqual([['No Begin', 1, 1], ['Next', 2, 5]]);
  });

  it('does not split on an embedded AGENT card, folded or on the following lines', async () => {
    const folded = card('FN:Jeffrey Lebowski', 'AGENT:BEGIN:VCARD', ' VERSION:3.0', ' FN:Walter Sobchak', ' END:VCARD', 'EMAIL:dude@example.com');
    expect((await contacts(folded)).map((c) => c.name)).toEqual(['Jeffrey Lebowski']);
    const inline = ['BEGIN:VCARD', 'VERSION:2.1', 'FN:Boss', 'AGENT:', 'BEGIN:VCARD', 'FN:Assistant', 'END:VCARD', 'TEL:+33 1 00 00 00 00', 'END:VCARD', ''].join('\n');
    expect(await contacts(inline)).toMatchObject([{ name: 'Boss', phones: ['+33 1 00 00 00 00'] }]);
  });

  it('names a card from FN, else N, else a nickname, else ORG, else the first email', async () => {
    const list = await contacts([
      card('N:Doe;John;Q.,Public;Mr.;III'),
      card('NICKNAME:Johnny,JJ'),
      card('ORG:ACME\\, Inc.;Sales'),
      card('EMAIL;TYPE=INTERNET:only@example.com'),
    ].join(''));
    expect(list.map((c) => c.name)).toEqual(['John Q. Public Doe III', 'Johnny', 'ACME, Inc.', 'only@example.com']);
  });

  it('splits tags on unescaped commas, over several CATEGORIES, without phone system groups', async () => {
    expect((await one(card('FN:A', 'CATEGORIES:work,Data\\, Cloud', 'CATEGORIES:WORK,My Contacts,golf'))).tags).toEqual(['work', 'Data, Cloud', 'golf']);
  });

  it('reads year-less birthdays in every form, and drops a day that does not exist', async () => {
    const days = ['BDAY:--0415', 'BDAY:--04-15', 'BDAY;X-APPLE-OMIT-YEAR=1604:1604-04-15', 'BDAY:16040415', 'BDAY;VALUE=date:1985-04-15',
      'BDAY:19850415T000000Z', 'BDAY:19723101', 'BDAY;VALUE=text:circa 1800', 'BDAY:value=1234'];
    const list = await contacts(days.map((d) => card('FN:A', d)).join(''));
    expect(list.map((c) => c.birthday)).toEqual(['--04-15', '--04-15', '--04-15', '--04-15', '1985-04-15', '1985-04-15', undefined, undefined, undefined]);
  });

  it('finds LinkedIn in X-SOCIALPROFILE, in a URL labelled LinkedIn, or in any linkedin.com/in/ URL', async () => {
    const list = await contacts([
      card('FN:A', 'X-SOCIALPROFILE;type=linkedin;x-user=anne-roy:x-apple:anne-roy'),
      card('FN:B', 'item1.URL:https://www.linkedin.com/pub/bruno', 'item1.X-ABLabel:LinkedIn'),
      card('FN:C', 'URL:https://www.example.com', 'URL:http\\://linkedin.com/in/claire?trk=x'),
      card('FN:D', 'URL:https://www.linkedin.com/company/acme', 'X-SOCIALPROFILE;type=twitter;x-user=d:x-apple:d'),
    ].join(''));
    expect(list.map((c) => c.linkedin)).toEqual([
      'https://www.linkedin.com/in/anne-roy', 'https://www.linkedin.com/pub/bruno', 'https://www.linkedin.com/in/claire', undefined,
    ]);
  });

  it('reads Maillon’s own properties: circles, interests, positions with dates, connection date', async () => {
    const c = await one(card('FN:Hélène', 'ORG:Acme', 'TITLE:CTO',
      'X-MAILLON-CIRCLES:former-colleague,online,nonsense', 'X-MAILLON-INTERESTS:climbing,jazz\\, bebop',
      'X-MAILLON-POSITION;START=2015-09-01;END=2019-12-31:Old Co\\; Partners;Engineer', 'X-MAILLON-POSITION;START=2020-01-06:Acme;CTO',
      'X-MAILLON-POSITION:School', 'X-MAILLON-CONNECTED:2024-03-12'));
    expect(c).toMatchObject({
      circles: ['former-colleague', 'online'], interests: ['climbing', 'jazz, bebop'], connectedOn: '2024-03-12',
      positions: [
        { organization: 'Old Co; Partners', title: 'Engineer', start: '2015-09-01', end: '2019-12-31' },
        { organization: 'Acme', title: 'CTO', start: '2020-01-06', end: null },
        { organization: 'School', title: null, start: null, end: null },
      ],
    });
  });

  it('rejects group and place cards, but not a 2.1 card that misuses KIND', async () => {
    const all = await items([
      ['BEGIN:VCARD', 'VERSION:4.0', 'KIND:group', 'FN:The Doe family', 'MEMBER:urn:uuid:1', 'END:VCARD'].join('\n'),
      card('FN:Friends', 'X-ADDRESSBOOKSERVER-KIND:group'),
      ['BEGIN:VCARD', 'VERSION:2.1', 'FN:Forrest Gump', 'KIND:LOCATION', 'END:VCARD', ''].join('\n'),
    ].join('\n'));
    expect(all.map((i) => (i.kind === 'contact' ? i.contact.name : `${i.rejection.code} ${String(i.rejection.data.kind)}`)))
      .toEqual(['vcard.not_person group', 'vcard.not_person group', 'Forrest Gump']);
  });

  it('keeps what it can of odd lines: folded params, empty params, # for =, a line without colon', async () => {
    const c = await one(card('FN:Ralf', 'TEL;TYPE=VOICE,M', '\tSG,WORK:+1-919-676-9515', 'NOPARAM;:x', 'EMAIL;TYPE#WORK;;:ralf@example.com', 'UNKNOWN1234', 'ORG:'));
    expect(c).toMatchObject({ name: 'Ralf', phones: ['+1-919-676-9515'], emails: ['ralf@example.com'] });
    expect(c.organization).toBeUndefined();
  });

  it('reads CR-only line ends and "END:VCARDBEGIN:VCARD" on one line', async () => {
    expect((await contacts('BEGIN:VCARD\rFN:Old Mac\rEND:VCARD\r')).map((c) => c.name)).toEqual(['Old Mac']);
    expect((await contacts('BEGIN:VCARD\nFN:A\nEND:VCARDBEGIN:VCARD\nFN:B\nEND:VCARD')).map((c) => [c.name, c.at.line])).toEqual([['A', 1], ['B', 3]]);
  });

  it('never gives U+FFFD for bytes invalid in the charset they claim', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('BEGIN:VCARD\nFN;CHARSET=UTF-8:Caf'), 0xe9, ...new TextEncoder().encode('\nORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=80=C3\nEND:VCARD\n')]);
    const c = await one(bytes);
    expect(c.name).toBe('Café');
    expect(JSON.stringify(c)).not.toContain('\ufffd');
  });

  it('skips a huge line without a break, and a card larger than 32 MB, and reads on', async () => {
    const junk = 'x'.repeat(20 << 20);
    const all = await items(`${card('FN:Before')}${junk}\n${card('FN:After')}`);
    expect(all.map((i) => (i.kind === 'contact' ? i.contact.name : i.rejection.code))).toEqual(['Before', 'vcard.outside_card', 'After']);
    const big = `BEGIN:VCARD\nFN:Big\n${`NOTE:${'y'.repeat(1 << 20)}\n`.repeat(40)}END:VCARD\n${card('FN:Small')}`;
    const more = await items(big);
    expect(more.map((i) => (i.kind === 'contact' ? i.contact.name : i.rejection.code))).toEqual(['vcard.too_long', 'Small']);
  });
});
