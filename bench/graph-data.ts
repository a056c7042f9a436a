/**
 * The graph bench's data: a deterministic network of any size with a heavy-tailed degree
 * distribution and overlapping organizations. It comes out both as rows for the store (to
 * measure building the graph from SQLite) and as the facts the loader should read back
 * (to check that it does).
 */
import Database from 'better-sqlite3';
import { addDays, dayNumber } from '../src/core/dates.js';
import type { ExchangeFact } from '../src/core/health.js';
import type { NetworkFacts } from '../src/core/network.js';
import { OPEN_END, OPEN_START, TIE_STRENGTHS } from '../src/core/ties.js';
import { CIRCLES, type Circle, type Day } from '../src/core/types.js';
import { sfc32, type Rng } from '../src/app/demo/generator.js';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
const TITLES = ['Data Engineer', 'Product Manager', 'Software Engineer', 'Head of Sales', 'Consultant', 'Chef de projet', 'Juriste', 'UX Designer', 'Account Executive', 'Directrice financière'];
const STUDIES = ['MSc student', 'Étudiante en master', 'PhD researcher', 'Élève ingénieur'];

export interface BenchPosition { person: number; org: number; title: string; start: Day; end: Day | null }
export interface BenchTie { a: number; b: number; strength: (typeof TIE_STRENGTHS)[number] }
export interface BenchExchange { date: Day; channel: 'in-person' | 'email' | 'call'; participants: number[] }

export interface BenchNetwork {
  ids: string[];
  /** Makes more ids, after the people's (organizations, positions, exchanges): real ones are all alike. */
  id: (n: number) => string;
  orgNames: string[];
  positions: BenchPosition[];
  ties: BenchTie[];
  /** The user's contacts: their circles. */
  circles: Map<number, Circle[]>;
  exchanges: BenchExchange[];
}

export interface BenchSize {
  people: number;
  /** Declared ties per person; the rest of the ties are inferred from shared organizations. */
  declaredPerPerson: number;
  contacts: number;
  /** People per organization on average (positions are spread over them log-uniformly). */
  peoplePerOrg?: number;
}

