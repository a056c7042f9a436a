import { MaillonError } from '../core/errors.js';
import { fold } from '../core/fold.js';
import { chunks, insertMany } from './batch.js';
import { getPeople, searchRows } from './person.repository.js';
import type { Database } from './schema.js';
import type { Db } from './store.js';

type Row = Record<string, string | number | null>;

/**
 * The tables a backup holds, in an order where every reference points backwards, with
 * their columns and sort key. Search text is left out: it is rebuilt from the rest.
 */
const TABLES: readonly { name: keyof Database; columns: readonly string[]; key: readonly string[] }[] = [
  { name: 'setting', columns: ['key', 'value'], key: ['key'] },
  { name: 'event', columns: ['id', 'name', 'name_folded', 'kind', 'date', 'place'], key: ['id'] },
  { name: 'person', columns: ['id', 'name', 'name_folded', 'linkedin', 'location', 'birthday', 'notes', 'priority', 'every_days', 'met_at_event_id', 'introduced_by_id', 'created_on', 'last_exchange_on', 'birthday_md', 'connected_on'], key: ['id'] },
  { name: 'person_email', columns: ['person_id', 'ordinal', 'email'], key: ['person_id', 'ordinal'] },
  { name: 'person_phone', columns: ['person_id', 'ordinal', 'phone'], key: ['person_id', 'ordinal'] },
  { name: 'person_label', columns: ['person_id', 'kind', 'ordinal', 'value'], key: ['person_id', 'kind', 'ordinal'] },
  { name: 'organization', columns: ['id', 'name', 'name_folded'], key: ['id'] },
  { name: 'position', columns: ['id', 'person_id', 'organization_id', 'ordinal', 'title', 'start_on', 'end_on'], key: ['id'] },
  { name: 'exchange', columns: ['id', 'date', 'channel', 'they_initiated', 'event_id', 'summary'], key: ['id'] },
  { name: 'exchange_participant', columns: ['exchange_id', 'person_id'], key: ['exchange_id', 'person_id'] },
  { name: 'milestone', columns: ['id', 'person_id', 'kind', 'date', 'note'], key: ['id'] },
  { name: 'favour', columns: ['id', 'direction', 'person_id', 'kind', 'date', 'note', 'introduced_id', 'thanked_on'], key: ['id'] },
  { name: 'share', columns: ['id', 'url', 'title', 'date'], key: ['id'] },
  { name: 'share_topic', columns: ['share_id', 'ordinal', 'topic'], key: ['share_id', 'ordinal'] },
  { name: 'share_recipient', columns: ['share_id', 'person_id'], key: ['share_id', 'person_id'] },
  { name: 'opportunity', columns: ['id', 'title', 'organization', 'stage', 'created_on', 'updated_on'], key: ['id'] },
  { name: 'opportunity_person', columns: ['opportunity_id', 'person_id'], key: ['opportunity_id', 'person_id'] },
  { name: 'ask', columns: ['id', 'person_id', 'about', 'via_id', 'date', 'status', 'closed_on'], key: ['id'] },
  { name: 'template', columns: ['purpose', 'lang', 'subject', 'body'], key: ['purpose', 'lang'] },
  { name: 'person_photo', columns: ['person_id', 'media_type', 'data'], key: ['person_id'] },
  { name: 'merge_record', columns: ['id', 'survivor_id', 'merged_id', 'merged_name', 'date', 'snapshot'], key: ['id'] },
  { name: 'tie', columns: ['a_id', 'b_id', 'strength', 'since', 'how', 'created_on'], key: ['a_id', 'b_id'] },
  { name: 'prompt', columns: ['id', 'kind', 'person_id', 'show_on', 'due_on', 'status', 'created_on', 'closed_on', 'snoozed_until', 'source_id', 'checklist', 'data'], key: ['id'] },
];

// Columns a backup must hold as whole numbers, and JSON text columns with the shape they hold.
const INTEGERS: Partial<Record<keyof Database, readonly string[]>> = {
  person: ['priority', 'every_days'], person_email: ['ordinal'], person_phone: ['ordinal'], person_label: ['ordinal'],
  position: ['ordinal'], exchange: ['they_initiated'], share_topic: ['ordinal'],
};
const JSON_COLUMNS: Partial<Record<keyof Database, Record<string, 'array' | 'object'>>> = { prompt: { checklist: 'array', data: 'object' }, merge_record: { snapshot: 'object' } };

// Columns added by later schema versions: an older backup lacks them, and they load as null.
const ADDED_LATER: Partial<Record<keyof Database, readonly string[]>> = { person: ['connected_on'] };

