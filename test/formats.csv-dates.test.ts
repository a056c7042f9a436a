import { describe, expect, it } from 'vitest';
import { birthdayFromParts, parseBirthday, parseDate } from '../src/formats/csv/dates.js';

// Dates as contact exports write them, to Maillon's 'YYYY-MM-DD' (or '--MM-DD' for a
// birthday without its year); what cannot be read is left out, never guessed.

const us = { dayFirst: false };
const eu = { dayFirst: true };

describe('parseDate', () => {
  it.each([
    ['12 Mar 2024', '2024-03-12'],
    ['01 Jul 2026', '2026-07-01'],
    ['15-Jan-24', '2024-01-15'],
    ['5-May-25', '2025-05-05'],
    ['1/1/00, 12:00 AM', '2000-01-01'],
    ['12/31/99', '1999-12-31'],
    ['2024-03-05', '2024-03-05'],
    ['2024-03-05T10:00:00Z', '2024-03-05'],
    ['Mar 12, 2024', '2024-03-12'],
    ['5 mars 2024', '2024-03-05'],
    ['1er janvier 2024', '2024-01-01'],
    ['12 févr. 2023', '2023-02-12'],
    ['3. März 2022', '2022-03-03'],
    ['31.1.1972', '1972-01-31'],
    ['20/01/1991', '1991-01-20'],
  ])('reads %j as %s', (text, day) => {
    expect(parseDate(text, us)).toBe(day);
  });

  it('reads an ambiguous numeric date month first in US files and day first in French or German ones', () => {
    expect(parseDate('5/6/1984', us)).toBe('1984-05-06');
    expect(parseDate('5/6/1984', eu)).toBe('1984-06-05');
    expect(parseDate('5/13/1984', eu)).toBe('1984-05-13');
  });

  it.each(['', 'not a date', '0/0/00', '31 Feb 2024', '2024-13-01', '12 Foo 2024', '--04-15'])('leaves %j out', (text) => {
    expect(parseDate(text, us)).toBeUndefined();
  });
});

describe('parseBirthday', () => {
  it.each([
    ['--04-15', '--04-15'],
    ['--0415', '--04-15'],
    ['1604-04-15', '--04-15'],
    ['0000-04-15', '--04-15'],
    ['--02-29', '--02-29'],
    ['1/20/1981', '1981-01-20'],
    ['1972-01-31', '1972-01-31'],
  ])('reads %j as %s', (text, day) => {
    expect(parseBirthday(text, us)).toBe(day);
  });

  it.each(['0/0/00', '1/1/4501', '--13-01', 'soon'])('leaves %j out', (text) => {
    expect(parseBirthday(text, us)).toBeUndefined();
  });

  it('builds a birthday from separate cells, with or without the year', () => {
    expect(birthdayFromParts('1970', '11', '5')).toBe('1970-11-05');
    expect(birthdayFromParts(undefined, '7', '4')).toBe('--07-04');
    expect(birthdayFromParts('1970', undefined, '4')).toBeUndefined();
    expect(birthdayFromParts('', '2', '30')).toBeUndefined();
  });
});
