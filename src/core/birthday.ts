import { parseDay } from './dates.js';
import { MaillonError } from './errors.js';
import { NO_YEAR } from './kinds.favours.js';
import type { Day } from './types.js';

/**
 * The birthday `--date` means: '--MM-DD' or 'YYYY-MM-DD', and today's day when absent ("it is
 * their birthday today"). A year of 1604 (Apple's "no year") or of this year or later cannot
 * be a birth year, so only the day is kept.
 */
export function birthdayFrom(value: string | undefined, today: Day): string {
  if (value === undefined) return `--${today.slice(5)}`;
  const v = value.trim();
  const md = /^--(\d{2}-\d{2})$/.exec(v)?.[1];
  try {
    // 2000 was a leap year, so a year-less 29 February is a real day.
    if (md !== undefined) return `--${parseDay(`2000-${md}`).slice(5)}`;
    const day = parseDay(v);
    const year = Number(day.slice(0, 4));
    return year === NO_YEAR || year >= Number(today.slice(0, 4)) ? `--${day.slice(5)}` : day;
  } catch {
    throw new MaillonError('input.bad_date', { field: 'birthday', value });
  }
}
