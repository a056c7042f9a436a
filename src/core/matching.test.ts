import { describe, expect, it } from 'vitest';
import { compareIdentities, IdentityIndex, nameSimilarity, normalizeEmail, normalizeLinkedin, normalizePhone, type Identity } from './matching.js';
import { mergeNote, mergePeople } from './matching.merge.js';
import type { Person } from './types.js';

const who = (name: string, more: Partial<Identity> = {}): Identity => ({ name, emails: [], phones: [], organizations: [], ...more });

describe('normalizeEmail', () => {
  it('trims and lower-cases an address, and drops mailto: and angle brackets', () => {
    expect(normalizeEmail('  Jean.Martin@Example.FR ')).toBe('jean.martin@example.fr');
    expect(normalizeEmail('mailto:jm@acme.com')).toBe('jm@acme.com');
    expect(normalizeEmail('<jm@acme.com>')).toBe('jm@acme.com');
  });

  it('refuses what is not an address', () => {
    for (const bad of ['', 'jean', 'jean@', '@acme.com', 'jean martin@acme.com', 'jean@acme', 'jean@acme.']) expect(normalizeEmail(bad)).toBeNull();
  });
});

describe('normalizePhone', () => {
  it('writes a number with its own +prefix in E.164', () => {
    expect(normalizePhone('+33 6 12 34 56 78')).toBe('+33612345678');
    expect(normalizePhone('+33 (0)6 12-34-56-78')).toBe('+33612345678');
    expect(normalizePhone('+1 (415) 555-2671')).toBe('+14155552671');
    expect(normalizePhone('tel:+44 20 7946 0958')).toBe('+442079460958');
  });

  it('reads a national number with the default country', () => {
    expect(normalizePhone('06 12 34 56 78', 'FR')).toBe('+33612345678');
    expect(normalizePhone('06.12.34.56.78', 'fr')).toBe('+33612345678');
    expect(normalizePhone('0033 6 12 34 56 78')).toBe('+33612345678');
  });

  it('keeps the digits when the country is unknown, with a leading + when written', () => {
    expect(normalizePhone('06 12 34 56 78')).toBe('0612345678');
    expect(normalizePhone('06 12 34 56 78', 'XX')).toBe('0612345678');
    expect(normalizePhone('+999 123 4567')).toBe('+9991234567');
  });

  it('refuses fewer than six digits', () => {
    expect(normalizePhone('12 34 5')).toBeNull();
    expect(normalizePhone('n/a')).toBeNull();
  });
});

describe('normalizeLinkedin', () => {
  it('gives one canonical form for the ways a profile URL is written', () => {
    const canonical = 'linkedin.com/in/jean-martin';
    for (const url of [
      'https://www.linkedin.com/in/jean-martin/', 'http://linkedin.com/in/Jean-Martin', 'linkedin.com/in/jean-martin?trk=public_profile',
      'https://fr.linkedin.com/in/jean-martin/fr', 'www.linkedin.com/in/jean-martin#about', ' HTTPS://WWW.LINKEDIN.COM/IN/JEAN-MARTIN ',
    ]) expect(normalizeLinkedin(url), url).toBe(canonical);
  });

  it('decodes percent-encoded slugs', () => {
    expect(normalizeLinkedin('https://www.linkedin.com/in/h%C3%A9l%C3%A8ne-dupont')).toBe('linkedin.com/in/hélène-dupont');
    expect(normalizeLinkedin('linkedin.com/in/hélène-dupont/')).toBe('linkedin.com/in/hélène-dupont');
  });

  it('refuses what is not a LinkedIn profile', () => {
    for (const bad of ['', 'jean-martin', 'https://example.com/in/jean', 'https://www.linkedin.com/company/acme', 'https://www.linkedin.com/', 'https://notlinkedin.com/in/x']) {
      expect(normalizeLinkedin(bad), bad).toBeNull();
    }
  });
});

