import { sql, type RawBuilder } from 'kysely';
import { IdIndex } from '../core/graph/id-index.js';
import type { ExchangeFact } from '../core/health.js';
import type { NetworkFacts } from '../core/network.js';
import { OPEN_END, OPEN_START, TIE_STRENGTHS } from '../core/ties.js';
import { CHANNELS, CIRCLES, type Channel, type Circle } from '../core/types.js';
import type { Database } from './schema.js';
import type { Db } from './store.js';

// Field and row separators of packed rows: control characters no id, name or title holds.
// Should one ever appear in a title, only that row is misread: a row never runs into the next.
const FS = '\x1f';
const RS = '\x1e';
const FS_CODE = 0x1f;
const RS_CODE = 0x1e;

type Table = keyof Database;

/**
 * Reads a whole table as a few long strings, `string_agg` of its rows. Each row read one by
 * one costs about a microsecond in the driver; packed, a million rows cost what the database
 * takes to scan them. string_agg and concat_ws exist in PostgreSQL, and in SQLite since 3.44.
 * Columns named in `nullable` may be null (concat_ws would skip them). A table too big for
 * one string is read in parts, each a scan on the first character of its first column.
 */
async function packed(db: Db, table: Table, columns: readonly string[], nullable: readonly string[] = [], where?: RawBuilder<unknown>): Promise<string[]> {
  const fields = columns.map((c) => (nullable.includes(c) ? sql`coalesce(${sql.ref(c)}, '')` : sql.ref(c)));
  const row = sql`concat_ws(${sql.lit(FS)}, ${sql.join(fields)})`;
  const read = async (part?: RawBuilder<unknown>): Promise<string> => {
    const filter = [where, part].filter((w) => w !== undefined);
    const rows = await sql<{ x: string | null }>`select string_agg(${row}, ${sql.lit(RS)}) as x from ${sql.table(table)}${filter.length > 0 ? sql` where ${sql.join(filter, sql` and `)}` : sql``}`.execute(db);
    return rows.rows[0]?.x ?? '';
  };
  try {
    return [await read()];
  } catch (error) {
    if (!/too (big|large)|string length|memory/i.test(String(error))) throw error;
    const first = sql`substr(${sql.ref(columns[0] ?? 'id')}, 1, 1)`;
    const bounds = ['0', '4', '8', 'c', 'g', 'k', 'p', 't', 'x'];
    const parts = bounds.map((lo, i) => {
      const hi = bounds[i + 1];
      return i === 0 ? sql`${first} < ${sql.lit(bounds[1] ?? '4')}` : hi ? sql`${first} >= ${sql.lit(lo)} and ${first} < ${sql.lit(hi)}` : sql`${first} >= ${sql.lit(lo)}`;
    });
    const out: string[] = [];
    for (const part of parts) out.push(await read(part));
    return out;
  }
}

/** How the database lets big tables be read (see `StoreDialect.rowidChunks`). */
export interface NetworkReads {
  rowidChunks: boolean;
}

/**
 * Visits every row of a table, read packed as by `packed`. On SQLite the rows come in chunks
 * of `perChunk`, each a range of the rowid (the table's own order, so no index is read): a
 * chunk's text stays under about 64k characters, small enough for the JavaScript engine to
 * make and drop it in its young generation. One text of 100 MB is allocated fresh, and on a
 * virtual machine first touching fresh memory costs more than SQLite's whole scan. Elsewhere
 * (PostgreSQL), the whole table comes as one text.
 */
async function eachTableRow(db: Db, reads: NetworkReads, table: Table, columns: readonly string[], nullable: readonly string[], perChunk: number, visit: (c: Cursor) => void): Promise<void> {
  if (!reads.rowidChunks) {
    eachRow(await packed(db, table, columns, nullable), visit);
    return;
  }
  const fields = columns.map((c) => (nullable.includes(c) ? sql`coalesce(${sql.ref(c)}, '')` : sql.ref(c)));
  const row = sql`concat_ws(${sql.lit(FS)}, ${sql.join(fields)})`;
  let after: number | null = null;
  for (;;) {
    const from: RawBuilder<unknown> = after === null ? sql`` : sql` where rowid > ${after}`;
    const result: { rows: { x: string | null; last: number | null }[] } = await sql<{ x: string | null; last: number | null }>`select string_agg(x, ${sql.lit(RS)}) as x, max(r) as last
      from (select rowid as r, ${row} as x from ${sql.table(table)}${from} order by rowid limit ${perChunk})`.execute(db);
    const { x, last }: { x: string | null; last: number | null } = result.rows[0] ?? { x: null, last: null };
    if (x === null || last === null) return;
    eachRow([x], visit);
    after = last;
  }
}

