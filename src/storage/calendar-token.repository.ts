import type { Db } from './store.js';

// Kept in the `setting` table beside the user's settings; readSettings ignores keys it does not know.
const KEY = 'server.calendar-token';

export async function getCalendarToken(db: Db): Promise<string | null> {
  const row = await db.selectFrom('setting').select('value').where('key', '=', KEY).executeTakeFirst();
  return row?.value ?? null;
}

export async function setCalendarToken(db: Db, token: string | null): Promise<void> {
  await db.deleteFrom('setting').where('key', '=', KEY).execute();
  if (token !== null) await db.insertInto('setting').values({ key: KEY, value: token }).execute();
}
