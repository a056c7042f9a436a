import { randomBytes } from 'node:crypto';
import { getCalendarToken, setCalendarToken } from '../storage/calendar-token.repository.js';
import type { AppContext } from './context.js';

/** The secret in the calendar feed's URL, or null when no feed is shared. */
export async function readCalendarToken(ctx: AppContext): Promise<string | null> {
  return ctx.store.read((db) => getCalendarToken(db));
}

/** A new random token; the old one, if any, stops working at once. */
export async function rotateCalendarToken(ctx: AppContext): Promise<string> {
  const token = randomBytes(24).toString('base64url');
  await ctx.store.transaction((trx) => setCalendarToken(trx, token));
  return token;
}

export async function revokeCalendarToken(ctx: AppContext): Promise<void> {
  await ctx.store.transaction((trx) => setCalendarToken(trx, null));
}
