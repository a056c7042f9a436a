import { readCalendarToken } from '../app/calendar.service.js';
import type { AppContext } from '../app/context.js';
import { sameToken } from './security.js';

export { readCalendarToken, revokeCalendarToken, rotateCalendarToken } from '../app/calendar.service.js';

/** Whether a token given in a URL is the current one, compared in constant time. */
export async function isCalendarToken(ctx: AppContext, given: string | undefined): Promise<boolean> {
  const current = await readCalendarToken(ctx);
  return current !== null && given !== undefined && sameToken(given, current);
}
