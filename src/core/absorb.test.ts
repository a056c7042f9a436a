import { describe, expect, it } from 'vitest';
import { absorb, personFrom } from './absorb.js';
import type { IncomingContact } from './incoming.js';

const at = { file: 'contacts.csv', row: 1, line: 2 };
const contact = (over: Partial<IncomingContact>): IncomingContact => ({ at, name: 'Hélène Durand', emails: [], phones: [], tags: [], ...over });

describe('what a contact adds to a person', () => {
  const known = personFrom(contact({
    emails: ['helene@acme.fr'], phones: ['+33 6 12 34 56 78'], tags: ['Salon'], circles: ['former-colleague'],
    organization: 'Acme', title: 'Ingénieure',
  }), 'p1', '2025-01-10', { jobChanges: false, circle: 'online' });

  it('fills a new person from the contact, with the default circle only when the file gives none', () => {
    expect(known).toMatchObject({
      emails: ['helene@acme.fr'], phones: ['+33 6 12 34 56 78'], tags: ['Salon'], circles: ['former-colleague'],
      positions: [{ organization: 'Acme', title: 'Ingénieure', start: null, end: null }],
    });
    expect(personFrom(contact({}), 'p2', '2025-01-10', { jobChanges: false, circle: 'online' }).circles).toEqual(['online']);
  });

  it('adds only what is new, and leaves the known person as it was', () => {
    const before = structuredClone(known);
    const r = absorb(known, contact({
      emails: ['HELENE@acme.fr', 'h.durand@globex.com'], phones: ['06 12 34 56 78', '+33 1 44 55 66 77'],
      tags: ['salon', 'Lyon'], circles: ['former-colleague', 'friend'],
    }), '2026-11-27', { jobChanges: true, country: 'FR' });
    expect(r.person.emails).toEqual(['helene@acme.fr', 'h.durand@globex.com']);
    expect(r.person.phones).toEqual(['+33 6 12 34 56 78', '+33 1 44 55 66 77']);
    expect(r.person.tags).toEqual(['Salon', 'Lyon']);
    expect(r.person.circles).toEqual(['former-colleague', 'friend']);
    expect(r.changes.sort()).toEqual(['circles', 'emails', 'phones', 'tags']);
    expect(known).toEqual(before);
  });

  it('turns a new organization into a job change that ends the old position, the known person untouched', () => {
    const before = structuredClone(known);
    const r = absorb(known, contact({ organization: 'Globex', title: 'Directrice' }), '2026-11-27', { jobChanges: true });
    expect(r.person.positions).toEqual([
      { organization: 'Acme', title: 'Ingénieure', start: null, end: '2026-11-27' },
      { organization: 'Globex', title: 'Directrice', start: '2026-11-27', end: null },
    ]);
    expect(r.jobChange?.to.organization).toBe('Globex');
    expect(r.changes).toEqual(['position']);
    expect(known).toEqual(before);
  });

  it('reports nothing when the contact says nothing new', () => {
    const r = absorb(known, contact({ emails: ['Helene@Acme.fr'], tags: ['SALON'], organization: 'acme' }), '2026-11-27', { jobChanges: true });
    expect(r.changes).toEqual([]);
    expect(r.jobChange).toBeNull();
  });
});
