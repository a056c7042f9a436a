import { daysBetween } from './dates.js';
import { reason, type Reason } from './reason.js';
import type { Channel, Day } from './types.js';

/** In person counts most, social least: a link made face to face is the strongest. */
export const CHANNEL_WEIGHT: Readonly<Record<Channel, number>> = {
  'in-person': 1,
  video: 0.7,
  call: 0.6,
  email: 0.35,
  message: 0.3,
  social: 0.15,
};

const HALF_LIFE_DAYS = 90;
// The total weight at which health reaches about 63: roughly two recent in-person meetings.
const SATURATION = 1.6;
const INITIATIVE_WINDOW = 10;

export interface ExchangeFact {
  date: Day;
  channel: Channel;
  theyInitiated: boolean;
}

export interface Health {
  score: number;
  reasons: Reason[];
}

/**
 * Relationship health from 0 to 100: each exchange counts by its channel and fades with a
 * 90-day half-life; a balanced initiative keeps the full score, a one-sided one loses up to 15%.
 */
export function health(exchanges: readonly ExchangeFact[], today: Day): Health {
  const past = exchanges.filter((e) => daysBetween(e.date, today) >= 0).sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  const latest = past[0];
  if (!latest) return { score: 0, reasons: [reason('health.never')] };

  let weight = 0;
  for (const e of past) weight += CHANNEL_WEIGHT[e.channel] * 0.5 ** (daysBetween(e.date, today) / HALF_LIFE_DAYS);
  const base = 100 * (1 - Math.exp(-weight / SATURATION));

  const recent = past.slice(0, INITIATIVE_WINDOW);
  const mine = recent.filter((e) => !e.theyInitiated).length;
  const balance = recent.length >= 3 ? 1 - Math.abs(mine / recent.length - 0.5) * 2 : 0.5;
  const score = Math.max(0, Math.min(100, Math.round(base * (0.85 + 0.15 * balance))));

  const reasons: Reason[] = [reason('health.last', { days: daysBetween(latest.date, today), channel: latest.channel })];
  const year = past.filter((e) => daysBetween(e.date, today) < 365);
  const inPerson = year.filter((e) => e.channel === 'in-person').length;
  if (inPerson > 0) reasons.push(reason('health.in-person-year', { count: inPerson }));
  if (year.length > inPerson) reasons.push(reason('health.exchanges-year', { count: year.length }));

  const streak = runOfSameInitiative(past);
  if (streak.count >= 3) {
    reasons.push(reason(streak.theyInitiated ? 'health.they-initiated' : 'health.you-initiated', { count: streak.count }));
  } else if (recent.length >= 3) {
    reasons.push(reason('health.balanced', { mine, count: recent.length }));
  }
  return { score, reasons };
}

function runOfSameInitiative(sortedNewestFirst: readonly ExchangeFact[]): { count: number; theyInitiated: boolean } {
  const first = sortedNewestFirst[0];
  if (!first) return { count: 0, theyInitiated: false };
  let count = 0;
  for (const e of sortedNewestFirst) {
    if (e.theyInitiated !== first.theyInitiated) break;
    count++;
  }
  return { count, theyInitiated: first.theyInitiated };
}

export const HEALTH_BANDS = ['good', 'fading', 'cold'] as const;
export type HealthBand = (typeof HEALTH_BANDS)[number];

/**
 * A score in words. A lunch this week scores about 43: good from 40. The same lunch half a
 * year ago scores about 13: cold under 15, as is someone never met.
 */
export function healthBand(score: number): HealthBand {
  return score >= 40 ? 'good' : score >= 15 ? 'fading' : 'cold';
}
