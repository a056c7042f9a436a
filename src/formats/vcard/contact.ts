/** One card's properties to a contact, or to the reason it cannot be one. */
import type { IncomingContact, ReadItem, SourcePlace } from '../../core/incoming.js';
import { CIRCLES, type Circle, type Position } from '../../core/types.js';
import { parseLinkedIn } from '../../core/validate.js';
import { photoOf } from './photo.js';
import { paramsOf, textOf, type Decoding, type Property } from './property.js';
import { birthdayOf, componentsOf, dayOf, listOf, multiLine, namesOf, oneLine, unescapeText } from './values.js';

/** The properties Maillon reads; the line reader skips the others without joining their lines. */
export const READ_PROPERTIES: ReadonlySet<string> = new Set([
  'FN', 'N', 'NICKNAME', 'ORG', 'TITLE', 'EMAIL', 'TEL', 'URL', 'X-SOCIALPROFILE', 'X-LINKEDIN', 'BDAY', 'ADR',
  'NOTE', 'CATEGORIES', 'VERSION', 'KIND', 'X-ADDRESSBOOKSERVER-KIND', 'X-ABLABEL',
  'X-MAILLON-CIRCLES', 'X-MAILLON-INTERESTS', 'X-MAILLON-POSITION', 'X-MAILLON-CONNECTED',
]);

/** Groups phones add to every contact: not tags anyone chose. */
const SYSTEM_CATEGORIES = new Set(['my contacts', 'mycontacts', 'starred in android', 'starred']);
const NOT_PEOPLE = new Set(['group', 'location']);

interface Ranked { value: string; rank: number; order: number }

