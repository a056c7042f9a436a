import { sql } from 'kysely';
import { IdIndex } from '../core/graph/id-index.js';
import type { ExchangeFact } from '../core/health.js';
import type { NetworkFacts } from '../core/network.js';
import { OPEN_END, OPEN_START, TIE_STRENGTHS } from '../core/ties.js';
import { CHANNELS, CIRCLES, type Channel, type Circle } from '../core/types.js';
import { chunkRead, eachRow, eachTableChunk, eachTableRow, IdFields, Interner, Ints, packed, RS, wholeRead, type ChunkSource, type NetworkReads } from './network.packed.js';
import type { Db } from './store.js';

export type { NetworkReads };

/**
 * Person ids in order, through the primary key's index on SQLite: one text of about 13 MB for
 * a million people, which costs less than reading them in parts.
 */
async function personIds(db: Db, reads: NetworkReads): Promise<string[]> {
  const ids = reads.rowidChunks
    ? sql<{ x: string | null }>`select string_agg(id, ${sql.lit(RS)}) as x from (select id from person order by id)`
    : sql<{ x: string | null }>`select string_agg(id, ${sql.lit(RS)}) as x from person`;
  const text = (await ids.execute(db)).rows[0]?.x ?? null;
  return text ? inOrder(text.split(RS)) : [];
}

/**
 * Ids in JavaScript's order (node numbers and lookups rely on it); sorted unless the database
 * returned them so already, as its collation may differ.
 */
function inOrder(ids: string[]): string[] {
  for (let i = 1; i < ids.length; i++) {
    if ((ids[i - 1] ?? '') > (ids[i] ?? '')) return ids.sort();
  }
  return ids;
}

/**
 * Everything the graph is built from, in a few bulk reads: people, organizations and
 * positions, events and who attended, exchanges (for the user's ties and meetings),
 * circles, favours and introductions, and declared ties.
 */
export async function loadNetworkFacts(db: Db, reads: NetworkReads, threadFrom = THREAD_FROM): Promise<NetworkFacts> {
  const thread = await bigTablesThread(db, reads, threadFrom);
  try {
    return await readFacts(db, reads, thread);
  } finally {
    await thread?.close();
  }
}

/** Rows of the big tables from which they are read on another thread: below, starting it costs more than it saves. */
const THREAD_FROM = 200_000;

// The people, then the big tables, in the order they are parsed.
const PERSON = {
  table: 'person', columns: ['id', 'met_at_event_id', 'introduced_by_id', 'connected_on'], nullable: ['met_at_event_id', 'introduced_by_id', 'connected_on'],
  where: sql`(met_at_event_id is not null or introduced_by_id is not null or connected_on is not null)`,
} as const;
const ORGANIZATION = { table: 'organization', columns: ['id', 'name'], nullable: [] } as const;
const POSITION = { table: 'position', columns: ['person_id', 'organization_id', 'title', 'start_on', 'end_on'], nullable: ['title', 'start_on', 'end_on'] } as const;
const TIE = { table: 'tie', columns: ['a_id', 'b_id', 'strength'], nullable: [] } as const;
const BIG = [ORGANIZATION, POSITION, TIE];
// Read i of the thread: the people's rows, then the big tables.
const [PEOPLE, ORGANIZATIONS, POSITIONS, TIES] = [0, 1, 2, 3];

/** Starts reading the big tables on another thread, when the database can and they are big enough to gain by it. */
async function bigTablesThread(db: Db, reads: NetworkReads, threadFrom: number): Promise<ChunkSource | null> {
  if (!reads.chunkThread) return null;
  const spans = await Promise.all(BIG.map(async ({ table }) => {
    const r = await sql<{ span: number | null }>`select max(rowid) - min(rowid) as span from ${sql.table(table)}`.execute(db);
    return r.rows[0]?.span ?? 0;
  }));
  if (spans.reduce((a, b) => a + b, 0) < threadFrom) return null;
  // The people's rows too, whole: this thread reads their ids meanwhile, while the other starts.
  return reads.chunkThread([
    wholeRead(db, PERSON.table, PERSON.columns, PERSON.nullable, PERSON.where),
    ...BIG.map((t) => chunkRead(db, t.table, t.columns, t.nullable)),
  ]);
}

