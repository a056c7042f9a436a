/**
 * Import speed and memory, each beside the raw insert floor measured in the same run:
 * - a 30,000-row LinkedIn export (LinkedIn's connection cap), as a whole `maillon` process;
 * - the same file again, with 5% of people in new jobs (the re-import diff);
 * - 10,000 vCards, as a whole process;
 * - a 200 MB vCard file (photos make phone exports that big), for peak memory.
 * Run alone with `node --import tsx bench/imports.ts [--quick]`, or within `npm run bench`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp } from '../src/app/context.js';
import { generateNetwork } from '../src/app/demo/generator.js';
import { newId } from '../src/app/ids.js';
import type { Person } from '../src/core/types.js';
import { writeVcard } from '../src/formats/vcard/write.js';
import type { PersonRecord } from '../src/storage/person.repository.js';
import { rawInsert } from './floor.js';
import { median } from './stats.js';

const TODAY = '2026-11-27';
const BIN = join(import.meta.dirname, '..', 'bin', 'maillon.js');
const RSS = join(import.meta.dirname, 'rss.mjs');

interface Run { ms: number; maxRssMb: number; out: string }

// Heap caps for the 200 MB file. Kept photos are written a batch at a time, so they need more.
const DROP_HEAP_MB = 96;
const KEEP_HEAP_MB = 256;

/** One whole `maillon` process, timed from spawn to exit, with its peak memory. */
function maillon(args: string[], db: string, heapMb?: number): Run {
  const start = performance.now();
  const heap = heapMb === undefined ? [] : [`--max-old-space-size=${String(heapMb)}`];
  const r = spawnSync(process.execPath, [...heap, '--import', RSS, BIN, ...args], {
    env: { ...process.env, MAILLON_DB: db, MAILLON_TODAY: TODAY, MAILLON_LANG: 'en' }, encoding: 'utf8', maxBuffer: 1 << 28,
  });
  const ms = performance.now() - start;
  if (r.status !== 0) throw new Error(`maillon ${args.join(' ')} failed: ${r.stderr}`);
  const rss = /maxrss=(\d+)/.exec(r.stderr)?.[1];
  return { ms, maxRssMb: Number(rss ?? 0) / 1024, out: r.stdout };
}

async function freshDb(path: string): Promise<void> {
  const ctx = await openApp({ db: path, today: TODAY, lang: 'en', json: false });
  await ctx.store.close();
}

const csvCell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const linkedinDate = (day: string) => `${day.slice(8, 10)} ${MONTHS[Number(day.slice(5, 7)) - 1] ?? 'Jan'} ${day.slice(0, 4)}`;

function slug(p: Person, i: number): string {
  return `${p.name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]+/g, '-')}-${i.toString(36)}`;
}

