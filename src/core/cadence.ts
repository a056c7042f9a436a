import { addDays } from './dates.js';
import type { Day, Settings } from './types.js';

export const TOP_TEN = 10;

/** Keep-in-touch cadence in days: the person's own, else the one of their rank tier, else none. */
export function cadenceOf(person: { priority: number | null; every: number | null }, settings: Settings): number | null {
  if (person.every !== null) return person.every;
  const rank = person.priority;
  if (rank === null) return null;
  if (rank <= TOP_TEN) return settings.cadence.top10;
  if (rank <= 50) return settings.cadence.top50;
  if (rank <= 150) return settings.cadence.top150;
  return settings.cadence.ranked;
}

/**
 * When the next keep-in-touch is due: one cadence after the last exchange, or after the day
 * the person entered the network when there was none yet.
 */
export function nextTouchDue(
  person: { priority: number | null; every: number | null; lastExchangeOn: Day | null; createdOn: Day },
  settings: Settings,
): Day | null {
  const every = cadenceOf(person, settings);
  if (every === null) return null;
  return addDays(person.lastExchangeOn ?? person.createdOn, every);
}