async function readFacts(db: Db, reads: NetworkReads, thread: ChunkSource | null): Promise<NetworkFacts> {
  const ids = await personIds(db, reads);
  const n = ids.length;
  const people = new IdIndex(n);
  ids.forEach((id, i) => { people.add(id, i); });
  const [personRows, eventRows, exchangeRows, participantRows, circleRows, favourRows] = await Promise.all([
    thread ? bytesOf(thread.chunks(PEOPLE)) : packed(db, PERSON.table, PERSON.columns, PERSON.nullable, PERSON.where),
    packed(db, 'event', ['id', 'name', 'date']),
    packed(db, 'exchange', ['id', 'date', 'channel', 'they_initiated', 'event_id'], ['event_id']),
    packed(db, 'exchange_participant', ['exchange_id', 'person_id']),
    packed(db, 'person_label', ['person_id', 'value'], [], sql`kind = 'circle'`),
    packed(db, 'favour', ['person_id', 'direction', 'kind', 'introduced_id'], ['introduced_id']),
  ]);

  // The big tables (organizations, positions, ties): on the reading thread, a chunk at a time, each parsed as it comes.
  const orgNames: string[] = [];
  const orgs = new IdIndex();
  await eachTableRow(db, ORGANIZATION.table, ORGANIZATION.columns, ORGANIZATION.nullable, (c) => {
    orgs.addBytes(c.bytes, c.next().start, c.end, orgNames.length);
    orgNames.push(c.next().str());
  }, thread?.chunks(ORGANIZATIONS));

  const events = { names: [] as string[], dates: [] as string[] };
  const eventIndex = new IdIndex();
  eachRow(eventRows, (c) => {
    eventIndex.addBytes(c.bytes, c.next().start, c.end, events.names.length);
    events.names.push(c.next().str());
    events.dates.push(c.next().str());
  });

  const positions = await readPositions(db, people, orgs, thread?.chunks(POSITIONS));

  const attPerson = new Ints(), attEvent = new Ints();
  const metAt = new Int32Array(n).fill(-1);
  const introducedBy = new Int32Array(n).fill(-1);
  const connectedOn: (string | null)[] = new Array<string | null>(n).fill(null);
  const introducer = new Ints(), introduced = new Ints(), byUser = new Ints();
  eachRow(personRows, (c) => {
    const p = c.next().id(people), event = c.next().id(eventIndex), by = c.next().id(people);
    const connected = c.next().orNull();
    if (p < 0) return;
    metAt[p] = event;
    if (event >= 0) {
      attPerson.push(p);
      attEvent.push(event);
    }
    if (by >= 0 && by !== p) {
      introducedBy[p] = by;
      introducer.push(by);
      introduced.push(p);
      byUser.push(0);
    }
    connectedOn[p] = connected;
  });

  // Exchanges: facts for the user's ties, events attended, and meetings of several people.
  const exchangeIndex = new IdIndex();
  const exDate: string[] = [], exChannel: Channel[] = [], exTheirs: boolean[] = [], exEvent: number[] = [];
  eachRow(exchangeRows, (c) => {
    exchangeIndex.addBytes(c.bytes, c.next().start, c.end, exDate.length);
    exDate.push(c.next().str());
    const channel = c.next().str() as Channel;
    exChannel.push(CHANNELS.includes(channel) ? channel : 'message');
    exTheirs.push(c.next().str() === '1');
    exEvent.push(c.next().id(eventIndex));
  });
  const partExchange = new Ints(), partPerson = new Ints();
  const exchanges = new Map<number, ExchangeFact[]>();
  eachRow(participantRows, (c) => {
    const x = c.next().id(exchangeIndex), p = c.next().id(people);
    if (x < 0 || p < 0) return;
    partExchange.push(x);
    partPerson.push(p);
    const list = exchanges.get(p) ?? [];
    if (list.length === 0) exchanges.set(p, list);
    list.push({ date: exDate[x] ?? '', channel: exChannel[x] ?? 'message', theyInitiated: exTheirs[x] ?? false });
    const event = exEvent[x] ?? -1;
    if (event >= 0) {
      attPerson.push(p);
      attEvent.push(event);
    }
  });
  const meetings = meetingsOf(exDate, partExchange.done(), partPerson.done());

  const circles = new Map<number, Circle[]>();
  eachRow(circleRows, (c) => {
    const p = c.next().id(people);
    const circle = c.next().str() as Circle;
    if (p < 0 || !CIRCLES.includes(circle)) return;
    const list = circles.get(p) ?? [];
    if (list.length === 0) circles.set(p, list);
    list.push(circle);
  });

  const favours = new Map<number, number>();
  eachRow(favourRows, (c) => {
    const p = c.next().id(people), direction = c.next().str(), kind = c.next().str(), other = c.next().id(people);
    if (p < 0) return;
    favours.set(p, (favours.get(p) ?? 0) + 1);
    if (kind === 'introduction' && other >= 0 && other !== p) {
      introducer.push(p);
      introduced.push(other);
      byUser.push(direction === 'given' ? 1 : 0);
    }
  });

  const declared = await readTies(db, people, thread?.chunks(TIES));
 
  return {
    ids,
    orgNames,
    positions: positions.positions,
    titles: positions.titles,
    events,
    attended: { person: attPerson.done(), event: attEvent.done() },
    meetings,
    introductions: { introducer: introducer.done(), introduced: introduced.done(), byUser: Uint8Array.from(byUser.done()) },
    declared,
    user: { circles, exchanges, metAt, introducedBy, connectedOn, favours },
  };
}

