import { describe, expect, it } from 'vitest';
import type { IncomingContact } from '../../core/incoming.js';
import { CIRCLES, type Person, type Position } from '../../core/types.js';
import { bytesSource } from '../decode.js';
import { readVcards } from './read.js';
import { writeVcard, type VcardVersion } from './write.js';

const VERSIONS: VcardVersion[] = ['4.0', '3.0'];

function person(over: Partial<Person> = {}): Person {
  return {
    id: 'P0000000001', name: 'Anne Roy', emails: [], phones: [], linkedin: null, location: null, birthday: null,
    interests: [], notes: null, circles: [], tags: [], positions: [], priority: null, every: null,
    metAtEventId: null, introducedById: null, createdOn: '2026-01-01', lastExchangeOn: null, connectedOn: null, ...over,
  };
}

async function readBack(text: string, keepPhotos = false): Promise<IncomingContact[]> {
  const out: IncomingContact[] = [];
  for await (const item of readVcards(bytesSource(new TextEncoder().encode(text)), { file: 'export.vcf', keepPhotos })) {
    if (item.kind === 'rejected') throw new Error(`rejected: ${item.rejection.code}`);
    out.push(item.contact);
  }
  return out;
}

/** What import keeps of a person: every field a vCard carries, as Person holds it. */
function modelled(c: IncomingContact | Person) {
  return {
    name: c.name, emails: c.emails, phones: c.phones, tags: c.tags,
    linkedin: c.linkedin ?? null, location: c.location ?? null, birthday: c.birthday ?? null, notes: c.notes ?? null,
    circles: c.circles ?? [], interests: c.interests ?? [], positions: c.positions ?? [], connectedOn: c.connectedOn ?? null,
  };
}

// A small seeded generator, so a failure always replays the same case.
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['Hélène', 'd’Almeida', 'Zoë', 'O\'Brien', 'Jean-Pierre', 'de La Fontaine', '李小龙', 'Ærøskøbing', 'Ñandú',
  'a,b', 'x;y', 'back\\slash', 'colon: yes', '"quoted"', '🚲', '👩🏽‍💻', 'R&D', 'tab\tin', 'émoji 🎉 fête', 'ÉCOLE'];

function generated(seed: number): Person {
  const r = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
  const words = (n: number) => Array.from({ length: 1 + Math.floor(r() * n) }, () => pick(PIECES)).join(' ');
  const day = () => `${String(1950 + Math.floor(r() * 70))}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
  const some = <T>(n: number, make: () => T): T[] => Array.from({ length: Math.floor(r() * (n + 1)) }, make);
  const positions: Position[] = some(3, () => ({ organization: words(3), title: r() < 0.3 ? null : words(4), start: r() < 0.3 ? null : day(), end: day() }));
  if (r() < 0.7) positions.push({ organization: words(2), title: r() < 0.2 ? null : words(3), start: r() < 0.5 ? null : day(), end: null });
  return person({
    id: `P${String(seed).padStart(10, '0')}`,
    name: words(4),
    emails: [...new Set(some(3, () => `${pick(['anne', 'zoé', 'x.y', 'li'])}${String(Math.floor(r() * 1000))}@example.org`))],
    phones: [...new Set(some(3, () => pick(['+33 6 12 34 56 78', '06.12.34.56.78', '+1 (212) 555-0100', '+49 30 1234567;ext=2'])))],
    linkedin: r() < 0.5 ? `https://www.linkedin.com/in/person-${String(seed)}` : null,
    location: r() < 0.5 ? words(3) : null,
    birthday: r() < 0.3 ? `--${pick(['02-29', '04-15', '12-31', '01-01'])}` : r() < 0.5 ? day() : null,
    interests: [...new Set(some(3, () => words(2)))],
    notes: r() < 0.6 ? Array.from({ length: 1 + Math.floor(r() * 4) }, () => words(8)).join(pick(['\n', '\n\n'])) : null,
    circles: [...new Set(some(3, () => pick(CIRCLES)))],
    tags: [...new Set(some(4, () => words(2)))],
    positions,
    connectedOn: r() < 0.5 ? day() : null,
  });
}