describe('nameSimilarity', () => {
  it('ignores accents, case, hyphens, word order and particles', () => {
    expect(nameSimilarity('Hélène Dupont', 'HELENE DUPONT')).toBe(1);
    expect(nameSimilarity('Jean-Pierre Martin', 'Jean Pierre Martin')).toBe(1);
    expect(nameSimilarity('Martin Jean', 'Jean Martin')).toBe(1);
    expect(nameSimilarity('Jean de la Fontaine', 'Jean Fontaine')).toBe(1);
    expect(nameSimilarity('Jean de la Fontaine', 'Jean Delafontaine')).toBe(1);
    expect(nameSimilarity("Paulo d'Almeida", 'Paulo Almeida')).toBe(1);
    expect(nameSimilarity("Paulo d’Almeida", 'Paulo Dalmeida')).toBe(1);
    expect(nameSimilarity('Anke van den Berg', 'Anke Berg')).toBe(1);
    expect(nameSimilarity("Sean O'Brien", 'Sean OBrien')).toBe(1);
    expect(nameSimilarity('Dr Jean Martin', 'Jean Martin (Acme)')).toBe(1);
  });

  it('finds an initial close to the name it starts', () => {
    expect(nameSimilarity('J. Martin', 'Jean Martin')).toBeGreaterThanOrEqual(0.85);
    expect(nameSimilarity('J. Martin', 'Jean Martin')).toBeLessThan(1);
    expect(nameSimilarity('J.-P. Martin', 'Jean-Pierre Martin')).toBeGreaterThanOrEqual(0.8);
  });

  it('tells different people apart', () => {
    expect(nameSimilarity('Jean Martin', 'Paul Martin')).toBeLessThanOrEqual(0.5);
    expect(nameSimilarity('Jean Martin', 'Jeanne Martin')).toBeLessThanOrEqual(0.5);
    expect(nameSimilarity('Léa Martin', 'Léo Martin')).toBeLessThanOrEqual(0.5);
    expect(nameSimilarity('Jean Martin', 'Sophie Durand')).toBe(0);
  });

  it('doubts a name that has words the other lacks', () => {
    const middle = nameSimilarity('Marie Claire Dupont', 'Marie Dupont');
    expect(middle).toBeGreaterThanOrEqual(0.8);
    expect(middle).toBeLessThan(1);
    expect(nameSimilarity('Martin', 'Jean Martin')).toBeLessThan(0.8);
  });

  it('forgives one typo in a long word only', () => {
    expect(nameSimilarity('Guillaume Martin', 'Guillaumme Martin')).toBeGreaterThanOrEqual(0.9);
  });
});