/**
 * Positions whose person and organization are known, in the table's order. A chunk's ids are
 * looked up together once it is parsed (see IdFields).
 */
async function readPositions(db: Db, people: IdIndex, orgs: IdIndex, source?: AsyncIterable<Buffer>): Promise<Pick<NetworkFacts, 'positions' | 'titles'>> {
  const person = new Ints(), org = new Ints(), title = new Ints(), start = new Ints(), end = new Ints();
  const titles = new Interner();
  const personIds = new IdFields(), orgIds = new IdFields();
  await eachTableChunk(db, POSITION.table, POSITION.columns, POSITION.nullable, (chunk) => {
    const first = title.length;
    eachRow([chunk], (c) => {
      personIds.add(c.next());
      orgIds.add(c.next());
      title.push(c.next().end > c.start ? titles.indexIn(c.bytes, c.start, c.end) : -1);
      start.push(c.next().day(OPEN_START));
      end.push(c.next().day(OPEN_END));
    });
    personIds.lookUp(people, chunk, person);
    orgIds.lookUp(orgs, chunk, org);
    dropUnknown(first, [person, org], [title, start, end]);
  }, source);
  return { positions: { person: person.done(), org: org.done(), start: start.done(), end: end.done(), title: title.done() }, titles: titles.values };
}

// weak, medium, strong: the first letter tells them apart.
const STRENGTH_BY_LETTER = new Map(TIE_STRENGTHS.map((s, i) => [s.charCodeAt(0), i]));