describe('writeVcard', () => {
  it.each(VERSIONS)('gives back every field Maillon models, in vCard %s, over 300 varied people', async (version) => {
    for (let seed = 1; seed <= 300; seed++) {
      const p = generated(seed);
      const [back] = await readBack(writeVcard(p, { version }));
      expect(back && modelled(back), `seed ${String(seed)}`).toEqual(modelled(p));
    }
  });

  it.each(VERSIONS)('writes CRLF lines of at most 75 octets, each valid UTF-8 on its own (%s)', (version) => {
    const utf8 = new TextDecoder('utf-8', { fatal: true });
    for (let seed = 1; seed <= 100; seed++) {
      const bytes = new TextEncoder().encode(writeVcard(generated(seed), { version }));
      const text = new TextDecoder().decode(bytes);
      expect(text.endsWith('END:VCARD\r\n')).toBe(true);
      expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      let start = 0;
      for (let i = 0; i < bytes.length - 1; i++) {
        if (bytes[i] !== 13 || bytes[i + 1] !== 10) continue;
        const line = bytes.subarray(start, i);
        expect(line.length).toBeLessThanOrEqual(75);
        expect(() => utf8.decode(line)).not.toThrow();
        start = i + 2;
      }
    }
  });

  it('writes the standard properties other apps read, and Maillon’s own beside them', () => {
    const p = person({
      name: 'Jean de La Fontaine', emails: ['jean@fables.fr', 'jdlf@example.org'], phones: ['+33 1 23 45 67 89'],
      linkedin: 'https://www.linkedin.com/in/jdlf', location: 'Château-Thierry, France', birthday: '--07-08',
      notes: 'Le corbeau; le renard, etc.', circles: ['friend'], tags: ['fables'], interests: ['animaux'],
      positions: [{ organization: 'Académie française', title: 'Fauteuil 24', start: '1684-04-24', end: null }],
      connectedOn: '2024-03-12',
    });
    const v4 = writeVcard(p, { version: '4.0' }).split('\r\n');
    expect(v4).toEqual(expect.arrayContaining([
      'BEGIN:VCARD', 'VERSION:4.0', 'UID:urn:maillon:P0000000001', 'FN:Jean de La Fontaine', 'N:de La Fontaine;Jean;;;',
      'EMAIL;PREF=1:jean@fables.fr', 'EMAIL:jdlf@example.org', 'TEL;PREF=1:+33 1 23 45 67 89',
      'ORG:Académie française', 'TITLE:Fauteuil 24', 'X-MAILLON-POSITION;START=1684-04-24:Académie française;Fauteuil 24',
      'URL:https://www.linkedin.com/in/jdlf', 'X-SOCIALPROFILE;TYPE=linkedin:https://www.linkedin.com/in/jdlf',
      'BDAY:--0708', 'ADR:;;;Château-Thierry\\, France;;;', 'NOTE:Le corbeau\\; le renard\\, etc.',
      'CATEGORIES:fables', 'X-MAILLON-CIRCLES:friend', 'X-MAILLON-INTERESTS:animaux', 'X-MAILLON-CONNECTED:2024-03-12', 'END:VCARD',
    ]));
    const v3 = writeVcard(p, { version: '3.0' }).split('\r\n');
    expect(v3).toEqual(expect.arrayContaining(['VERSION:3.0', 'EMAIL;TYPE=INTERNET,PREF:jean@fables.fr', 'BDAY;X-APPLE-OMIT-YEAR=1604:1604-07-08']));
    expect(writeVcard(person({ birthday: '1985-04-15' }), { version: '4.0' })).toContain('\r\nBDAY:19850415\r\n');
    expect(writeVcard(person({ birthday: '1985-04-15' }), { version: '3.0' })).toContain('\r\nBDAY:1985-04-15\r\n');
  });

  it('writes ORG and TITLE only for a current position', () => {
    const past = writeVcard(person({ positions: [{ organization: 'Old', title: 'Dev', start: null, end: '2020-01-01' }] }), { version: '4.0' });
    expect(past).not.toMatch(/\r\nORG:/);
    expect(past).toContain('X-MAILLON-POSITION;END=2020-01-01:Old;Dev');
  });

  it.each(VERSIONS)('writes a photo that reads back with its media type (%s)', async (version) => {
    const data = `/9j/${'A'.repeat(300)}`;
    const text = writeVcard(person(), { version, photo: { mediaType: 'image/jpeg', data } });
    expect(text).toContain(version === '4.0' ? 'PHOTO:data:image/jpeg;base64,/9j/' : 'PHOTO;ENCODING=b;TYPE=JPEG:/9j/');
    expect((await readBack(text, true))[0]?.photo).toEqual({ mediaType: 'image/jpeg', data });
    expect((await readBack(text, false))[0]?.photo).toBeUndefined();
  });

  it('reads back many cards written one after the other', async () => {
    const people = Array.from({ length: 50 }, (_, i) => generated(1000 + i));
    const back = await readBack(people.map((p) => writeVcard(p, { version: '3.0' })).join(''));
    expect(back.map((c) => c.name)).toEqual(people.map((p) => p.name));
    expect(back.map((c) => c.at.card)).toEqual(people.map((_, i) => i + 1));
  });
});
