import { MaillonError } from '../core/errors.js';
import type { Settings } from '../core/types.js';
import { parseWhole } from '../core/validate.js';
import { readSettings, SETTING_KEYS, settingValue, writeSetting, type SettingKey } from '../storage/settings.repository.js';
import type { AppContext } from './context.js';
import { syncKeepInTouch } from './keep-in-touch.js';

export async function getSettings(ctx: AppContext): Promise<{ key: SettingKey; value: number }[]> {
  const settings: Settings = await ctx.store.read((db) => readSettings(db));
  return SETTING_KEYS.map((key) => ({ key, value: settingValue(settings, key) }));
}

/** Changes a setting; a new cadence re-times the keep-in-touch of everyone it applies to. */
export async function setSetting(ctx: AppContext, key: string, value: string): Promise<{ key: SettingKey; value: number }> {
  if (!(SETTING_KEYS as readonly string[]).includes(key)) throw new MaillonError('input.bad_setting', { key, allowed: SETTING_KEYS.join(', ') });
  const k = key as SettingKey;
  const n = parseWhole(value, key, 1, 3650);
  await ctx.store.transaction(async (trx) => {
    await writeSetting(trx, k, n);
    if (k.startsWith('cadence.')) {
      const ranked = await trx.selectFrom('person').select('id').where('priority', 'is not', null).execute();
      await syncKeepInTouch(trx, ranked.map((r) => r.id), await readSettings(trx), ctx.today, ctx.newId);
    }
  });
  return { key: k, value: n };
}
