import { DEFAULT_SETTINGS, type Settings } from '../core/types.js';
import type { Db } from './store.js';

const KEYS = {
  'follow-up-days': (s: Settings) => s.followUpDays,
  'cadence.top10': (s: Settings) => s.cadence.top10,
  'cadence.top50': (s: Settings) => s.cadence.top50,
  'cadence.top150': (s: Settings) => s.cadence.top150,
  'cadence.ranked': (s: Settings) => s.cadence.ranked,
} as const;
export type SettingKey = keyof typeof KEYS;
export const SETTING_KEYS = Object.keys(KEYS) as SettingKey[];

/** The user's settings, defaults filled in. */
export async function readSettings(db: Db): Promise<Settings> {
  const rows = await db.selectFrom('setting').select(['key', 'value']).execute();
  const get = (key: SettingKey, fallback: number) => {
    const v = Number(rows.find((r) => r.key === key)?.value);
    return Number.isInteger(v) && v > 0 ? v : fallback;
  };
  const d = DEFAULT_SETTINGS;
  return {
    followUpDays: get('follow-up-days', d.followUpDays),
    cadence: {
      top10: get('cadence.top10', d.cadence.top10),
      top50: get('cadence.top50', d.cadence.top50),
      top150: get('cadence.top150', d.cadence.top150),
      ranked: get('cadence.ranked', d.cadence.ranked),
    },
  };
}

export function settingValue(settings: Settings, key: SettingKey): number {
  return KEYS[key](settings);
}

export async function writeSetting(db: Db, key: SettingKey, value: number): Promise<void> {
  await db.deleteFrom('setting').where('key', '=', key).execute();
  await db.insertInto('setting').values({ key, value: String(value) }).execute();
}