describe('compareIdentities', () => {
  it('takes a shared email as the same person', () => {
    const c = compareIdentities(who('Jean Martin', { emails: ['jean@acme.com'] }), who('J. Martin', { emails: ['JEAN@acme.com '] }));
    expect(c.decision).toBe('same');
    expect(c.confidence).toBeGreaterThanOrEqual(0.9);
    expect(c.evidence).toContainEqual({ kind: 'email', value: 'jean@acme.com' });
  });

  it('takes a shared LinkedIn profile as the same person, however the URL is written', () => {
    const c = compareIdentities(who('Jean Martin', { linkedin: 'https://www.linkedin.com/in/jmartin/' }), who('Jean-Marc Martin', { linkedin: 'linkedin.com/in/JMartin?trk=x' }));
    expect(c).toMatchObject({ decision: 'same' });
    expect(c.evidence).toContainEqual({ kind: 'linkedin', value: 'linkedin.com/in/jmartin' });
  });

  it('keeps apart two people with different LinkedIn profiles, even with a shared email', () => {
    const c = compareIdentities(
      who('Jean Martin', { emails: ['famille.martin@gmail.com'], linkedin: 'linkedin.com/in/jean-martin-1' }),
      who('Jean Martin', { emails: ['famille.martin@gmail.com'], linkedin: 'linkedin.com/in/jean-martin-2' }),
    );
    expect(c.decision).toBe('different');
    expect(c.evidence).toContainEqual({ kind: 'conflict', field: 'linkedin' });
  });

  it('doubts a shared email when the names have nothing in common', () => {
    const c = compareIdentities(who('Maman', { emails: ['marie@free.fr'] }), who('Marie Dupont', { emails: ['marie@free.fr'] }));
    expect(c.decision).toBe('maybe');
    expect(c.evidence).toContainEqual({ kind: 'conflict', field: 'name' });
  });

  it('takes a shared phone as the same person when the names agree, whatever the format', () => {
    const c = compareIdentities(who('Jean Martin', { phones: ['06 12 34 56 78'] }), who('Jean Martin', { phones: ['+33 6 12 34 56 78'] }));
    expect(c.decision).toBe('same');
    expect(c.evidence).toContainEqual({ kind: 'phone', value: '0612345678' });
    expect(compareIdentities(who('J. Martin', { phones: ['06 12 34 56 78'] }), who('Jean Martin', { phones: ['0612345678'] }), 'FR').decision).toBe('same');
  });

  it('only suspects a shared phone when the names differ (a family landline)', () => {
    const c = compareIdentities(who('Paul Dupont', { phones: ['01 44 55 66 77'] }), who('Marie Dupont', { phones: ['+33 1 44 55 66 77'] }));
    expect(c.decision).toBe('maybe');
  });

  it('never takes a name alone as proof', () => {
    const c = compareIdentities(who('Jean Martin', { emails: ['jean@acme.com'] }), who('Jean Martin', { phones: ['+33 6 12 34 56 78'] }));
    expect(c.decision).toBe('maybe');
  });

  it('takes an equal name at the same organization as the same person', () => {
    const c = compareIdentities(who('Jean Martin', { organizations: ['Acme SAS'] }), who('Jean Martin', { organizations: ['ACME'], emails: ['jm@acme.com'] }));
    expect(c.decision).toBe('same');
    expect(c.evidence).toContainEqual({ kind: 'organization', value: 'Acme SAS' });
    expect(compareIdentities(who('J. Martin', { organizations: ['Acme'] }), who('Jean Martin', { organizations: ['Acme'] })).decision).toBe('same');
  });

  it('only suspects an equal name at the same organization when both sides carry identifiers that cannot be checked against each other', () => {
    const c = compareIdentities(
      who('Jean Martin', { linkedin: 'linkedin.com/in/jm', organizations: ['Acme'] }),
      who('Jean Martin', { emails: ['jean.martin2@acme.com'], organizations: ['Acme'] }),
    );
    expect(c.decision).toBe('maybe');
  });

  it('takes the same name-only card twice as one person', () => {
    expect(compareIdentities(who('Jean Martin'), who('jean martin')).decision).toBe('same');
    expect(compareIdentities(who('J. Martin'), who('Jean Martin')).decision).toBe('maybe');
  });

  it('keeps apart two people who share a name but not their emails and organizations', () => {
    const c = compareIdentities(
      who('Jean Martin', { emails: ['jean@acme.com'], organizations: ['Acme'] }),
      who('Jean Martin', { emails: ['jean@globex.com'], organizations: ['Globex'] }),
    );
    expect(c.decision).toBe('different');
    expect(c.evidence).toEqual(expect.arrayContaining([{ kind: 'conflict', field: 'email' }, { kind: 'conflict', field: 'organization' }]));
  });

  it('doubts homonyms at the same organization with different emails', () => {
    const c = compareIdentities(
      who('Jean Martin', { emails: ['jean.martin@acme.com'], organizations: ['Acme'] }),
      who('Jean Martin', { emails: ['jean.martin2@acme.com'], organizations: ['Acme'] }),
    );
    expect(c.decision).toBe('maybe');
  });

  it('only suspects similar names without corroboration', () => {
    expect(compareIdentities(who("Paulo d'Almeida", { emails: ['p@a.com'] }), who('Paulo Dalmeida')).decision).toBe('maybe');
    expect(compareIdentities(who('Marie Claire Dupont'), who('Marie Dupont', { phones: ['0612345678'] })).decision).toBe('maybe');
  });

  it('finds nothing in common between different people', () => {
    expect(compareIdentities(who('Jean Martin'), who('Paul Durand')).decision).toBe('different');
    expect(compareIdentities(who('Jean Martin'), who('Paul Martin')).decision).toBe('different');
  });

  it('orders confidences: same above maybe above different', () => {
    const same = compareIdentities(who('Jean Martin', { emails: ['j@a.com'] }), who('Jean Martin', { emails: ['j@a.com'] }));
    const maybe = compareIdentities(who('Jean Martin', { emails: ['j@a.com'] }), who('Jean Martin'));
    const different = compareIdentities(who('Jean Martin'), who('Paul Durand'));
    expect(same.confidence).toBeGreaterThan(maybe.confidence);
    expect(maybe.confidence).toBeGreaterThan(different.confidence);
    for (const c of [same, maybe, different]) expect(c.confidence).toBeGreaterThanOrEqual(0);
  });
});