/** The first column of a row whose value cannot be what Maillon stores there, if any. */
function badValue(table: keyof Database, row: Row): string | undefined {
  const ints = INTEGERS[table] ?? [];
  const notInt = ints.find((c) => row[c] !== null && !Number.isInteger(row[c]));
  if (notInt) return notInt;
  for (const [c, shape] of Object.entries(JSON_COLUMNS[table] ?? {})) {
    try {
      const v: unknown = JSON.parse(String(row[c]));
      if (shape === 'array' ? !Array.isArray(v) : typeof v !== 'object' || v === null || Array.isArray(v)) return c;
    } catch {
      return c;
    }
  }
  return undefined;
}

/**
 * A row as it is written: what Maillon derives (folded names, the birthday's day) is computed
 * again rather than trusted, and introducers are linked once everyone exists.
 */
function derived(table: keyof Database, r: Row): Row {
  if (table === 'person') {
    const birthday = typeof r.birthday === 'string' ? r.birthday : null;
    return { ...r, name_folded: fold(String(r.name)), birthday_md: birthday ? birthday.slice(-5) : null, introduced_by_id: null };
  }
  if (table === 'event' || table === 'organization') return { ...r, name_folded: fold(String(r.name)) };
  return r;
}

/** Every table's rows, columns in a fixed order, rows sorted by key: the same data always dumps the same. */
export async function dumpTables(db: Db): Promise<Record<string, Row[]>> {
  const out: Record<string, Row[]> = {};
  for (const t of TABLES) {
    let query = db.selectFrom(t.name).select(t.columns as never);
    for (const k of t.key) query = query.orderBy(k as never);
    const rows = (await query.execute()) as Row[];
    out[t.name] = rows.map((r) => Object.fromEntries(t.columns.map((c) => [c, r[c] ?? null])));
  }
  return out;
}

/** True when the database holds no person, event or exchange yet. */
export async function isEmpty(db: Db): Promise<boolean> {
  for (const table of ['person', 'event', 'exchange'] as const) {
    const row = await db.selectFrom(table).select('id').limit(1).executeTakeFirst();
    if (row) return false;
  }
  return true;
}

/**
 * Loads dumped tables into an empty database. Columns are checked against the schema first;
 * introducers are linked after everyone exists, since people may point at later rows.
 */
export async function loadTables(db: Db, tables: Record<string, Row[]>, file: string): Promise<void> {
  for (const name of Object.keys(tables)) {
    if (!TABLES.some((t) => t.name === name)) throw new MaillonError('backup.bad_file', { file, reason: 'unknown-table', table: name });
  }
  for (const t of TABLES) {
    const rows = tables[t.name] ?? [];
    rows.forEach((row, i) => {
      const extra = Object.keys(row).find((c) => !t.columns.includes(c));
      const missing = t.columns.find((c) => !(c in row) && !ADDED_LATER[t.name]?.includes(c));
      if (extra ?? missing) throw new MaillonError('backup.bad_file', { file, reason: 'columns', table: t.name, row: i + 1, column: extra ?? missing ?? '' });
      const bad = badValue(t.name, row);
      if (bad) throw new MaillonError('backup.bad_file', { file, reason: 'value', table: t.name, row: i + 1, column: bad });
    });
    // Settings and templates exist before any import (defaults): the backup's replace them.
    if (t.name === 'setting' || t.name === 'template') await db.deleteFrom(t.name).execute();
    const staged = rows.map((r) => derived(t.name, { ...Object.fromEntries(t.columns.map((c) => [c, null])), ...r }));
    await insertMany(db, t.name, staged as never[]);
  }
  for (const r of tables.person ?? []) {
    if (r.introduced_by_id !== null) await db.updateTable('person').set({ introduced_by_id: String(r.introduced_by_id) }).where('id', '=', String(r.id)).execute();
  }
  await rebuildSearch(db, (tables.person ?? []).map((r) => String(r.id)));
}

/** Recomputes the search text of these people from what is stored about them. */
export async function rebuildSearch(db: Db, personIds: readonly string[]): Promise<void> {
  for (const part of chunks(personIds, 2000)) {
    const people = await getPeople(db, part);
    const events = new Map((await db.selectFrom('event').select(['id', 'name']).where('id', 'in', people.map((p) => p.metAtEventId ?? '')).execute()).map((e) => [e.id, e.name]));
    const introducers = new Map((await db.selectFrom('person').select(['id', 'name']).where('id', 'in', people.map((p) => p.introducedById ?? '')).execute()).map((e) => [e.id, e.name]));
    await db.deleteFrom('person_search').where('person_id', 'in', part).execute();
    await insertMany(db, 'person_search', people.map((p) => searchRows({
      person: p,
      metText: [p.metAtEventId ? events.get(p.metAtEventId) : '', p.introducedById ? introducers.get(p.introducedById) : ''].filter(Boolean).join(' '),
    })));
  }
}
