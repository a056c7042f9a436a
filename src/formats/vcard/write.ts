/**
 * The vCard writer: 3.0 (RFC 2426, what Apple and Google read best) and 4.0 (RFC 6350).
 * Standard properties carry what other apps show; X-MAILLON-* properties carry what only
 * Maillon models (circles, interests, the position history, the connection date), so that
 * export then import gives back every field.
 */
import type { Person, Position } from '../../core/types.js';

export type VcardVersion = '3.0' | '4.0';

export interface VcardWriteOptions {
  version: VcardVersion;
  photo?: { mediaType: string; data: string };
}

/** One card, CRLF line ends, lines folded at 75 octets (never inside a UTF-8 sequence). */
export function writeVcard(person: Person, options: VcardWriteOptions): string {
  const v4 = options.version === '4.0';
  const lines = ['BEGIN:VCARD', `VERSION:${options.version}`, 'PRODID:-//Maillon//Maillon//EN'];
  // Ids are stable across export and import, so the UID is too: an app updates the card it has.
  lines.push(`UID:urn:maillon:${person.id}`, `FN:${escaped(person.name)}`);
  const { given, family } = nameParts(person.name);
  lines.push(`N:${escaped(family)};${escaped(given)};;;`);
  person.emails.forEach((email, i) => {
    lines.push(`EMAIL${v4 ? (i === 0 ? ';PREF=1' : '') : i === 0 ? ';TYPE=INTERNET,PREF' : ';TYPE=INTERNET'}:${escaped(email)}`);
  });
  person.phones.forEach((phone, i) => {
    lines.push(`TEL${i === 0 ? (v4 ? ';PREF=1' : ';TYPE=PREF') : ''}:${escaped(phone)}`);
  });
  const current = person.positions.find((p) => p.end === null);
  if (current) {
    lines.push(`ORG:${escaped(current.organization)}`);
    if (current.title) lines.push(`TITLE:${escaped(current.title)}`);
  }
  for (const position of person.positions) lines.push(positionLine(position));
  if (person.linkedin) lines.push(`URL:${person.linkedin}`, `X-SOCIALPROFILE;TYPE=linkedin:${person.linkedin}`);
  if (person.birthday) lines.push(birthdayLine(person.birthday, v4));
  // The whole place as the locality: Maillon keeps it as one text ("Lyon, France").
  if (person.location) lines.push(`ADR:;;;${escaped(person.location)};;;`);
  if (person.notes) lines.push(`NOTE:${escaped(person.notes)}`);
  if (person.tags.length > 0) lines.push(`CATEGORIES:${person.tags.map(escaped).join(',')}`);
  if (person.circles.length > 0) lines.push(`X-MAILLON-CIRCLES:${person.circles.join(',')}`);
  if (person.interests.length > 0) lines.push(`X-MAILLON-INTERESTS:${person.interests.map(escaped).join(',')}`);
  if (person.connectedOn) lines.push(`X-MAILLON-CONNECTED:${person.connectedOn}`);
  if (options.photo) lines.push(photoLine(options.photo, v4));
  lines.push('END:VCARD');
  return `${lines.map(folded).join('\r\n')}\r\n`;
}

/** RFC 6350 3.4 (and RFC 2426): backslash, comma and semicolon escaped, line breaks as \n. */
function escaped(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(/[\\,;]/g, '\\$&').replace(/\r\n|[\r\n]/g, '\\n');
}

const NEEDS_ESCAPE = /[\\,;\r\n]/;

function positionLine(p: Position): string {
  const params = `${p.start ? `;START=${p.start}` : ''}${p.end ? `;END=${p.end}` : ''}`;
  return `X-MAILLON-POSITION${params}:${escaped(p.organization)}${p.title ? `;${escaped(p.title)}` : ''}`;
}

/**
 * 4.0 writes a year-less birthday `--MMDD` (RFC 6350). 3.0 has no such form: Apple's
 * `X-APPLE-OMIT-YEAR=1604` on the year 1604 is what iOS, macOS and Google read back as
 * "no year", and any other app shows a plain date.
 */
function birthdayLine(birthday: string, v4: boolean): string {
  const monthDay = birthday.slice(-5);
  if (birthday.startsWith('--')) return v4 ? `BDAY:--${monthDay.replace('-', '')}` : `BDAY;X-APPLE-OMIT-YEAR=1604:1604-${monthDay}`;
  return v4 ? `BDAY:${birthday.replace(/-/g, '')}` : `BDAY:${birthday}`;
}

function photoLine(photo: { mediaType: string; data: string }, v4: boolean): string {
  if (v4) return `PHOTO:data:${photo.mediaType};base64,${photo.data}`;
  const type = (photo.mediaType.split('/')[1] ?? photo.mediaType).toUpperCase();
  return `PHOTO;ENCODING=b;TYPE=${type}:${photo.data}`;
}

// Words that start a family name: "Jean de La Fontaine" is Jean + "de La Fontaine".
const PARTICLES = new Set(['de', 'du', 'des', 'del', 'della', 'van', 'von', 'der', 'den', 'da', 'di', 'le', 'la', 'dos', 'das', 'do', 'ten', 'ter', 'zu']);

/** Given and family names for N, so that apps sort by family name; FN keeps the name as written. */
function nameParts(name: string): { given: string; family: string } {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return { given: name.trim(), family: '' };
  let i = words.length - 1;
  while (i > 1 && PARTICLES.has((words[i - 1] ?? '').toLowerCase())) i--;
  return { given: words.slice(0, i).join(' '), family: words.slice(i).join(' ') };
}

const LIMIT = 75;

/** Folds at 75 octets, counting UTF-8 bytes, between whole code points; continuations start with a space. */
function folded(line: string): string {
  // Up to 25 characters, even of 3 octets each, fit.
  if (line.length <= LIMIT / 3) return line;
  if (!/[\u0080-\uffff]/.test(line)) {
    // ASCII (a photo's base64 too): one octet per character.
    if (line.length <= LIMIT) return line;
    const parts = [line.slice(0, LIMIT)];
    for (let i = LIMIT; i < line.length; i += LIMIT - 1) parts.push(line.slice(i, i + LIMIT - 1));
    return parts.join('\r\n ');
  }
  const parts: string[] = [];
  let from = 0;
  let octets = 0;
  let max = LIMIT;
  for (let i = 0; i < line.length; ) {
    const code = line.codePointAt(i) ?? 0;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (octets + size > max) {
      parts.push(line.slice(from, i));
      from = i;
      octets = 0;
      max = LIMIT - 1;
    }
    octets += size;
    i += code > 0xffff ? 2 : 1;
  }
  parts.push(line.slice(from));
  return parts.join('\r\n ');
}
