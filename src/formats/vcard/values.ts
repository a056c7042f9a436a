/** Text values of vCard: escapes, structured and list values, dates. */

/**
 * Undoes vCard escapes: `\n` `\N` (newline), `\\` `\,` `\;` `\:`, and `\"` `\'` that Gmail
 * and DAVx5 write. Any other backslash is kept: "C:\Users" in a note stays as typed.
 */
export function unescapeText(text: string): string {
  if (!text.includes('\\')) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    const next = text.charAt(i + 1);
    if (c !== '\\' || next === '') {
      out += c;
    } else if (next === 'n' || next === 'N') {
      out += '\n';
      i++;
    } else if ('\\,;:"\''.includes(next)) {
      out += next;
      i++;
    } else {
      out += c;
    }
  }
  return out;
}

/** Splits on `separator` where it is not escaped; the parts keep their escapes. */
export function splitEscaped(text: string, separator: ';' | ','): string[] {
  if (!text.includes(separator)) return [text];
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '\\') i++;
    else if (c === separator) {
      parts.push(text.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(text.slice(from));
  return parts;
}

/** The items of a list value (CATEGORIES, NICKNAME): unescaped, trimmed, none empty. */
export function listOf(text: string): string[] {
  if (!text.includes(',')) {
    const one = oneLine(unescapeText(text));
    return one === '' ? [] : [one];
  }
  return splitEscaped(text, ',').map((part) => oneLine(unescapeText(part))).filter((part) => part !== '');
}

/** The components of a structured value (N, ADR, ORG), each unescaped and trimmed. */
export function componentsOf(text: string): string[] {
  if (text.includes('\\')) return splitEscaped(text, ';').map((part) => oneLine(unescapeText(part)));
  return trimmed(text.split(';'), text);
}

/** N's components, whose own lists ("Q.,Public" for two additional names) read as words. */
export function namesOf(text: string): string[] {
  if (text.includes(',') || text.includes('\\')) return splitEscaped(text, ';').map((part) => listOf(part).join(' '));
  return trimmed(text.split(';'), text);
}

/** The parts of `whole`, each on one line and trimmed, in place. */
function trimmed(parts: string[], whole: string): string[] {
  const breaks = BREAK.test(whole);
  for (let i = 0; i < parts.length; i++) parts[i] = breaks ? oneLine(parts[i] ?? '') : (parts[i] ?? '').trim();
  return parts;
}

/** Line breaks as '\n', the whole trimmed. */
export function multiLine(text: string): string {
  return (text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text).trim();
}

const BREAK = /[\r\n]/;

/** A value that must hold on one line (a name, a title): its breaks become spaces. */
export function oneLine(text: string): string {
  // Split, not one regex around the breaks: `\s*\n\s*` backtracks quadratically on long blanks.
  if (!BREAK.test(text)) return text.trim();
  return text.split(/[\r\n]+/).map((part) => part.trim()).filter((part) => part !== '').join(' ');
}

const FULL = /^(\d{4})-?(\d{2})-?(\d{2})(?:$|T)/;
const NO_YEAR = /^--(\d{2})-?(\d{2})(?:$|T)/;
/**
 * Years that mean "unknown": Apple and Thunderbird's CardBook write 1604 (a leap year, so
 * 29 February fits), some Android and Outlook exports 0000.
 */
const UNKNOWN_YEARS = new Set(['1604', '0000']);

function daysIn(month: number, year: number | null): number {
  if (month === 2) return year === null || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * A birthday as Maillon keeps it, 'YYYY-MM-DD' or '--MM-DD', from `19850415`, `1985-04-15`,
 * `1985-04-15T00:00:00Z`, `--0415`, `--04-15`, or a year meaning "unknown" (1604, or any
 * year with Apple's X-APPLE-OMIT-YEAR). Undefined for anything else, or a day that does not
 * exist (31 February).
 */
export function birthdayOf(value: string, omitYear: boolean): string | undefined {
  const text = value.trim();
  const full = FULL.exec(text);
  const noYear = full ? null : NO_YEAR.exec(text);
  const parts = full ? { year: full[1] ?? '', month: full[2], day: full[3] } : noYear ? { year: null, month: noYear[1], day: noYear[2] } : null;
  if (!parts) return undefined;
  const yearless = parts.year === null || omitYear || UNKNOWN_YEARS.has(parts.year);
  const year = yearless ? null : Number(parts.year);
  const month = Number(parts.month);
  const day = Number(parts.day);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(month, year)) return undefined;
  return year === null ? `--${pad(month)}-${pad(day)}` : `${parts.year ?? ''}-${pad(month)}-${pad(day)}`;
}

/** A calendar day 'YYYY-MM-DD' that exists, or undefined. */
export function dayOf(value: string): string | undefined {
  const text = value.length === 10 ? value : value.trim();
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysIn(month, year) ? text : undefined;
}

/** The number written in text[from..to), or -1 unless every character is a digit. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}
