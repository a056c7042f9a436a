import { sql } from 'kysely';
import type { Label, LabelledPerson } from '../core/sharing.js';
import type { Share } from '../core/tending.js';
import { chunks, insertMany } from './batch.js';
import type { Db } from './store.js';

/** The one share record of a URL, with its topics and recipients. */
export async function shareByUrl(db: Db, url: string): Promise<Share | undefined> {
  const row = await db.selectFrom('share').selectAll().where('url', '=', url).orderBy('date').orderBy('id').executeTakeFirst();
  if (!row) return undefined;
  const [topics, recipients] = await Promise.all([
    db.selectFrom('share_topic').select('topic').where('share_id', '=', row.id).orderBy('ordinal').execute(),
    db.selectFrom('share_recipient').select('person_id').where('share_id', '=', row.id).orderBy('person_id').execute(),
  ]);
  return { id: row.id, url: row.url, title: row.title, date: row.date, topics: topics.map((t) => t.topic), recipientIds: recipients.map((r) => r.person_id) };
}

export async function insertShare(db: Db, share: Share): Promise<void> {
  await db.insertInto('share').values({ id: share.id, url: share.url, title: share.title, date: share.date }).execute();
  await addTopics(db, share.id, share.topics, 0);
  await addRecipients(db, share.id, share.recipientIds);
}

export async function setShareTitle(db: Db, id: string, title: string): Promise<void> {
  await db.updateTable('share').set({ title }).where('id', '=', id).execute();
}

/** Appends topics after the `from` ones already stored. */
export async function addTopics(db: Db, shareId: string, topics: readonly string[], from: number): Promise<void> {
  await insertMany(db, 'share_topic', topics.map((topic, i) => ({ share_id: shareId, ordinal: from + i, topic })));
}

export async function addRecipients(db: Db, shareId: string, personIds: readonly string[]): Promise<void> {
  await insertMany(db, 'share_recipient', personIds.map((person_id) => ({ share_id: shareId, person_id })));
}

/**
 * The distinct interests and tags of the network, by a skip scan of the (kind, value) index:
 * one seek per distinct value, no person read. A network's vocabulary is small next to its
 * people, so topics are matched against it in code (accents and partial words need that),
 * and people are then found by exact value.
 */
export async function labelVocabulary(db: Db): Promise<Label[]> {
  const out: Label[] = [];
  for (const kind of ['interest', 'tag'] as const) {
    const rows = await sql<{ value: string }>`with recursive v(value) as (
        select (select value from person_label where kind = ${kind} order by value limit 1)
        union all
        select (select l.value from person_label l where l.kind = ${kind} and l.value > v.value order by l.value limit 1) from v where v.value is not null
      ) select value from v where value is not null`.execute(db);
    for (const r of rows.rows) out.push({ kind, value: r.value });
  }
  return out;
}

/**
 * Everyone holding one of these labels who did not receive the share, found through the
 * (kind, value) index: the cost follows the number of people matched, never the network's size.
 */
export async function peopleWithLabels(db: Db, labels: readonly Label[], excludeShareId: string | null): Promise<LabelledPerson[]> {
  const found = new Map<string, LabelledPerson>();
  for (const kind of ['interest', 'tag'] as const) {
    const values = labels.filter((l) => l.kind === kind).map((l) => l.value);
    for (const part of chunks(values)) {
      let query = db.selectFrom('person_label as l').innerJoin('person as p', 'p.id', 'l.person_id')
        .select(['p.id', 'p.name', 'p.priority', 'p.last_exchange_on'])
        .where('l.kind', '=', kind).where('l.value', 'in', part);
      if (excludeShareId !== null) {
        const shareId = excludeShareId;
        query = query.where('l.person_id', 'not in', (eb) => eb.selectFrom('share_recipient').select('person_id').where('share_id', '=', shareId));
      }
      for (const r of await query.execute()) found.set(r.id, { id: r.id, name: r.name, priority: r.priority, lastExchangeOn: r.last_exchange_on });
    }
  }
  return [...found.values()];
}

/** The interests and tags of these people, in the order they were given. */
export async function labelsOf(db: Db, personIds: readonly string[]): Promise<Map<string, Label[]>> {
  const out = new Map<string, Label[]>();
  for (const part of chunks(personIds)) {
    const rows = await db.selectFrom('person_label').select(['person_id', 'kind', 'value'])
      .where('person_id', 'in', part).where('kind', 'in', ['interest', 'tag']).orderBy('person_id').orderBy('ordinal').execute();
    for (const r of rows) out.set(r.person_id, [...(out.get(r.person_id) ?? []), { kind: r.kind as Label['kind'], value: r.value }]);
  }
  return out;
}

/** Names of people by id, for records that hold only ids. */
export async function personNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const part of chunks([...new Set(ids)])) {
    for (const r of await db.selectFrom('person').select(['id', 'name']).where('id', 'in', part).execute()) out.set(r.id, r.name);
  }
  return out;
}

/** What was sent to one person, newest first: the person page's timeline. */
export async function sharesWith(db: Db, personId: string): Promise<{ id: string; url: string; title: string | null; date: string }[]> {
  return db.selectFrom('share').innerJoin('share_recipient', 'share_recipient.share_id', 'share.id')
    .select(['share.id', 'share.url', 'share.title', 'share.date']).where('share_recipient.person_id', '=', personId)
    .orderBy('share.date', 'desc').orderBy('share.id').execute();
}
