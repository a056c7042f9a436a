import type { DraftPurpose, Template } from '../core/tending.js';
import { DEFAULT_TEMPLATES } from '../core/templates.default.js';
import type { Db } from './store.js';

const toTemplate = (r: { purpose: string; lang: string; subject: string; body: string }): Template =>
  ({ purpose: r.purpose as DraftPurpose, lang: r.lang as Template['lang'], subject: r.subject, body: r.body });

export const defaultTemplate = (purpose: DraftPurpose, lang: Template['lang']): Template | undefined =>
  DEFAULT_TEMPLATES.find((t) => t.purpose === purpose && t.lang === lang);

/**
 * Every template, stored or default. A database restored from a backup made before templates
 * existed holds none, so a missing row falls back to the default instead of failing.
 */
export async function listTemplates(db: Db): Promise<Template[]> {
  const rows = (await db.selectFrom('template').select(['purpose', 'lang', 'subject', 'body']).execute()).map(toTemplate);
  const stored = new Map(rows.map((t) => [`${t.purpose}/${t.lang}`, t]));
  return DEFAULT_TEMPLATES.map((d) => stored.get(`${d.purpose}/${d.lang}`) ?? d);
}

export async function getTemplate(db: Db, purpose: DraftPurpose, lang: Template['lang']): Promise<Template | undefined> {
  const row = await db.selectFrom('template').select(['purpose', 'lang', 'subject', 'body'])
    .where('purpose', '=', purpose).where('lang', '=', lang).executeTakeFirst();
  return row ? toTemplate(row) : defaultTemplate(purpose, lang);
}

/** Writes a template over the stored one, or adds it. */
export async function saveTemplate(db: Db, t: Template): Promise<void> {
  await db.deleteFrom('template').where('purpose', '=', t.purpose).where('lang', '=', t.lang).execute();
  await db.insertInto('template').values({ purpose: t.purpose, lang: t.lang, subject: t.subject, body: t.body }).execute();
}