describe('IdentityIndex', () => {
  const index = new IdentityIndex('FR');
  index.add('a', who('Jean Martin', { emails: ['jean@acme.com'], phones: ['06 12 34 56 78'], organizations: ['Acme'] }));
  index.add('b', who('Hélène de la Tour', { linkedin: 'linkedin.com/in/helene-dlt' }));
  index.add('c', who('Jean Martin', { linkedin: 'linkedin.com/in/jean-martin-42', organizations: ['Globex'], emails: ['jm@globex.com'] }));
  index.add('d', who('Paul Durand'));

  it('finds people by email, phone, LinkedIn and name', () => {
    expect(index.find(who('X', { emails: ['JEAN@acme.com'] })).map((m) => m.id)).toEqual(['a']);
    expect(index.find(who('Jean Martin', { phones: ['+33612345678'] }))[0]).toMatchObject({ id: 'a', comparison: { decision: 'same' } });
    expect(index.find(who('Helene Delatour', { linkedin: 'https://fr.linkedin.com/in/helene-dlt/' }))[0]?.id).toBe('b');
    expect(index.find(who('J. Martin', { organizations: ['Globex'] })).map((m) => m.id)).toContain('c');
    expect(index.find(who('Martin Jean')).map((m) => m.id).sort()).toEqual(['a', 'c']);
  });

  it('never returns a different person', () => {
    expect(index.find(who('Paul Martin'))).toEqual([]);
    expect(index.find(who('Jean Martin', { linkedin: 'linkedin.com/in/someone-else', emails: ['x@y.com'], organizations: ['Initech'] })).map((m) => m.id)).not.toContain('c');
  });

  it('ranks the best candidate first', () => {
    const found = index.find(who('Jean Martin', { emails: ['jm@globex.com'] }));
    expect(found[0]?.id).toBe('c');
    expect(found[0]?.comparison.confidence).toBeGreaterThan(found[1]?.comparison.confidence ?? 0);
  });

  it('forgets a removed person and re-indexes a re-added one', () => {
    const i = new IdentityIndex();
    i.add('x', who('Zoé Blanc', { emails: ['zoe@blanc.fr'] }));
    i.remove('x');
    expect(i.find(who('Zoé Blanc', { emails: ['zoe@blanc.fr'] }))).toEqual([]);
    i.add('x', who('Zoé Blanc', { emails: ['zoe@blanc.fr'] }));
    i.add('x', who('Zoé Blanc', { emails: ['zoe@new.fr'] }));
    expect(i.find(who('?', { emails: ['zoe@blanc.fr'] }))).toEqual([]);
    expect(i.find(who('?', { emails: ['zoe@new.fr'] }))).toHaveLength(1);
  });

  it('looks for the namesakes of a LinkedIn contact among people without a profile, and finds them again once they lose it', () => {
    const i = new IdentityIndex();
    i.add('card', who('Claire Martin', { organizations: ['Acme'] }));
    i.add('other', who('Claire Martin', { linkedin: 'linkedin.com/in/claire-martin-2', organizations: ['Acme'] }));
    const found = i.find(who('Claire Martin', { linkedin: 'linkedin.com/in/claire-martin', organizations: ['Acme'] }));
    expect(found.map((m) => `${m.id}:${m.comparison.decision}`)).toEqual(['card:same']);
    // Without a profile, the query meets both; a re-filed person is found under their new identity.
    expect(i.find(who('Claire Martin', { organizations: ['Acme'] })).map((m) => m.id).sort()).toEqual(['card', 'other']);
    i.add('card', who('Claire Martin', { linkedin: 'linkedin.com/in/claire-m', organizations: ['Acme'] }));
    expect(i.find(who('Claire Martin', { linkedin: 'linkedin.com/in/claire-martin' }))).toEqual([]);
    i.add('other', who('Claire Martin', { organizations: ['Acme'] }));
    expect(i.find(who('Claire Martin', { linkedin: 'linkedin.com/in/claire-martin', organizations: ['Acme'] })).map((m) => m.id)).toEqual(['other']);
  });

  it('lists each likely pair once', () => {
    const i = new IdentityIndex();
    i.add('1', who('Jean Martin', { emails: ['j@a.com'] }));
    i.add('2', who('J. Martin', { emails: ['j@a.com'] }));
    i.add('3', who('Jean Martin', { phones: ['+33 6 12 34 56 78'] }));
    i.add('4', who('Paul Durand'));
    const pairs = i.pairs().map((p) => `${p.a}-${p.b}:${p.comparison.decision}`);
    expect(pairs).toEqual(['1-2:same', '1-3:maybe', '2-3:maybe']);
  });
});