/** 12 base32 characters from a counter, through a keyed Feistel permutation: unique by construction. */
function idMaker(rng: Rng): (n: number) => string {
  const keys = [0, 1, 2, 3].map(() => (rng() * 4294967296) | 0);
  const f = (x: number, k: number) => {
    let h = Math.imul(x ^ k, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return (h ^ (h >>> 16)) & 0x3fffffff;
  };
  return (n) => {
    let l = 0, r = n & 0x3fffffff;
    for (const k of keys) {
      const next = l ^ f(r, k);
      l = r;
      r = next;
    }
    let out = '';
    for (const half of [l, r]) for (let s = 25; s >= 0; s -= 5) out += ALPHABET.charAt((half >>> s) & 31);
    return out;
  };
}

/**
 * People with 1-3 positions each at organizations of log-uniform popularity (a few employ
 * thousands, most a handful), declared ties whose ends are drawn with a power law (a few
 * people know thousands), and a user with a few thousand contacts.
 */
export function generateBenchNetwork(size: BenchSize, seed: number, today: Day): BenchNetwork {
  const rng = sfc32(seed);
  const n = size.people;
  const id = idMaker(rng);
  const ids = Array.from({ length: n }, (_, i) => id(i));
  const orgCount = Math.max(20, Math.round(n / (size.peoplePerOrg ?? 25)));
  const orgNames = Array.from({ length: orgCount }, (_, o) => (o % 20 === 7 ? `University ${String(o)}` : `Org ${String(o)}`));
  const todayNum = dayNumber(today);
  const positions: BenchPosition[] = [];
  for (let p = 0; p < n; p++) {
    const count = rng() < 0.5 ? 1 : rng() < 0.7 ? 2 : 3;
    let newer = todayNum - 30 - Math.floor(rng() * 3000);
    for (let k = 0; k < count; k++) {
      const org = Math.floor(orgCount ** (rng() ** 0.5)) - 1;
      const end = k === 0 ? null : newer - Math.floor(rng() * 90);
      const start = (end ?? newer) - (k === 0 ? 0 : 300 + Math.floor(rng() * 2000));
      const school = orgNames[org]?.startsWith('University') ?? false;
      positions.push({
        person: p, org, title: (school ? STUDIES : TITLES)[Math.floor(rng() * (school ? STUDIES.length : TITLES.length))] ?? '',
        start: addDays(today, start - todayNum), end: end === null ? null : addDays(today, end - todayNum),
      });
      newer = start;
    }
  }
  const ties: BenchTie[] = [];
  const declared = Math.round(n * size.declaredPerPerson);
  for (let t = 0; t < declared; t++) {
    const a = Math.floor(n * rng() ** 3), b = Math.floor(n * rng());
    if (a === b) continue;
    ties.push({ a: Math.min(a, b), b: Math.max(a, b), strength: TIE_STRENGTHS[Math.floor(rng() * 3)] ?? 'weak' });
  }
  const circles = new Map<number, Circle[]>();
  const contacts: number[] = [];
  while (circles.size < Math.min(n, size.contacts)) {
    const p = Math.floor(rng() * n);
    if (circles.has(p)) continue;
    circles.set(p, [CIRCLES[Math.floor(rng() * CIRCLES.length)] ?? 'other']);
    contacts.push(p);
  }
  const exchanges: BenchExchange[] = [];
  for (let x = 0; x < contacts.length * 4; x++) {
    const a = contacts[Math.floor(rng() * contacts.length)] ?? 0;
    const participants = rng() < 0.1 ? [a, contacts[Math.floor(rng() * contacts.length)] ?? 0] : [a];
    exchanges.push({ date: addDays(today, -Math.floor(rng() * 700)), channel: rng() < 0.3 ? 'in-person' : 'email', participants: [...new Set(participants)] });
  }
  return { ids, id, orgNames, positions, ties: dedupe(ties), circles, exchanges };
}

function dedupe(ties: BenchTie[]): BenchTie[] {
  const seen = new Set<number>();
  return ties.filter((t) => {
    const key = t.a * 16777216 + t.b;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The facts the store should give back for this network (people in sorted-id order). */
export function benchFacts(net: BenchNetwork): NetworkFacts {
  const order = net.ids.map((id, i) => [id, i] as const).sort((x, y) => (x[0] < y[0] ? -1 : 1));
  const at = new Int32Array(net.ids.length);
  order.forEach(([, i], rank) => { at[i] = rank; });
  const of = (i: number) => at[i] ?? 0;
  const pos = net.positions;
  const titleList = [...new Set(pos.map((p) => p.title))];
  const exchanges = new Map<number, ExchangeFact[]>();
  const groups: { date: Day; members: number[] }[] = [];
  for (const x of net.exchanges) {
    for (const p of x.participants) {
      const list = exchanges.get(of(p)) ?? [];
      exchanges.set(of(p), [...list, { date: x.date, channel: x.channel, theyInitiated: false }]);
    }
    if (x.participants.length > 1) groups.push({ date: x.date, members: x.participants.map(of).sort((a, b) => a - b) });
  }
  groups.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const offsets = new Int32Array(groups.length + 1);
  groups.forEach((g, i) => { offsets[i + 1] = (offsets[i] ?? 0) + g.members.length; });
  return {
    ids: order.map(([id]) => id),
    orgNames: net.orgNames,
    positions: {
      person: Int32Array.from(pos, (p) => of(p.person)), org: Int32Array.from(pos, (p) => p.org),
      start: Int32Array.from(pos, (p) => (p.start ? dayNumber(p.start) : OPEN_START)),
      end: Int32Array.from(pos, (p) => (p.end ? dayNumber(p.end) : OPEN_END)),
      title: Int32Array.from(pos, (p) => titleList.indexOf(p.title)),
    },
    titles: titleList,
    events: { names: [], dates: [] },
    attended: { person: new Int32Array(0), event: new Int32Array(0) },
    meetings: { offsets, members: Int32Array.from(groups.flatMap((g) => g.members)), dates: groups.map((g) => g.date) },
    introductions: { introducer: new Int32Array(0), introduced: new Int32Array(0), byUser: new Uint8Array(0) },
    declared: {
      a: Int32Array.from(net.ties, (t) => of(t.a)), b: Int32Array.from(net.ties, (t) => of(t.b)),
      strength: Uint8Array.from(net.ties, (t) => TIE_STRENGTHS.indexOf(t.strength)),
    },
    user: {
      circles: new Map([...net.circles].map(([p, c]) => [of(p), c])),
      exchanges,
      metAt: new Int32Array(net.ids.length).fill(-1),
      introducedBy: new Int32Array(net.ids.length).fill(-1),
      connectedOn: new Array<Day | null>(net.ids.length).fill(null),
      favours: new Map(),
    },
  };
}

/**
 * Writes the network into a Maillon database (created by openStore first) with raw
 * prepared statements in one transaction: loading is not what this bench measures.
 */
export function writeBenchNetwork(file: string, net: BenchNetwork, today: Day): void {
  const db = new Database(file);
  db.pragma('foreign_keys = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -1000000');
  let next = net.ids.length;
  const orgIds = net.orgNames.map(() => net.id(next++));
  db.transaction(() => {
    const person = db.prepare('insert into person (id, name, name_folded, created_on) values (?, ?, ?, ?)');
    for (const [i, id] of net.ids.entries()) person.run(id, `Person ${String(i)}`, `person ${String(i)}`, today);
    const org = db.prepare('insert into organization (id, name, name_folded) values (?, ?, ?)');
    net.orgNames.forEach((name, o) => org.run(orgIds[o], name, name.toLowerCase()));
    const position = db.prepare('insert into position (id, person_id, organization_id, ordinal, title, start_on, end_on) values (?, ?, ?, ?, ?, ?, ?)');
    for (const p of net.positions) position.run(net.id(next++), net.ids[p.person], orgIds[p.org], 0, p.title, p.start, p.end);
    const tie = db.prepare('insert into tie (a_id, b_id, strength, created_on) values (?, ?, ?, ?)');
    const rows = net.ties.map((t) => {
      const [a, b] = [net.ids[t.a] ?? '', net.ids[t.b] ?? ''];
      return a < b ? [a, b, t.strength] : [b, a, t.strength];
    }).sort((x, y) => ((x[0] ?? '') < (y[0] ?? '') ? -1 : 1));
    for (const r of rows) tie.run(r[0], r[1], r[2], today);
    const label = db.prepare("insert into person_label (person_id, kind, ordinal, value) values (?, 'circle', 0, ?)");
    for (const [p, circles] of net.circles) label.run(net.ids[p], circles[0]);
    const exchange = db.prepare("insert into exchange (id, date, channel, they_initiated, event_id, summary) values (?, ?, ?, 0, null, null)");
    const participant = db.prepare('insert into exchange_participant (exchange_id, person_id) values (?, ?)');
    for (const x of net.exchanges) {
      const id = net.id(next++);
      exchange.run(id, x.date, x.channel);
      for (const p of x.participants) participant.run(id, net.ids[p]);
    }
  })();
  db.close();
}
