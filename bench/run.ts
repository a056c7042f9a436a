/**
 * `npm run bench`: the foundation's speed targets, each beside a baseline measured in the
 * same run, on the demo generator's data. `npm run bench -- --quick` runs a small version;
 * `--only foundation|imports|graph|server|web` runs one part.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { agenda } from '../src/app/agenda.service.js';
import { openApp, type AppContext } from '../src/app/context.js';
import { generateNetwork } from '../src/app/demo/generator.js';
import { demo, writeDemo } from '../src/app/demo.service.js';
import { newId } from '../src/app/ids.js';
import { search } from '../src/app/list.service.js';
import { fold } from '../src/core/fold.js';
import { rawInsert } from './floor.js';
import { graphBench } from './graph.js';
import { importsBench } from './imports.js';
import { serverBench } from './server.js';
import { webBench } from './web.js';
import { median, ms, percentile, time } from './stats.js';

const quick = process.argv.includes('--quick');
// `npm run bench -- --only imports` runs one part; by default, all of them.
const onlyIndex = process.argv.indexOf('--only');
const only = (part: string) => onlyIndex < 0 || process.argv[onlyIndex + 1] === part;
const PEOPLE = quick ? 10_000 : 100_000;
const AGENDA_EXCHANGES_PER_PERSON = 20;
// A heavy networker's years of tending: every agenda kind has thousands of records to sift.
const TENDING = { milestones: 2_000, favours: 5_000, asks: 1_000 };
const TODAY = '2026-11-27';
const PG = process.env.MAILLON_BENCH_PG ?? process.env.MAILLON_TEST_PG ?? '';
const dir = mkdtempSync(join(tmpdir(), 'maillon-bench-'));
const results: Record<string, unknown> = { people: PEOPLE, date: new Date().toISOString() };
const lines: string[] = [];
const say = (line: string) => {
  lines.push(line);
  process.stdout.write(`${line}\n`);
};

const open = (db: string) => openApp({ db, today: TODAY, lang: 'en', json: false });

async function fresh(db: string): Promise<void> {
  const ctx = await open(db);
  await ctx.store.close();
}

async function benchDemo(): Promise<void> {
  const genStart = performance.now();
  const network = generateNetwork({ people: PEOPLE, seed: 1, today: TODAY });
  const generation = performance.now() - genStart;
  const floorDb = join(dir, 'floor.db');
  await fresh(floorDb);
  const floor = rawInsert(floorDb, network, newId);
  const rows = network.people.length + network.exchanges.length;
  const ctx = await open(join(dir, 'demo.db'));
  const start = performance.now();
  await demo(ctx, { people: String(PEOPLE), seed: '1' });
  const total = performance.now() - start;
  await ctx.store.close();
  results.demo = { generationMs: generation, floorMs: floor, demoMs: total, ratio: total / floor, people: PEOPLE, exchanges: network.exchanges.length };
  say(`demo --people ${String(PEOPLE)} (${String(rows)} people and exchanges, plus details)`);
  say(`  raw better-sqlite3 prepared inserts, one transaction (floor): ${ms(floor)} ms`);
  say(`  maillon demo, generation included (generation alone ${ms(generation)} ms): ${ms(total)} ms  => ${(total / floor).toFixed(2)}x the floor (target < 3x)`);
}

function queriesFrom(ctxPeople: string[]): string[] {
  // Realistic typing: a first name without accents, a surname prefix, an organization, a topic.
  const out: string[] = [];
  for (const name of ctxPeople) {
    const [first, last] = fold(name).split(' ');
    if (first) out.push(first);
    if (last) out.push(last.slice(0, 4));
    if (first && last) out.push(`${first} ${last}`);
  }
  return [...out, 'acme', 'lumiere', 'data engineer', 'salon', 'jazz', 'cyclisme', 'helene', 'zoe', 'directeur financier', 'vivatech'];
}

async function measureReads(label: string, ctx: AppContext, names: string[]): Promise<void> {
  const agendaTimes = await time(() => agenda(ctx), quick ? 50 : 200, 5);
  const all = (await agenda(ctx)).items;
  const items = all.length;
  const kinds: Record<string, number> = {};
  for (const i of all) kinds[i.kind] = (kinds[i.kind] ?? 0) + 1;
  const queries = queriesFrom(names);
  let q = 0;
  const searchTimes = await time(() => search(ctx, queries[q++ % queries.length] ?? 'acme'), quick ? 100 : 400, 10);
  results[`reads.${label}`] = {
    agenda: { p50: median(agendaTimes), p95: percentile(agendaTimes, 95), items, kinds },
    search: { p50: median(searchTimes), p95: percentile(searchTimes, 95), queries: queries.length },
  };
  say(`  ${label}: agenda p50 ${ms(median(agendaTimes))} ms, p95 ${ms(percentile(agendaTimes, 95))} ms (${String(items)} items: ${Object.entries(kinds).map(([k, n]) => `${String(n)} ${k}`).join(', ')}; target p95 < 30 ms on SQLite)`);
  say(`  ${label}: search p50 ${ms(median(searchTimes))} ms, p95 ${ms(percentile(searchTimes, 95))} ms (${String(queries.length)} different queries; target p95 < 10 ms on SQLite)`);
}

async function benchReads(): Promise<void> {
  const network = generateNetwork({ people: PEOPLE, seed: 2, today: TODAY, exchangesPerPerson: AGENDA_EXCHANGES_PER_PERSON });
  const names = network.people.filter((_, i) => i % Math.ceil(PEOPLE / 60) === 0).map((r) => r.person.name);
  say(`agenda and search over ${String(network.people.length)} people, ${String(network.exchanges.length)} exchanges, ${String(TENDING.favours)} favours, ${String(TENDING.milestones)} milestones, ${String(TENDING.asks)} asks`);
  const sqlite = await open(join(dir, 'reads.db'));
  await writeDemo(sqlite, network, 'bench:2', undefined, TENDING);
  await measureReads('SQLite', sqlite, names);
  await sqlite.store.close();
  if (!PG) {
    say('  PostgreSQL: skipped (set MAILLON_BENCH_PG or MAILLON_TEST_PG)');
    return;
  }
  const schema = `maillon_bench_${String(process.pid)}`;
  const { default: pg } = await import('pg');
  const admin = new pg.Client({ connectionString: PG });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  try {
    const url = new URL(PG);
    url.searchParams.set('schema', schema);
    const ctx = await open(url.toString());
    const start = performance.now();
    await writeDemo(ctx, network, 'bench:2', undefined, TENDING);
    say(`  PostgreSQL: loaded in ${ms(performance.now() - start)} ms`);
    await measureReads('PostgreSQL', ctx, names);
    await ctx.store.close();
  } finally {
    await admin.query(`drop schema ${schema} cascade`);
    await admin.end();
  }
}

function benchTodayProcess(): void {
  const db = join(dir, 'today.db');
  const env = { ...process.env, MAILLON_DB: db, MAILLON_TODAY: TODAY, MAILLON_LANG: 'en' };
  const cli = join(import.meta.dirname, '..', 'bin', 'maillon.js');
  const made = spawnSync(process.execPath, [cli, 'demo', '--people', '10000'], { env, encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`demo failed: ${made.stderr}`);
  const run = (args: string[]) => {
    const start = performance.now();
    const r = spawnSync(process.execPath, args, { env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    return performance.now() - start;
  };
  const runs = quick ? 8 : 20;
  const node: number[] = [];
  const today: number[] = [];
  // Interleaved, so machine noise hits both alike.
  for (let i = 0; i < runs + 2; i++) {
    const n = run(['-e', '0']);
    const t = run([cli, 'today']);
    if (i >= 2) {
      node.push(n);
      today.push(t);
    }
  }
  results.todayProcess = { nodeP50: median(node), todayP50: median(today), todayP95: percentile(today, 95), ratio: median(today) / median(node) };
  say('maillon today as a whole process, 10,000-person database');
  say(`  bare node -e 0 (baseline): p50 ${ms(median(node))} ms`);
  say(`  maillon today: p50 ${ms(median(today))} ms, p95 ${ms(percentile(today, 95))} ms  => ${(median(today) / median(node)).toFixed(2)}x bare node (target < 300 ms)`);
}

try {
  say(`Maillon bench, ${quick ? 'quick' : 'full'}: ${String(PEOPLE)} people, today ${TODAY}`);
  if (only('foundation')) {
    benchTodayProcess();
    await benchDemo();
    await benchReads();
  }
  if (only('imports')) {
    const imports = await importsBench({ quick });
    results.imports = imports.results;
    lines.push(...imports.lines);
  }
  if (only('graph')) results.graph = await graphBench({ quick });
  if (only('server')) {
    const server = await serverBench({ quick });
    results.server = server.results;
    lines.push(...server.lines);
  }
  if (only('web')) {
    const web = await webBench({ quick });
    results.web = web.results;
    lines.push(...web.lines);
  }
  mkdirSync(join(import.meta.dirname, 'out'), { recursive: true });
  writeFileSync(join(import.meta.dirname, 'out', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(import.meta.dirname, 'out', 'results.txt'), `${lines.join('\n')}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
