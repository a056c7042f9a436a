import { describe, expect, it } from 'vitest';
import { cadenceOf } from './cadence.js';
import { addDays, daysBetween, parseDay } from './dates.js';
import { fold, nameKey, terms } from './fold.js';
import { followUpChecklist } from './followup.js';
import { rerank } from './priorities.js';
import { DEFAULT_SETTINGS } from './types.js';

describe('fold', () => {
  it('makes "Hélène", "HELENE" and "helene" the same', () => {
    expect(new Set([fold('Hélène'), fold('HELENE'), fold('helene')]).size).toBe(1);
  });
  it('folds letters that Unicode does not decompose', () => {
    expect(fold('Œuvre Straße Øst Łukasz')).toBe('oeuvre strasse ost lukasz');
  });
  it('splits on punctuation so jean-pierre and o\'brien become plain terms', () => {
    expect(terms("Jean-Pierre O'Brien")).toEqual(['jean', 'pierre', 'o', 'brien']);
  });
  it('orders names without regard to accents or case, and names that fold alike as written', () => {
    const names = ['Zoé', 'émilie', 'Emma', 'Élodie', 'alain', 'Emilie', 'Ève', 'Bob'];
    const sorted = names.map((name) => ({ name, key: nameKey(name) })).sort((a, b) => (a.key < b.key ? -1 : 1)).map((k) => k.name);
    expect(sorted).toEqual(['alain', 'Bob', 'Élodie', 'Emilie', 'émilie', 'Emma', 'Ève', 'Zoé']);
  });
});

describe('dates', () => {
  it('refuses impossible days', () => {
    expect(() => parseDay('2026-02-30')).toThrow(/input.bad_date/);
    expect(() => parseDay('27/11/2026')).toThrow(/input.bad_date/);
  });
  it('counts days across months and leap years in UTC', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});

describe('cadence', () => {
  it('derives the cadence from the rank unless set per person', () => {
    expect(cadenceOf({ priority: 1, every: null }, DEFAULT_SETTINGS)).toBe(21);
    expect(cadenceOf({ priority: 11, every: null }, DEFAULT_SETTINGS)).toBe(45);
    expect(cadenceOf({ priority: 1, every: 7 }, DEFAULT_SETTINGS)).toBe(7);
    expect(cadenceOf({ priority: null, every: null }, DEFAULT_SETTINGS)).toBeNull();
  });
});

describe('follow-up checklist', () => {
  it('asks to connect on LinkedIn only when no profile is known', () => {
    expect(followUpChecklist({ summary: null }, { linkedin: null }).map((c) => c.key)).toEqual(['connect-linkedin', 'thank-you']);
    expect(followUpChecklist({ summary: null }, { linkedin: 'https://www.linkedin.com/in/x' }).map((c) => c.key)).toEqual(['thank-you']);
  });
  it('finds a promise in English or French', () => {
    const fr = followUpChecklist({ summary: 'Super échange. Je lui envoie l’article sur le pricing.' }, { linkedin: 'x' });
    expect(fr.find((c) => c.key === 'send-promised')?.detail).toBe('Je lui envoie l’article sur le pricing.');
    const en = followUpChecklist({ summary: 'Promised to share the deck' }, { linkedin: 'x' });
    expect(en.map((c) => c.key)).toContain('send-promised');
  });
});

describe('rerank', () => {
  it('inserts at a rank and shifts the others', () => {
    expect(rerank(['a', 'b', 'c'], 'd', 2)).toEqual(['a', 'd', 'b', 'c']);
    expect(rerank(['a', 'b', 'c'], 'c', 1)).toEqual(['c', 'a', 'b']);
    expect(rerank(['a', 'b', 'c'], 'b', null)).toEqual(['a', 'c']);
    expect(rerank(['a'], 'z', 99)).toEqual(['a', 'z']);
  });
});