describe('mergePeople', () => {
  const base: Person = {
    id: 'a', name: 'Jean Martin', emails: [], phones: [], linkedin: null, location: null, birthday: null, interests: [], notes: null,
    circles: [], tags: [], positions: [], priority: null, every: null, metAtEventId: null, introducedById: null,
    createdOn: '2025-01-01', lastExchangeOn: null, connectedOn: null,
  };

  it('unites lists, the survivor first, without duplicates however written', () => {
    const a = { ...base, emails: ['jean@acme.com'], phones: ['+33 6 12 34 56 78'], circles: ['friend' as const], tags: ['VIP'],
      positions: [{ organization: 'Acme', title: 'CTO', start: null, end: null }] };
    const b = { ...base, id: 'b', emails: ['JEAN@acme.com', 'jm@gmail.com'], phones: ['06 12 34 56 78', '01 02 03 04 05'], circles: ['online' as const, 'friend' as const],
      tags: ['vip', 'golf'], positions: [{ organization: 'ACME', title: 'cto', start: null, end: null }, { organization: 'Globex', title: null, start: '2020-01-01', end: '2022-01-01' }] };
    const { person } = mergePeople(a, b);
    expect(person).toMatchObject({
      id: 'a', emails: ['jean@acme.com', 'jm@gmail.com'], phones: ['+33 6 12 34 56 78', '01 02 03 04 05'],
      circles: ['friend', 'online'], tags: ['VIP', 'golf'],
    });
    expect(person.positions.map((p) => p.organization)).toEqual(['Acme', 'Globex']);
  });

  it('keeps the survivor\'s values, fills their gaps, and returns the other values for the notes', () => {
    const a = { ...base, birthday: '--05-12', location: 'Paris', notes: 'Likes cycling', lastExchangeOn: '2026-01-01', priority: 3 };
    const b = { ...base, id: 'b', birthday: '1980-05-12', location: 'Lyon', linkedin: 'https://www.linkedin.com/in/jm', notes: 'Met at VivaTech',
      lastExchangeOn: '2026-02-01', createdOn: '2024-06-01', priority: 7, every: 30 };
    const { person, kept } = mergePeople(a, b);
    expect(person).toMatchObject({
      birthday: '1980-05-12', location: 'Paris', linkedin: 'https://www.linkedin.com/in/jm', priority: 3, every: 30,
      notes: 'Likes cycling\n\nMet at VivaTech', lastExchangeOn: '2026-02-01', createdOn: '2024-06-01',
    });
    expect(kept).toEqual([{ field: 'location', value: 'Lyon' }, { field: 'priority', value: '7' }]);
  });

  it('keeps a birthday of another year in the notes', () => {
    const { person, kept } = mergePeople({ ...base, birthday: '1980-05-12' }, { ...base, id: 'b', birthday: '1981-05-12' });
    expect(person.birthday).toBe('1980-05-12');
    expect(kept).toEqual([{ field: 'birthday', value: '1981-05-12' }]);
    expect(mergePeople({ ...base, birthday: '1980-05-12' }, { ...base, id: 'b', birthday: '--05-12' }).kept).toEqual([]);
  });

  it('drops an introduction of one by the other, which would now be oneself', () => {
    expect(mergePeople({ ...base, introducedById: 'b' }, { ...base, id: 'b', introducedById: 'c' }).person.introducedById).toBe('c');
    expect(mergePeople({ ...base }, { ...base, id: 'b', introducedById: 'a' }).person.introducedById).toBeNull();
  });

  it('writes one plain line naming the merged person and what lost', () => {
    expect(mergeNote('Jean Martin', 'J. Martin', '2026-03-02', [{ field: 'birthday', value: '1980-01-02' }, { field: 'introducedBy', value: 'Paul Durand' }]))
      .toBe('Merged from J. Martin (2026-03-02): birthday 1980-01-02; introduced by Paul Durand.');
    expect(mergeNote('Jean Martin', 'jean martin', '2026-03-02', [])).toBeNull();
  });
});