// These params are looked up by pattern, not by parsing every param: they are asked for most
// lines of Maillon's own exports, and of phones'.
const PREF_NUMBER = /(?:^|;)\s*PREF\s*=\s*"?(\d{1,3})/i;
const PREF_TYPE = /(?:^|[;,=])\s*PREF\s*(?:[;,"]|$)/i;
const LINKEDIN_TYPE = /(?:^|[;,=])\s*"?linkedin"?\s*(?:[;,]|$)/i;
const START = /(?:^|;)\s*START\s*=\s*"?(\d{4}-\d{2}-\d{2})/i;
const END = /(?:^|;)\s*END\s*=\s*"?(\d{4}-\d{2}-\d{2})/i;

/** Preference: PREF=1..100 (4.0), TYPE=PREF (2.1, 3.0), else after every preferred value. */
function rankOf(p: Property): number {
  if (p.paramText === '') return 101;
  const pref = Number(PREF_NUMBER.exec(p.paramText)?.[1]);
  if (pref >= 1 && pref <= 100) return pref;
  return PREF_TYPE.test(p.paramText) ? 1 : 101;
}

function ordered(values: Ranked[], key: (v: string) => string): string[] {
  if (values.length < 2) return values.map((v) => v.value);
  const seen = new Set<string>();
  return [...values].sort((a, b) => a.rank - b.rank || a.order - b.order).map((v) => v.value).filter((v) => {
    const k = key(v);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The card, read property by property. */
class Card {
  fn?: Ranked;
  n?: string[];
  nickname?: string;
  organization?: string;
  title?: string;
  readonly emails: Ranked[] = [];
  readonly phones: Ranked[] = [];
  linkedin?: Ranked;
  birthday?: string;
  location?: Ranked;
  readonly notes: string[] = [];
  readonly tags: string[] = [];
  circles?: Circle[];
  interests?: string[];
  readonly positions: Position[] = [];
  connectedOn?: string;
  photo?: { mediaType: string; data: string };
  version?: string;
  /** KIND (4.0), or Apple's X-ADDRESSBOOKSERVER-KIND (3.0): a person's card, a group's, a place's... */
  kind?: string;
  appleKind?: string;
  order = 0;
}

export interface CardInput {
  properties: readonly Property[];
  at: SourcePlace;
  decoding: Decoding;
  keepPhotos: boolean;
}

export function contactOf(input: CardInput): ReadItem {
  const card = new Card();
  const labels = new Map<string, string>();
  for (const p of input.properties) {
    if (p.name === 'X-ABLABEL' && p.group !== '') labels.set(p.group, textOf(p, input.decoding).toLowerCase());
  }
  for (const p of input.properties) {
    card.order++;
    if (p.name === 'PHOTO') {
      if (input.keepPhotos && !card.photo) card.photo = photoOf(p);
      continue;
    }
    READERS.get(p.name)?.(card, p, textOf(p, input.decoding), p.group === '' ? '' : labels.get(p.group) ?? '');
  }
  const { at } = input;
  // KIND is 4.0's: a 2.1 card saying KIND:LOCATION (vCardLib's sample) is a person all the same.
  const kind = card.appleKind ?? (card.version === '2.1' || card.version === '3.0' ? undefined : card.kind);
  if (kind && NOT_PEOPLE.has(kind)) return rejected(at, 'vcard.not_person', { kind });
  const contact = build(card, at);
  if (!contact) return rejected(at, 'vcard.no_name', { sample: sampleOf(card) });
  return { kind: 'contact', contact };
}

function rejected(at: SourcePlace, code: string, data: Record<string, string>): ReadItem {
  return { kind: 'rejected', rejection: { at, code, data } };
}

type Reader = (card: Card, p: Property, text: string, label: string) => void;

/** How each property read adds to the card; a map, as this runs for every line of the file. */
const READERS = new Map<string, Reader>([
  ['FN', (card, p, text) => {
    const rank = rankOf(p);
    if (card.fn && card.fn.rank <= rank) return;
    const value = oneLine(unescapeText(text));
    if (value) card.fn = { value, rank, order: card.order };
  }],
  ['N', (card, _p, text) => { card.n ??= namesOf(text); }],
  ['NICKNAME', (card, _p, text) => { card.nickname ??= listOf(text)[0]; }],
  ['ORG', (card, _p, text) => { card.organization ??= componentsOf(text)[0] || undefined; }],
  ['TITLE', (card, _p, text) => { card.title ??= oneLine(unescapeText(text)) || undefined; }],
  ['EMAIL', (card, p, text) => {
    const email = emailOf(unescapeText(text));
    if (email) card.emails.push({ value: email, rank: rankOf(p), order: card.order });
  }],
  ['TEL', (card, p, text) => {
    const phone = phoneOf(unescapeText(text));
    if (phone) card.phones.push({ value: phone, rank: rankOf(p), order: card.order });
  }],
  ['URL', readLinkedin],
  ['X-SOCIALPROFILE', readLinkedin],
  ['X-LINKEDIN', readLinkedin],
  ['BDAY', (card, p, text) => { card.birthday ??= birthdayOf(unescapeText(text), /X-APPLE-OMIT-YEAR/i.test(p.paramText)); }],
  ['ADR', (card, p, text) => {
    const rank = rankOf(p);
    if (card.location && card.location.rank <= rank) return;
    const parts = componentsOf(text);
    const place = [parts[3], parts[4], parts[6]].filter((x) => x).join(', ');
    if (place) card.location = { value: place, rank, order: card.order };
  }],
  ['NOTE', (card, _p, text) => {
    const note = multiLine(unescapeText(text));
    if (note) card.notes.push(note);
  }],
  ['CATEGORIES', (card, _p, text) => { card.tags.push(...listOf(text).filter((t) => !SYSTEM_CATEGORIES.has(t.toLowerCase()))); }],
  ['VERSION', (card, _p, text) => { card.version ??= text.trim(); }],
  ['KIND', (card, _p, text) => { card.kind ??= text.trim().toLowerCase(); }],
  ['X-ADDRESSBOOKSERVER-KIND', (card, _p, text) => { card.appleKind ??= text.trim().toLowerCase(); }],
  ['X-MAILLON-CIRCLES', (card, _p, text) => {
    card.circles = [...(card.circles ?? []), ...listOf(text).filter((c): c is Circle => (CIRCLES as readonly string[]).includes(c))];
  }],
  ['X-MAILLON-INTERESTS', (card, _p, text) => { card.interests = [...(card.interests ?? []), ...listOf(text)]; }],
  ['X-MAILLON-POSITION', (card, p, text) => {
    const [organization, title] = componentsOf(text);
    if (!organization) return;
    const start = START.exec(p.paramText)?.[1];
    const end = END.exec(p.paramText)?.[1];
    card.positions.push({ organization, title: title || null, start: (start && dayOf(start)) ?? null, end: (end && dayOf(end)) ?? null });
  }],
  ['X-MAILLON-CONNECTED', (card, _p, text) => { card.connectedOn ??= dayOf(text); }],
]);

/** Apple: X-SOCIALPROFILE;type=linkedin;x-user=NAME, or item1.URL with X-ABLabel LinkedIn. */
function readLinkedin(card: Card, p: Property, text: string, label: string): void {
  const rank = rankOf(p);
  if (card.linkedin && card.linkedin.rank <= rank) return;
  const typed = p.name === 'X-LINKEDIN' || LINKEDIN_TYPE.test(p.paramText) || label.includes('linkedin');
  const url = linkedinOf(unescapeText(text).trim(), p.name !== 'URL' || typed, typed ? paramsOf(p).get('X-USER')?.[0] : undefined);
  if (url) card.linkedin = { value: url, rank, order: card.order };
}

/** Words of the display name from N: given, additional, family, then suffix ("III", "Jr."); not the prefix. */
function nameFromN(n: readonly string[]): string {
  const [family, given, additional, , suffix] = n;
  return [given, additional, family, suffix].filter((x) => x).join(' ');
}

function build(card: Card, at: SourcePlace): IncomingContact | undefined {
  const emails = ordered(card.emails, (e) => e.toLowerCase());
  const n = card.n ?? [];
  const name = card.fn?.value || nameFromN(n) || card.nickname || card.organization || emails[0];
  if (!name) return undefined;
  const contact: IncomingContact = { at, name, emails, phones: ordered(card.phones, (p) => p.replace(/[^\d+]/g, '')), tags: unique(card.tags) };
  // One assignment per field, not a loop over entries: this runs for every card of a 200 MB file.
  if (n[1]) contact.givenName = n[1];
  if (n[0]) contact.familyName = n[0];
  if (card.linkedin) contact.linkedin = card.linkedin.value;
  if (card.organization) contact.organization = card.organization;
  if (card.title) contact.title = card.title;
  if (card.connectedOn) contact.connectedOn = card.connectedOn;
  if (card.birthday) contact.birthday = card.birthday;
  if (card.location) contact.location = card.location.value;
  if (card.notes.length > 0) contact.notes = card.notes.join('\n\n');
  if (card.circles) contact.circles = card.circles;
  if (card.interests) contact.interests = card.interests;
  if (card.positions.length > 0) contact.positions = card.positions;
  if (card.photo) contact.photo = card.photo;
  return contact;
}

function unique(values: string[]): string[] {
  if (values.length < 2) return values;
  const seen = new Set<string>();
  return values.filter((v) => !seen.has(v.toLowerCase()) && seen.add(v.toLowerCase()));
}

/** What a nameless card holds, so the user can find it: a phone, a note... */
function sampleOf(card: Card): string {
  const text = card.phones[0]?.value ?? card.notes[0] ?? card.title ?? '';
  const chars = Array.from(oneLine(text));
  return chars.length > 40 ? `${chars.slice(0, 39).join('')}…` : chars.join('');
}

function emailOf(text: string): string | undefined {
  // "EMAIL:a@b.c;" (a trailing ';' some 2.1 writers leave), "mailto:a@b.c".
  let email = text.trim().replace(/^mailto:/i, '');
  // A loop, not /;+$/: that regex backtracks quadratically on a long run of ';' inside.
  let end = email.length;
  while (end > 0 && email.charCodeAt(end - 1) === 59) end--;
  email = email.slice(0, end).trim();
  return email.includes('@') && !/\s/.test(email) ? email : undefined;
}

function phoneOf(text: string): string | undefined {
  let phone = text.replace(/\u00a0/g, ' ').trim();
  if (/^tel:/i.test(phone)) {
    // tel:+1-418-656-9254;ext=102
    const [number = '', ...params] = phone.slice(4).split(';');
    const ext = params.find((x) => /^ext=/i.test(x))?.slice(4);
    phone = ext ? `${number} ext. ${ext}` : number;
  }
  phone = oneLine(phone);
  return /\d/.test(phone) ? phone : undefined;
}

const CANONICAL = /^https:\/\/www\.linkedin\.com(\/in\/[A-Za-z0-9_-]+)\/?$/;

/**
 * A LinkedIn profile in canonical form. A plain URL counts only when it is a profile (/in/, /pub/),
 * a social profile whatever its path; Apple may give the handle in x-user only.
 */
function linkedinOf(value: string, social: boolean, user: string | undefined): string | undefined {
  const candidates = [value];
  if (user && social) candidates.push(`https://www.linkedin.com/in/${user}`);
  for (const candidate of candidates) {
    if (!/linkedin\.com\//i.test(candidate) || (!social && !/linkedin\.com\/(?:in|pub)\//i.test(candidate))) continue;
    // Most are already canonical (Maillon's own exports): no need to build a URL.
    const plain = CANONICAL.exec(candidate)?.[1];
    if (plain) return `https://www.linkedin.com${plain}`;
    try {
      return parseLinkedIn(candidate.replace(/^x-apple:/i, ''));
    } catch {
      // not a URL: try the next form
    }
  }
  return undefined;
}
