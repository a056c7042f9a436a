import { MaillonError } from './errors.js';
import type { Day } from './types.js';

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Parses 'YYYY-MM-DD' into a checked Day, or throws input.bad_date naming the field. */
export function parseDay(text: string, field = 'date'): Day {
  const m = DAY_RE.exec(text.trim());
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const t = Date.UTC(y, mo - 1, d);
    const back = new Date(t);
    if (back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d) {
      return text.trim();
    }
  }
  throw new MaillonError('input.bad_date', { field, value: text });
}

/** Days since 1970-01-01; all date arithmetic goes through it, in UTC, so time zones never shift a day. */
export function dayNumber(day: Day): number {
  return Math.round(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / MS_PER_DAY);
}

export function fromDayNumber(n: number): Day {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(day: Day, days: number): Day {
  return fromDayNumber(dayNumber(day) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: Day, to: Day): number {
  return dayNumber(to) - dayNumber(from);
}

/** The local calendar day of an instant: the user's "today" is the one on their wall clock. */
export function localDay(instant: Date): Day {
  const y = instant.getFullYear();
  const m = String(instant.getMonth() + 1).padStart(2, '0');
  const d = String(instant.getDate()).padStart(2, '0');
  return `${String(y)}-${m}-${d}`;
}
