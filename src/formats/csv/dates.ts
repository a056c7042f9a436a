/**
 * Dates as contact exports write them: ISO, `12 Mar 2024`, `15-Jan-24`, `Mar 12, 2024`,
 * `1/1/00, 12:00 AM` (LinkedIn, US Outlook), `31.1.1972` (German Outlook), `31/01/1972`
 * (French Outlook), `--04-15` (a birthday without its year). English, French and German
 * month names. Anything else gives undefined: a date no one can read is left out, the
 * contact is kept.
 */

export interface DateOptions {
  /** Read an ambiguous `5/6/1984` as 5 June (French, German exports) rather than May 6 (US). */
  dayFirst: boolean;
}

/** A year as written in full, a month and a day; `year` is null for a year-less date. */
interface Parts { year: number | null; month: number; day: number }

const MONTHS = new Map<string, number>();
[
  ['jan', 'janv', 'january', 'janvier', 'januar'],
  ['feb', 'fev', 'fevr', 'february', 'fevrier', 'februar'],
  ['mar', 'mars', 'march', 'marz', 'maerz', 'mrz'],
  ['apr', 'avr', 'april', 'avril'],
  ['may', 'mai'],
  ['jun', 'juin', 'june', 'juni'],
  ['jul', 'juil', 'july', 'juillet', 'juli'],
  ['aug', 'aou', 'aout', 'august'],
  ['sep', 'sept', 'september', 'septembre'],
  ['oct', 'okt', 'october', 'octobre', 'oktober'],
  ['nov', 'november', 'novembre'],
  ['dec', 'dez', 'december', 'decembre', 'dezember'],
].forEach((names, i) => {
  for (const name of names) MONTHS.set(name, i + 1);
});

const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s,])/;
const BASIC = /^(\d{4})(\d{2})(\d{2})$/;
const YEARLESS = /^--(\d{2})-?(\d{2})$/;
const NUMERIC = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?:$|[T\s,])/;
const DAY_MONTH_YEAR = /^(\d{1,2})(?:er)?\.?[\s-]+([\p{L}.]+)[\s-]+(\d{4}|\d{2})(?:$|[T\s,])/u;
const MONTH_DAY_YEAR = /^([\p{L}.]+)\s+(\d{1,2}),?\s+(\d{4})(?:$|[T\s,])/u;

function month(name: string): number | undefined {
  const key = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\.$/, '').toLowerCase();
  return MONTHS.get(key);
}

/** Two-digit years: 00-69 are 2000-2069, 70-99 are 1970-1999. */
function fullYear(text: string): number {
  const y = Number(text);
  if (text.length === 4) return y;
  return y < 70 ? 2000 + y : 1900 + y;
}

function parts(text: string, options: DateOptions): Parts | undefined {
  const t = text.trim();
  let m = ISO.exec(t) ?? BASIC.exec(t);
  if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  m = YEARLESS.exec(t);
  if (m) return { year: null, month: Number(m[1]), day: Number(m[2]) };
  m = NUMERIC.exec(t);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[3])];
    const dayFirst = m[2] === '.' || a > 12 || (options.dayFirst && b <= 12);
    return { year: fullYear(m[4] ?? ''), month: dayFirst ? b : a, day: dayFirst ? a : b };
  }
  m = DAY_MONTH_YEAR.exec(t);
  if (m) {
    const mo = month(m[2] ?? '');
    return mo ? { year: fullYear(m[3] ?? ''), month: mo, day: Number(m[1]) } : undefined;
  }
  m = MONTH_DAY_YEAR.exec(t);
  if (m) {
    const mo = month(m[1] ?? '');
    return mo ? { year: Number(m[3]), month: mo, day: Number(m[2]) } : undefined;
  }
  return undefined;
}

const pad = (n: number): string => String(n).padStart(2, '0');

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function valid(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0));
}

/** A full calendar day ('YYYY-MM-DD'), as for LinkedIn's "Connected On"; undefined when there is none. */
export function parseDate(text: string, options: DateOptions): string | undefined {
  const p = parts(text, options);
  if (!p || p.year === null || p.year < 1000 || !valid(p.year, p.month, p.day)) return undefined;
  return `${String(p.year)}-${pad(p.month)}-${pad(p.day)}`;
}

/**
 * A birthday: 'YYYY-MM-DD', or '--MM-DD' when the year is unknown. Apple writes an unknown
 * year as 1604 and some phones as 0000; Outlook writes "no birthday" as 1/1/4501 or 0/0/00.
 */
export function parseBirthday(text: string, options: DateOptions): string | undefined {
  const p = parts(text, options);
  if (!p) return undefined;
  return birthdayOf(p.year, p.month, p.day);
}

/** A birthday from separate year, month and day cells (Thunderbird); the year may be missing. */
export function birthdayFromParts(year: string | undefined, month: string | undefined, day: string | undefined): string | undefined {
  if (!month || !day || !/^\d{1,2}$/.test(month.trim()) || !/^\d{1,2}$/.test(day.trim())) return undefined;
  const y = year && /^\d{4}$/.test(year.trim()) ? Number(year) : null;
  return birthdayOf(y, Number(month), Number(day));
}

function birthdayOf(year: number | null, month: number, day: number): string | undefined {
  if (year !== null && year >= 4500) return undefined;
  const known = year !== null && year >= 1800 && year !== 1604 ? year : null;
  // A year-less day is checked against a leap year, so 29 February stays.
  if (!valid(known ?? 2000, month, day)) return undefined;
  return known === null ? `--${pad(month)}-${pad(day)}` : `${String(known)}-${pad(month)}-${pad(day)}`;
}
