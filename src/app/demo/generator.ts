import { dayNumber, fromDayNumber, parseDay } from '../../core/dates.js';
import { MaillonError } from '../../core/errors.js';
import { fold } from '../../core/fold.js';
import type { Channel, Circle, Day, Exchange, MaillonEvent, Person, Position } from '../../core/types.js';
import { parseWhole } from '../../core/validate.js';
import type { PersonRecord } from '../../storage/person.repository.js';
import * as W from './vocabulary.js';

export interface DemoOptions {
  people: number;
  seed: number;
  today: Day;
  /** Average number of exchanges per person; 6 when absent. */
  exchangesPerPerson?: number;
}

export interface DemoNetwork {
  events: MaillonEvent[];
  people: PersonRecord[];
  /** participantIds reference people ids; eventId references events. */
  exchanges: Exchange[];
  /** Goes on with the same seeded ids, for records made from the network (prompts, positions), so a demo stays reproducible. */
  newId: () => string;
}

export type Rng = () => number;

/** Offsets count days back from today: 0 is today, WINDOW is three years ago. */
const WINDOW = 3 * 365;
/** A top-ten contact with no exchange for longer than this has "gone quiet". */
const QUIET_DAYS = 60;
/**
 * Share of unranked people the user knows of but has never met: a friend's colleague,
 * someone to meet. They have no circle and no exchange, so warm paths lead to them.
 */
const KNOWN_OF_SHARE = 0.3;

/** sfc32: tiny, fast, and its 128-bit state keeps millions of draws far from repeating. */
export function sfc32(seed: number): Rng {
  let a = 0x9e3779b9, b = 0x243f6a88, c = (0xb7e15162 ^ Math.floor(seed / 4294967296)) | 0, d = seed | 0;
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 16; i++) next(); // the first outputs still echo the seed
  return next;
}

export function pick<T>(rng: Rng, list: readonly T[]): T {
  const v = list[Math.floor(rng() * list.length)];
  if (v === undefined) throw new Error('pick from an empty list');
  return v;
}

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
const TWO_DIGITS: string[] = [];
for (let i = 0; i < 100; i++) TWO_DIGITS.push(i < 10 ? `0${String(i)}` : String(i));

const code = (bits: number): number => ALPHABET.charCodeAt(bits & 31);

function mix(x: number, key: number): number {
  let h = Math.imul(x ^ key, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) & 0x3fffffff;
}

/**
 * 12 base32 characters (60 bits) that look random but are a Feistel permutation of a
 * counter, keyed from the seeded stream. A permutation never repeats, so ids are unique by
 * construction: no set of two million ids to keep, and no retry that shifts the stream.
 */
function idSource(rng: Rng): () => string {
  const keys = [0, 0, 0, 0].map(() => (rng() * 4294967296) | 0);
  const [k0 = 0, k1 = 0, k2 = 0, k3 = 0] = keys;
  let counter = 0;
  return () => {
    let l = Math.floor(counter / 1073741824) & 0x3fffffff, r = counter & 0x3fffffff;
    counter++;
    l ^= mix(r, k0);
    r ^= mix(l, k1);
    l ^= mix(r, k2);
    r ^= mix(l, k3);
    // One call builds the string whole: concatenating pieces would leave garbage per id.
    return String.fromCharCode(
      code(l >>> 25), code(l >>> 20), code(l >>> 15), code(l >>> 10), code(l >>> 5), code(l),
      code(r >>> 25), code(r >>> 20), code(r >>> 15), code(r >>> 10), code(r >>> 5), code(r),
    );
  };
}

/** The four characters LinkedIn appends to common names, like "-a9ft". */
function slugSuffix(rng: Rng): string {
  const x = (rng() * 1048576) | 0;
  return String.fromCharCode(code(x >>> 15), code(x >>> 10), code(x >>> 5), code(x));
}

/** A name as shown, as it goes in an email address, and as it goes in a LinkedIn slug. */
interface NamePart { text: string; mail: string; slug: string }