/** Declared ties between known people, in the table's order. */
async function readTies(db: Db, people: IdIndex, source?: AsyncIterable<Buffer>): Promise<NetworkFacts['declared']> {
  const a = new Ints(), b = new Ints(), strength = new Ints();
  const aIds = new IdFields(), bIds = new IdFields();
  await eachTableChunk(db, TIE.table, TIE.columns, TIE.nullable, (chunk) => {
    const first = strength.length;
    eachRow([chunk], (c) => {
      aIds.add(c.next());
      bIds.add(c.next());
      strength.push(STRENGTH_BY_LETTER.get(c.next().first()) ?? 0);
    });
    aIds.lookUp(people, chunk, a);
    bIds.lookUp(people, chunk, b);
    dropUnknown(first, [a, b], [strength]);
  }, source);
  return { a: a.done(), b: b.done(), strength: Uint8Array.from(strength.done()) };
}

async function bytesOf(chunks: AsyncIterable<Buffer>): Promise<Buffer[]> {
  const out: Buffer[] = [];
  for await (const chunk of chunks) out.push(chunk);
  return out;
}

/** Drops the rows from `first` on where any of `ids` is unknown (-1), from `ids` and `rest` alike. */
function dropUnknown(first: number, ids: readonly Ints[], rest: readonly Ints[]): void {
  const length = ids[0]?.length ?? 0;
  const known = (r: number): boolean => {
    for (const column of ids) if ((column.data[r] ?? -1) < 0) return false;
    return true;
  };
  // Rows name known people nearly always: the rows are moved only past the first unknown one.
  let write = first;
  while (write < length && known(write)) write++;
  if (write === length) return;
  const columns = [...ids, ...rest];
  for (let r = write + 1; r < length; r++) {
    if (!known(r)) continue;
    for (const column of columns) column.data[write] = column.data[r] ?? 0;
    write++;
  }
  for (const column of columns) column.length = write;
}

/** Exchanges with two people or more, in date order, each with its participants sorted. */
function meetingsOf(dates: readonly string[], exchange: Int32Array, person: Int32Array): NetworkFacts['meetings'] {
  const byExchange = new Map<number, number[]>();
  for (let i = 0; i < exchange.length; i++) {
    const x = exchange[i] ?? 0;
    const list = byExchange.get(x) ?? [];
    if (list.length === 0) byExchange.set(x, list);
    list.push(person[i] ?? 0);
  }
  const groups = [...byExchange].filter(([, list]) => list.length > 1)
    .map(([x, list]) => ({ date: dates[x] ?? '', members: list.sort((a, b) => a - b) }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : (a.members[0] ?? 0) - (b.members[0] ?? 0) || a.members.length - b.members.length));
  const offsets = new Int32Array(groups.length + 1);
  const members: number[] = [];
  groups.forEach((g, i) => {
    members.push(...g.members);
    offsets[i + 1] = members.length;
  });
  return { offsets, members: Int32Array.from(members), dates: groups.map((g) => g.date) };
}

/** Names of people by id. */
export async function namesOf(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (let i = 0; i < ids.length; i += 5000) {
    const rows = await db.selectFrom('person').select(['id', 'name']).where('id', 'in', ids.slice(i, i + 5000)).execute();
    for (const r of rows) out.set(r.id, r.name);
  }
  return out;
}

/** Ids of people whose notes, interests or tags hold every one of these folded terms. */
export async function idsByNotes(db: Db, terms: readonly string[]): Promise<string[]> {
  if (terms.length === 0) return [];
  let query = db.selectFrom('person_search').select('person_id');
  for (const t of terms) query = query.where('notes', 'like', `%${t.replace(/[\\%_]/g, '')}%`);
  return (await query.execute()).map((r) => r.person_id);
}

/** The rank of each of these people in the user's list (null when unranked). */
export async function ranksOf(db: Db, ids: readonly string[]): Promise<Map<string, number | null>> {
  const out = new Map<string, number | null>();
  for (let i = 0; i < ids.length; i += 5000) {
    const rows = await db.selectFrom('person').select(['id', 'priority']).where('id', 'in', ids.slice(i, i + 5000)).execute();
    for (const r of rows) out.set(r.id, r.priority);
  }
  return out;
}