/** LinkedIn's Connections.csv: its "Notes:" preamble, then one row per connection. */
function linkedinCsv(people: readonly Person[], moved: (i: number) => boolean): string {
  const lines = ['Notes:', '"When exporting your connection data, you may notice that some of the email addresses are missing."', '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On'];
  people.forEach((p, i) => {
    const [first, ...rest] = p.name.split(' ');
    const job = p.positions.find((x) => x.end === null);
    const company = moved(i) ? `${job?.organization ?? 'Acme'} Ventures` : job?.organization ?? '';
    const email = i % 4 === 0 ? p.emails[0] ?? '' : '';
    lines.push([first ?? '', rest.join(' '), `https://www.linkedin.com/in/${slug(p, i)}`, email, company, job?.title ?? '', linkedinDate(p.createdOn)].map(csvCell).join(','));
  });
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** What the LinkedIn rows become, for the floor: the same people, circles and current job only, with new ids as an import gives them. */
function asImported(people: readonly Person[]): PersonRecord[] {
  return people.map((p, i) => ({
    person: {
      ...p, id: newId(), phones: [], emails: i % 4 === 0 ? p.emails.slice(0, 1) : [], notes: null, interests: [], tags: [], circles: ['online'],
      positions: p.positions.filter((x) => x.end === null).map((x) => ({ ...x, start: null })), priority: null, every: null,
      birthday: null, location: null, metAtEventId: null, introducedById: null, linkedin: `https://www.linkedin.com/in/${slug(p, i)}`,
      connectedOn: p.createdOn,
    },
    metText: '',
  }));
}

async function writeBigVcf(file: string, people: readonly Person[], targetBytes: number): Promise<number> {
  // A 15 kB JPEG-sized base64 blob: phone exports with photos reach hundreds of MB this way.
  const photo = { mediaType: 'image/jpeg', data: Buffer.alloc(15_000, 7).toString('base64') };
  const out = createWriteStream(file);
  let written = 0;
  let cards = 0;
  for (let i = 0; written < targetBytes; i++) {
    const p = people[i % people.length] as Person;
    const card = writeVcard({ ...p, id: `${p.id}${String(i)}`, name: `${p.name} ${String(i)}`, emails: [`n${String(i)}@example.org`] }, { version: '3.0', photo });
    written += Buffer.byteLength(card);
    cards++;
    if (!out.write(card)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return cards;
}

export async function importsBench(options: { quick: boolean }): Promise<{ results: Record<string, unknown>; lines: string[] }> {
  const rows = options.quick ? 5_000 : 30_000;
  const cards = options.quick ? 2_000 : 10_000;
  const bigBytes = options.quick ? 20_000_000 : 200_000_000;
  const runs = options.quick ? 1 : 3;
  const dir = mkdtempSync(join(tmpdir(), 'maillon-bench-imports-'));
  const lines: string[] = [];
  const say = (line: string) => {
    lines.push(line);
    process.stdout.write(`${line}\n`);
  };
  const results: Record<string, unknown> = {};
  try {
    const people = generateNetwork({ people: rows, seed: 7, today: TODAY, exchangesPerPerson: 0 }).people.map((r) => r.person);
    const csv = join(dir, 'Connections.csv');
    writeFileSync(csv, linkedinCsv(people, () => false));
    const node = median(Array.from({ length: 5 }, () => {
      const start = performance.now();
      spawnSync(process.execPath, ['-e', '']);
      return performance.now() - start;
    }));

    const floors: number[] = [];
    const imports: Run[] = [];
    for (let i = 0; i < runs; i++) {
      const floorDb = join(dir, `floor-${String(i)}.db`);
      await freshDb(floorDb);
      floors.push(rawInsert(floorDb, { people: asImported(people), events: [], exchanges: [], newId }, newId));
      const db = join(dir, `linkedin-${String(i)}.db`);
      imports.push(maillon(['import', 'linkedin', csv, '--json'], db));
    }
    const floor = median(floors);
    const whole = median(imports.map((r) => r.ms));
    const created = (JSON.parse(imports[0]?.out ?? '{}') as { created?: number }).created;
    results.linkedin = { rows, created, wholeProcessMs: whole, floorMs: floor, ratio: whole / floor, nodeStartMs: node, maxRssMb: imports[0]?.maxRssMb };
    say(`import linkedin: ${String(rows)} rows (${String(created)} people created), whole process`);
    say(`  raw better-sqlite3 inserts of the same rows (floor): ${floor.toFixed(0)} ms; bare node start ${node.toFixed(0)} ms`);
    say(`  maillon import linkedin: ${whole.toFixed(0)} ms => ${(whole / floor).toFixed(2)}x the floor (target: under 1500 ms), peak RSS ${String(imports[0]?.maxRssMb.toFixed(0))} MB`);

    const newer = join(dir, 'Connections-newer.csv');
    writeFileSync(newer, linkedinCsv(people, (i) => i % 20 === 0));
    const db0 = join(dir, 'linkedin-0.db');
    const again = maillon(['import', 'linkedin', newer, '--json'], db0);
    const summary = JSON.parse(again.out) as { jobChanges: number; skipped: number; updated: number };
    results.reimport = { rows, wholeProcessMs: again.ms, ratio: again.ms / floor, jobChanges: summary.jobChanges, skipped: summary.skipped };
    say(`  re-import of a newer export (5% new jobs): ${again.ms.toFixed(0)} ms => ${(again.ms / floor).toFixed(2)}x the floor; ${String(summary.jobChanges)} job changes, ${String(summary.skipped)} unchanged`);

    const vcf = join(dir, 'contacts.vcf');
    writeFileSync(vcf, people.slice(0, cards).map((p) => writeVcard(p, { version: '3.0' })).join(''));
    const cardRuns: Run[] = [];
    const cardFloors: number[] = [];
    for (let i = 0; i < runs; i++) {
      const floorDb = join(dir, `vfloor-${String(i)}.db`);
      await freshDb(floorDb);
      cardFloors.push(rawInsert(floorDb, { people: people.slice(0, cards).map((p) => ({ person: { ...p, metAtEventId: null, introducedById: null }, metText: '' })), events: [], exchanges: [], newId }, newId));
      cardRuns.push(maillon(['import', 'vcard', vcf, '--json'], join(dir, `vcard-${String(i)}.db`)));
    }
    const vWhole = median(cardRuns.map((r) => r.ms));
    const vFloor = median(cardFloors);
    results.vcard = { cards, wholeProcessMs: vWhole, floorMs: vFloor, ratio: vWhole / vFloor };
    say(`import vcard: ${String(cards)} cards, whole process: ${vWhole.toFixed(0)} ms => ${(vWhole / vFloor).toFixed(2)}x the floor of ${vFloor.toFixed(0)} ms (target: under 3000 ms)`);

    const big = join(dir, 'big.vcf');
    const bigCards = await writeBigVcf(big, people, bigBytes);
    const size = statSync(big).size / 1e6;
    // Bounded means it completes with a heap far smaller than the file: a process that kept
    // the file, or grew with it, would die here.
    const dropped = maillon(['import', 'vcard', big, '--photos', 'drop', '--json'], join(dir, 'big-drop.db'), DROP_HEAP_MB);
    const kept = maillon(['import', 'vcard', big, '--json'], join(dir, 'big-keep.db'), KEEP_HEAP_MB);
    results.big = { megabytes: size, cards: bigCards, dropMs: dropped.ms, dropRssMb: dropped.maxRssMb, dropHeapCapMb: DROP_HEAP_MB, keepMs: kept.ms, keepRssMb: kept.maxRssMb, keepHeapCapMb: KEEP_HEAP_MB };
    say(`import vcard: ${size.toFixed(0)} MB file (${String(bigCards)} cards with photos): photos dropped ${dropped.ms.toFixed(0)} ms with the heap capped at ${String(DROP_HEAP_MB)} MB, peak RSS ${dropped.maxRssMb.toFixed(0)} MB; photos kept ${kept.ms.toFixed(0)} ms with the heap capped at ${String(KEEP_HEAP_MB)} MB, peak RSS ${kept.maxRssMb.toFixed(0)} MB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { results, lines };
}

if (import.meta.filename === process.argv[1]) {
  const { results, lines } = await importsBench({ quick: process.argv.includes('--quick') });
  const out = join(import.meta.dirname, 'out');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'imports.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(out, 'imports.txt'), `${lines.join('\n')}\n`);
}