// Folded once here, so a hundred thousand emails cost no Unicode normalization.
function nameParts(names: readonly string[]): NamePart[] {
  return names.map((text) => {
    const f = fold(text);
    return { text, mail: f.replace(/[^a-z-]/g, ''), slug: f.replace(/'/g, '').replace(/[^a-z]+/g, '-') };
  });
}
const FIRST = { frF: nameParts(W.FR_FEMALE), frM: nameParts(W.FR_MALE), enF: nameParts(W.EN_FEMALE), enM: nameParts(W.EN_MALE) };
const LAST = { fr: nameParts(W.FR_SURNAMES), en: nameParts(W.EN_SURNAMES) };

const COMPANIES: readonly W.OrgWords[] = [
  ...W.COMPANIES,
  ...W.ORG_STEMS.flatMap((stem) => W.ORG_SUFFIXES.map(([suffix, fr]) => ({
    name: `${stem} ${suffix}`,
    domain: `${fold(stem)}-${fold(suffix)}.${fr ? 'fr' : 'com'}`,
    fr,
  }))),
];

/** Cumulative Zipf weights: a few organizations employ many people, so colleagues overlap often. */
function zipfTable(n: number): Float64Array {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let k = 0; k < n; k++) {
    sum += 1 / (k + 1);
    cdf[k] = sum;
  }
  for (let k = 0; k < n; k++) cdf[k] = (cdf[k] ?? 0) / sum;
  return cdf;
}
const COMPANY_CDF = zipfTable(COMPANIES.length);
const SCHOOL_CDF = zipfTable(W.SCHOOLS.length);

function zipf(rng: Rng, cdf: Float64Array): number {
  const u = rng();
  let lo = 0, hi = cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cdf[mid] ?? 1) < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Weighted<T> { items: readonly (readonly [T, number])[]; total: number }

function weights<T>(items: readonly (readonly [T, number])[]): Weighted<T> {
  return { items, total: items.reduce((sum, [, w]) => sum + w, 0) };
}

function weighted<T>(rng: Rng, { items, total }: Weighted<T>): T {
  let u = rng() * total;
  for (const [item, w] of items) {
    u -= w;
    if (u < 0) return item;
  }
  return pick(rng, items)[0];
}
const CHANNELS = weights<Channel>([['email', 32], ['message', 30], ['call', 14], ['video', 12], ['in-person', 8], ['social', 4]]);
const CIRCLES = weights<Circle>([
  ['former-colleague', 20], ['friend', 12], ['client', 12], ['colleague', 10], ['online', 10],
  ['classmate', 8], ['event', 8], ['association', 6], ['other', 5], ['family', 3],
]);
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const CADENCES = [14, 30, 30, 60, 60, 90];
const FR_NOTES_F = W.FR_NOTES.map((n) => n.replaceAll('{e}', 'e'));
const FR_NOTES_M = W.FR_NOTES.map((n) => n.replaceAll('{e}', ''));

interface Ctx {
  rng: Rng;
  id: () => string;
  /** Keys who is known of only, by index, without drawing from `rng`. */
  knownOfKey: number;
  day: Day[];
  todayNum: number;
  /** Month-start strings by day number: positions reuse a few thousand of them. */
  months: Map<number, Day>;
}

interface EventSeed { event: MaillonEvent; off: number }

/** Internal state of a person while the network is drawn; `minOff` becomes lastExchangeOn. */
interface Draft {
  person: Person;
  metText: string;
  fr: boolean;
  since: number;
  quiet: boolean;
  ranked: boolean;
  metAt: EventSeed | null;
  org: number;
  weight: number;
  minOff: number;
  /** Known of, never met: no circle, no exchange. */
  knownOf: boolean;
}

function makeEvents(ctx: Ctx, count: number): EventSeed[] {
  const { rng } = ctx;
  const offs: number[] = [];
  for (let i = 0; i < count; i++) offs.push(1 + Math.floor(rng() * WINDOW));
  offs.sort((x, y) => y - x); // oldest first, so "#2" comes after the first edition
  const seen = new Map<string, number>();
  return offs.map((off) => {
    const words = pick(rng, W.EVENTS);
    const city = pick(rng, W.EVENT_CITIES);
    const date = ctx.day[off] ?? '';
    let name = words.name.replace('{year}', date.slice(0, 4)).replace('{city}', city);
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    if (n > 1) name += ` #${String(n)}`;
    return { off, event: { id: ctx.id(), name, kind: words.kind, date, place: words.place?.replace('{city}', city) ?? null } };
  });
}

function monthStart(ctx: Ctx, n: number): Day {
  let day = ctx.months.get(n);
  if (day === undefined) {
    day = `${fromDayNumber(n).slice(0, 8)}01`;
    ctx.months.set(n, day);
  }
  return day;
}

/** 1-3 positions ending with the current job; the oldest is sometimes a school. */
function makePositions(ctx: Ctx, female: boolean): { positions: Position[]; org: number } {
  const { rng } = ctx;
  const count = rng() < 0.4 ? 1 : rng() < 0.6 ? 2 : 3;
  const positions: Position[] = [];
  // Walks back in time from the current job; `newer` is when the following position began.
  let newer = ctx.todayNum - 60 - Math.floor(3000 * rng() * rng());
  let org = -1;
  for (let k = 0; k < count; k++) {
    const school = k === count - 1 && k > 0 && rng() < 0.4;
    let words: W.OrgWords;
    let title: string | null;
    if (school) {
      words = W.SCHOOLS[zipf(rng, SCHOOL_CDF)] ?? pick(rng, W.SCHOOLS);
      title = words.fr ? pick(rng, W.FR_STUDIES)[female ? 1 : 0] : pick(rng, W.EN_STUDIES);
    } else {
      const i = zipf(rng, COMPANY_CDF);
      if (k === 0) org = i;
      words = COMPANIES[i] ?? pick(rng, COMPANIES);
      title = rng() < 0.03 ? null : words.fr ? pick(rng, W.FR_TITLES)[female ? 1 : 0] : pick(rng, W.EN_TITLES);
    }
    const stop = k === 0 ? null : newer - Math.floor(rng() * 120);
    const start = stop === null ? newer : stop - (school ? 300 + Math.floor(rng() * 800) : 240 + Math.floor(rng() * 2200));
    positions.push({ organization: words.name, title, start: monthStart(ctx, start), end: stop === null ? null : monthStart(ctx, stop) });
    newer = start;
  }
  return { positions: positions.reverse(), org };
}

const twoDigits = (rng: Rng): string => TWO_DIGITS[Math.floor(rng() * 100)] ?? '00';

function phone(rng: Rng, style: W.PhoneStyle): string {
  switch (style) {
    case 'fr': return `+33 ${rng() < 0.8 ? '6' : '7'} ${twoDigits(rng)} ${twoDigits(rng)} ${twoDigits(rng)} ${twoDigits(rng)}`;
    case 'uk': return `+44 7${twoDigits(rng)}${String(Math.floor(rng() * 10))} ${twoDigits(rng)}${twoDigits(rng)}${twoDigits(rng)}`;
    case 'be': return `+32 4${twoDigits(rng)} ${twoDigits(rng)} ${twoDigits(rng)} ${twoDigits(rng)}`;
    case 'ca': return `+1 514 ${String(200 + Math.floor(rng() * 800))} ${twoDigits(rng)}${twoDigits(rng)}`;
  }
}

function distinct<T>(rng: Rng, list: readonly T[], n: number): T[] {
  const out: T[] = [];
  for (let t = 0; out.length < n && t < n * 3; t++) {
    const v = pick(rng, list);
    if (!out.includes(v)) out.push(v);
  }
  return out;
}

function birthday(rng: Rng): string {
  const m = Math.floor(rng() * 12);
  const mm = TWO_DIGITS[m + 1] ?? '01', dd = TWO_DIGITS[1 + Math.floor(rng() * (DAYS_IN_MONTH[m] ?? 28))] ?? '01';
  return rng() < 0.6 ? `${String(1960 + Math.floor(rng() * 42))}-${mm}-${dd}` : `--${mm}-${dd}`;
}

/** Homonyms at the same company get "jean.martin2@...", as mail servers do. */
function uniqueEmail(seen: Map<string, number>, local: string, host: string): string {
  const key = `${local}@${host}`;
  const n = (seen.get(key) ?? 0) + 1;
  seen.set(key, n);
  return n === 1 ? key : `${local}${String(n)}@${host}`;
}

function makeDraft(ctx: Ctx, index: number, ranks: number, quietRank: number, events: EventSeed[], drafts: Draft[], emails: Map<string, number>): Draft {
  const { rng } = ctx;
  const fr = rng() < 0.6, female = rng() < 0.5;
  const first = pick(rng, fr ? (female ? FIRST.frF : FIRST.frM) : female ? FIRST.enF : FIRST.enM);
  const last = pick(rng, fr ? LAST.fr : LAST.en);
  const name = `${first.text} ${last.text}`;
  const place = pick(rng, fr ? W.FR_PLACES : W.EN_PLACES);
  const { positions, org } = makePositions(ctx, female);
  const ranked = index < ranks;
  const priority = ranked ? index + 1 : null;
  const quiet = priority !== null && priority <= 10 && (priority === quietRank || rng() < 0.2);

  // Ranked people are old acquaintances; the rest were added at any time, more often long ago.
  let since = ranked ? WINDOW - Math.floor(rng() * 200) : Math.floor(WINDOW * Math.sqrt(rng()));
  const metAt = !quiet && events.length > 0 && rng() < 0.18 ? pick(rng, events) : null;
  if (metAt) since = metAt.off;
  const introducer = index > 0 && rng() < 0.1 ? drafts[Math.floor(rng() * index)] : undefined;
  if (introducer && !metAt) since = Math.min(since, introducer.since);
  if (quiet) since = Math.max(since, QUIET_DAYS * 2);

  const emailList: string[] = [];
  const kind = rng();
  const local = `${first.mail}.${last.mail}`;
  if (kind >= 0.1 && kind < 0.9) emailList.push(uniqueEmail(emails, local, COMPANIES[org]?.domain ?? 'example.com'));
  if (kind >= 0.75) emailList.push(uniqueEmail(emails, local, pick(rng, fr ? W.FR_MAIL_HOSTS : W.EN_MAIL_HOSTS)));

  const circles: Circle[] = [metAt ? 'event' : weighted(rng, CIRCLES)];
  if (rng() < 0.2) {
    const second = weighted(rng, CIRCLES);
    if (second !== circles[0]) circles.push(second);
  }
  const interestCount = Math.floor(rng() * rng() * 5);
  const tagDraw = rng();
  const notes = rng() < 0.4 ? pick(rng, fr ? (female ? FR_NOTES_F : FR_NOTES_M) : W.EN_NOTES) : null;

  const person: Person = {
    id: ctx.id(),
    name,
    emails: emailList,
    phones: rng() < 0.65 ? [phone(rng, place.phone)] : [],
    linkedin: rng() < 0.7 ? `https://www.linkedin.com/in/${first.slug}-${last.slug}-${slugSuffix(rng)}` : null,
    location: place.city,
    birthday: rng() < 0.3 ? birthday(rng) : null,
    interests: distinct(rng, W.INTERESTS, interestCount),
    notes,
    circles,
    tags: tagDraw < 0.03 ? distinct(rng, W.TAGS, 2) : tagDraw < 0.15 ? [pick(rng, W.TAGS)] : [],
    positions,
    priority,
    every: ranked && rng() < 0.1 ? pick(rng, CADENCES) : null,
    metAtEventId: metAt?.event.id ?? null,
    introducedById: introducer?.person.id ?? null,
    createdOn: ctx.day[since] ?? '',
    lastExchangeOn: null,
    connectedOn: null,
  };
  // Pareto weights: most people get a handful of exchanges, a few get dozens.
  let weight = !ranked && !metAt && rng() < 0.12 ? 0 : Math.min(60, (1 - rng()) ** (-1 / 1.6)) * (ranked ? 4 : 1);
  const knownOf = !ranked && !metAt && !quiet && mix(index, ctx.knownOfKey) / 0x40000000 < KNOWN_OF_SHARE;
  if (knownOf) {
    person.circles = [];
    person.introducedById = null;
    weight = 0;
  }
  const by = knownOf ? undefined : introducer;
  const metText = metAt && by ? `${metAt.event.name} ${by.person.name}` : metAt?.event.name ?? by?.person.name ?? '';
  return { person, metText, fr, since, quiet, ranked, metAt, org, weight, minOff: Infinity, knownOf };
}

function makeExchanges(ctx: Ctx, drafts: Draft[], events: EventSeed[], average: number): Exchange[] {
  const { rng, day } = ctx;
  const members: Draft[][] = COMPANIES.map(() => []);
  let totalWeight = 0;
  for (const d of drafts) {
    totalWeight += d.weight;
    if (!d.quiet) members[d.org]?.push(d);
  }
  const scale = totalWeight > 0 ? (drafts.length * average) / totalWeight : 0;
  // Bucketed by day, so the result comes out oldest first without sorting two million items.
  const buckets: Exchange[][] = Array.from({ length: WINDOW + 1 }, () => []);
  let recentLeft = 3;
  for (const d of drafts) {
    let count = Math.floor(d.weight * scale + rng());
    if (d.metAt || d.ranked) count = Math.max(count, 1);
    const first = d.metAt ? 1 : 0;
    // A few fresh exchanges, so the agenda has follow-ups to show on `today`.
    const recent = !d.quiet && count > first && (recentLeft > 0 || rng() < 0.01) ? count - 1 : -1;
    if (recent >= 0) recentLeft--;
    const pool = members[d.org];
    for (let k = 0; k < count; k++) {
      let event: EventSeed | null = null;
      if (k === 0 && d.metAt) event = d.metAt;
      else if (k !== recent && events.length > 0 && rng() < 0.05) {
        const e = pick(rng, events);
        if (e.off <= d.since && (!d.quiet || e.off > QUIET_DAYS)) event = e;
      }
      const off = event ? event.off
        : k === recent ? Math.floor(rng() * 2)
        : d.quiet ? QUIET_DAYS + 1 + Math.floor(rng() * (d.since - QUIET_DAYS))
        // Ranked people are seen more often lately: the square skews their dates toward today.
        : Math.floor((d.since + 1) * (d.ranked ? rng() * rng() : rng()));
      if (off < d.minOff) d.minOff = off;

      const participantIds = [d.person.id];
      if (rng() < 0.11) {
        const extra = rng() < 0.7 ? 1 : 2;
        for (let t = 0; t < 4 && participantIds.length <= extra; t++) {
          const q = pool && pool.length > 1 && rng() < 0.6 ? pick(rng, pool) : drafts[Math.floor(rng() * drafts.length)];
          if (!q || q.quiet || q.knownOf || q.since < off || participantIds.includes(q.person.id)) continue;
          participantIds.push(q.person.id);
          if (off < q.minOff) q.minOff = off;
        }
        participantIds.sort();
      }
      buckets[off]?.push({
        id: ctx.id(),
        date: day[off] ?? '',
        channel: event ? 'in-person' : weighted(rng, CHANNELS),
        theyInitiated: rng() < 0.4,
        participantIds,
        eventId: event ? event.event.id : null,
        summary: rng() < 0.5 ? pick(rng, d.fr ? W.FR_SUMMARIES : W.EN_SUMMARIES) : null,
      });
    }
  }
  return ([] as Exchange[]).concat(...buckets.reverse());
}

/**
 * A plausible, reproducible network for demos and benchmarks: the same options always give
 * the same events, people and exchanges, and every reference and derived date is consistent.
 */
export function generateNetwork(options: DemoOptions): DemoNetwork {
  const count = parseWhole(options.people, 'people', 0, 10_000_000);
  const average = options.exchangesPerPerson ?? 6;
  if (!Number.isFinite(average) || average < 0 || average > 1000) {
    throw new MaillonError('input.bad_number', { field: 'exchangesPerPerson', value: String(average), min: 0, max: 1000 });
  }
  const today = parseDay(options.today, 'today');
  const rng = sfc32(options.seed);
  const todayNum = dayNumber(today);
  const day: Day[] = [];
  for (let off = 0; off <= WINDOW; off++) day.push(fromDayNumber(todayNum - off));
  const ctx: Ctx = { rng, id: idSource(rng), knownOfKey: (rng() * 4294967296) | 0, day, todayNum, months: new Map() };

  const events = makeEvents(ctx, Math.max(5, Math.round(count / 200)));
  const ranks = Math.min(200, count, Math.max(10, Math.round(count / 50)));
  const quietRank = 1 + Math.floor(rng() * Math.min(10, ranks));
  const drafts: Draft[] = [];
  const emails = new Map<string, number>();
  for (let i = 0; i < count; i++) drafts.push(makeDraft(ctx, i, ranks, quietRank, events, drafts, emails));

  const exchanges = makeExchanges(ctx, drafts, events, average);
  const people: PersonRecord[] = drafts.map((d) => {
    d.person.lastExchangeOn = d.minOff <= WINDOW ? (day[d.minOff] ?? null) : null;
    return { person: d.person, metText: d.metText };
  });
  return { events: events.map((e) => e.event), people, exchanges, newId: ctx.id };
}