/** Person ids in order, in chunks on SQLite (see eachTableRow), through the primary key's index. */
async function personIds(db: Db, reads: NetworkReads): Promise<string[]> {
  if (!reads.rowidChunks) {
    const rows = await db.selectFrom('person').select((eb) => sql<string | null>`string_agg(${eb.ref('id')}, ${sql.lit(RS)})`.as('x')).execute();
    return inOrder(rows.flatMap((r) => (r.x ? r.x.split(RS) : [])));
  }
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const from: RawBuilder<unknown> = after === null ? sql`` : sql` where id > ${after}`;
    const result: { rows: { x: string | null; last: string | null }[] } = await sql<{ x: string | null; last: string | null }>`select string_agg(id, ${sql.lit(RS)}) as x, max(id) as last
      from (select id from person${from} order by id limit 4000)`.execute(db);
    const { x, last }: { x: string | null; last: string | null } = result.rows[0] ?? { x: null, last: null };
    if (x === null || last === null) return inOrder(ids);
    for (const id of x.split(RS)) ids.push(id);
    after = last;
  }
}

/**
 * A cursor over packed rows: fields are read in order, each without copying unless asked.
 * A field never runs past its row: one missing reads as empty, and a row with too many
 * fields (a separator in a title) loses the rest of that row only.
 */
class Cursor {
  private i = 0;
  /** The current row has no more fields: its last one ended at a row separator. */
  private ended = false;
  start = 0;
  end = 0;

  constructor(readonly text: string) {}

  get done(): boolean {
    return this.i >= this.text.length;
  }

  /** Moves to the next row, skipping what is left of the current one. */
  row(): void {
    if (!this.ended) {
      const end = this.text.indexOf(RS, this.i);
      this.i = end < 0 ? this.text.length : end + 1;
    }
    this.ended = false;
  }

  /** Moves to the row's next field (empty past its last); its bounds are [start, end). */
  next(): this {
    const t = this.text;
    let i = this.i;
    this.start = i;
    if (this.ended) {
      this.end = i;
      return this;
    }
    let c = t.charCodeAt(i);
    while (i < t.length && c !== FS_CODE && c !== RS_CODE) c = t.charCodeAt(++i);
    this.end = i;
    this.i = i + 1;
    if (c !== FS_CODE) this.ended = true;
    return this;
  }

  str(): string {
    return this.text.slice(this.start, this.end);
  }

  orNull(): string | null {
    return this.end > this.start ? this.str() : null;
  }

  id(index: IdIndex): number {
    return this.end > this.start ? index.getIn(this.text, this.start, this.end) : -1;
  }

  /** A 'YYYY-MM-DD' field as a day number; `empty` when blank or malformed. */
  day(empty: number): number {
    const t = this.text, s = this.start;
    if (this.end - s !== 10) return empty;
    const y = (t.charCodeAt(s) - 48) * 1000 + (t.charCodeAt(s + 1) - 48) * 100 + (t.charCodeAt(s + 2) - 48) * 10 + (t.charCodeAt(s + 3) - 48);
    const m = (t.charCodeAt(s + 5) - 48) * 10 + (t.charCodeAt(s + 6) - 48);
    const d = (t.charCodeAt(s + 8) - 48) * 10 + (t.charCodeAt(s + 9) - 48);
    if (!(y >= 0 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return empty;
    return daysFromCivil(y, m, d);
  }
}

/** Days since 1970-01-01 of a calendar date (Howard Hinnant's algorithm), without a Date object. */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Visits every row of packed texts with a cursor positioned before its first field. */
function eachRow(texts: readonly string[], visit: (c: Cursor) => void): void {
  for (const text of texts) {
    if (text === '') continue;
    const c = new Cursor(text);
    while (!c.done) {
      visit(c);
      c.row();
    }
  }
}

/** A growable Int32 list, to collect rows of unknown count. */
class Ints {
  data = new Int32Array(1024);
  length = 0;

  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }

  /** A view, not a copy: copying costs more than the spare room kept. */
  done(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

/**
 * Distinct strings of packed text, each kept once and numbered: a million positions hold a
 * few thousand titles. Looked up from a slice of the text, without making a string per row.
 */
class Interner {
  readonly values: string[] = [];
  private table = new Int32Array(1024).fill(-1);

  indexIn(text: string, start: number, end: number): number {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    const mask = this.table.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const at = this.table[slot] ?? -1;
      if (at < 0) {
        this.table[slot] = this.values.length;
        this.values.push(text.slice(start, end));
        if (this.values.length * 2 > this.table.length) this.rehash();
        return this.values.length - 1;
      }
      const known = this.values[at] ?? '';
      if (known.length === end - start && text.startsWith(known, start)) return at;
    }
  }

  private rehash(): void {
    this.table = new Int32Array(this.table.length * 2).fill(-1);
    const mask = this.table.length - 1;
    this.values.forEach((v, at) => {
      let h = 0x811c9dc5;
      for (let i = 0; i < v.length; i++) h = Math.imul(h ^ v.charCodeAt(i), 0x01000193);
      let slot = h & mask;
      while ((this.table[slot] ?? -1) >= 0) slot = (slot + 1) & mask;
      this.table[slot] = at;
    });
  }
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
export async function loadNetworkFacts(db: Db, reads: NetworkReads): Promise<NetworkFacts> {
  const ids = await personIds(db, reads);
  const n = ids.length;
  const people = new IdIndex(n);
  ids.forEach((id, i) => { people.add(id, i); });
  const [personRows, eventRows, exchangeRows, participantRows, circleRows, favourRows] = await Promise.all([
    packed(db, 'person', ['id', 'met_at_event_id', 'introduced_by_id', 'connected_on'], ['met_at_event_id', 'introduced_by_id', 'connected_on'],
      sql`(met_at_event_id is not null or introduced_by_id is not null or connected_on is not null)`),
    packed(db, 'event', ['id', 'name', 'date']),
    packed(db, 'exchange', ['id', 'date', 'channel', 'they_initiated', 'event_id'], ['event_id']),
    packed(db, 'exchange_participant', ['exchange_id', 'person_id']),
    packed(db, 'person_label', ['person_id', 'value'], [], sql`kind = 'circle'`),
    packed(db, 'favour', ['person_id', 'direction', 'kind', 'introduced_id'], ['introduced_id']),
  ]);

  // The big tables (organizations, positions, ties) are read in chunks, each parsed as it comes.
  const orgNames: string[] = [];
  const orgs = new IdIndex();
  await eachTableRow(db, reads, 'organization', ['id', 'name'], [], 2000, (c) => {
    orgs.addIn(c.text, c.next().start, c.end, orgNames.length);
    orgNames.push(c.next().str());
  });

  const events = { names: [] as string[], dates: [] as string[] };
  const eventIndex = new IdIndex();
  eachRow(eventRows, (c) => {
    eventIndex.addIn(c.text, c.next().start, c.end, events.names.length);
    events.names.push(c.next().str());
    events.dates.push(c.next().str());
  });

  const posPerson = new Ints(), posOrg = new Ints(), posStart = new Ints(), posEnd = new Ints();
  const posTitle = new Ints();
  const titles = new Interner();
  await eachTableRow(db, reads, 'position', ['person_id', 'organization_id', 'title', 'start_on', 'end_on'], ['title', 'start_on', 'end_on'], 1000, (c) => {
    const person = c.next().id(people), org = c.next().id(orgs);
    const title = c.next().end > c.start ? titles.indexIn(c.text, c.start, c.end) : -1;
    const start = c.next().day(OPEN_START), end = c.next().day(OPEN_END);
    if (person < 0 || org < 0) return;
    posPerson.push(person);
    posOrg.push(org);
    posTitle.push(title);
    posStart.push(start);
    posEnd.push(end);
  });

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
    exchangeIndex.addIn(c.text, c.next().start, c.end, exDate.length);
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

  const tieA = new Ints(), tieB = new Ints(), tieStrength = new Ints();
  await eachTableRow(db, reads, 'tie', ['a_id', 'b_id', 'strength'], [], 2000, (c) => {
    const a = c.next().id(people), b = c.next().id(people);
    // weak, medium, strong: the first letter tells them apart.
    const first = c.next().text.charCodeAt(c.start);
    const strength = TIE_STRENGTHS.findIndex((x) => x.charCodeAt(0) === first);
    if (a < 0 || b < 0) return;
    tieA.push(a);
    tieB.push(b);
    tieStrength.push(Math.max(0, strength));
  });

  return {
    ids,
    orgNames,
    positions: { person: posPerson.done(), org: posOrg.done(), start: posStart.done(), end: posEnd.done(), title: posTitle.done() },
    titles: titles.values,
    events,
    attended: { person: attPerson.done(), event: attEvent.done() },
    meetings,
    introductions: { introducer: introducer.done(), introduced: introduced.done(), byUser: Uint8Array.from(byUser.done()) },
    declared: { a: tieA.done(), b: tieB.done(), strength: Uint8Array.from(tieStrength.done()) },
    user: { circles, exchanges, metAt, introducedBy, connectedOn, favours },
  };
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
