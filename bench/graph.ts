/**
 * The six-degrees bench: Maillon's graph engine against graphology 0.26 with
 * graphology-shortest-path's dijkstra.bidirectional on -ln(strength), in the same process,
 * on the same graph, built from the same SQLite database.
 *
 *   node --import tsx bench/graph.ts [--quick]
 *
 * Full size is 1,000,000 people and about 10,000,000 ties; the baseline then needs
 * gigabytes of heap, so the measuring runs in a child Node with a big heap. Results go to
 * bench/out/graph.json, and a table to the terminal.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openApp } from '../src/app/context.js';
import { loadNetwork } from '../src/app/network/load.js';
import { graphBytes, tieCount, type Graph } from '../src/core/graph/csr.js';
import { PathFinder } from '../src/core/graph/paths.js';
import { buildNetwork, ME, OPEN_END } from '../src/core/network.js';
import { loadNetworkFacts } from '../src/storage/network.repository.js';
import { baselinePath, bruteForceChecks, compareWithBaseline, sampleTargets, toGraphology } from './graph-checks.js';
import { benchFacts, generateBenchNetwork, writeBenchNetwork, type BenchSize } from './graph-data.js';
import { median, ms, percentile } from './stats.js';

const TODAY = '2026-11-27';
const OUT = join(import.meta.dirname, 'out', 'graph.json');
const FULL: BenchSize = { people: 1_000_000, declaredPerPerson: 1, contacts: 3000, peoplePerOrg: 3 };
const QUICK: BenchSize = { people: 100_000, declaredPerPerson: 1, contacts: 1000, peoplePerOrg: 3 };

/**
 * Runs the bench in a child Node with a big heap (the baseline needs it), prints its table,
 * and returns its results. For bench/run.ts.
 */
export async function graphBench(opts: { quick: boolean }): Promise<Record<string, unknown>> {
  const args = ['--max-old-space-size=16000', '--expose-gc', '--import', 'tsx', join(import.meta.dirname, 'graph.ts'), '--child', ...(opts.quick ? ['--quick'] : [])];
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) => { if (code === 0) resolve(); else reject(new Error(`graph bench exited with ${String(code)}`)); });
  });
  return JSON.parse(readFileSync(OUT, 'utf8')) as Record<string, unknown>;
}

const say = (line: string) => process.stdout.write(`${line}\n`);
const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

function time<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const out = fn();
  return [out, performance.now() - start];
}

function degrees(g: Graph): { max: number; p50: number; p99: number; user: number } {
  const d: number[] = [];
  for (let v = 1; v < g.nodes; v++) d.push((g.offsets[v + 1] ?? 0) - (g.offsets[v] ?? 0));
  return { max: d.reduce((a, b) => Math.max(a, b), 0), p50: median(d), p99: percentile(d, 99), user: (g.offsets[1] ?? 0) - (g.offsets[0] ?? 0) };
}

/** The same ties with the same strengths, row by row, whatever order each row is in. */
function sameGraph(a: Graph, b: Graph): boolean {
  if (a.nodes !== b.nodes || a.targets.length !== b.targets.length) return false;
  const row = (g: Graph, u: number) => {
    const out: [number, number][] = [];
    for (let j = g.offsets[u] ?? 0; j < (g.offsets[u + 1] ?? 0); j++) out.push([g.targets[j] ?? 0, g.weights[j] ?? 0]);
    return out.sort((x, y) => x[0] - y[0]);
  };
  for (let u = 0; u < a.nodes; u++) {
    const x = row(a, u), y = row(b, u);
    if (x.length !== y.length || x.some(([t, w], i) => {
      const [t2, w2] = y[i] ?? [NaN, NaN];
      return t !== t2 || Math.abs(w - w2) > 1e-6;
    })) return false;
  }
  return true;
}

/**
 * Generates the network, writes it to `file`, and returns the graph it means. The generator's
 * millions of objects are dropped before the builds are timed: a `maillon` process holds none,
 * and in this one the collector would walk them all on every major collection.
 */
async function writeDatabase(file: string, size: BenchSize): Promise<{ expected: Graph; declared: number }> {
  const [net, genMs] = time(() => generateBenchNetwork(size, 42, TODAY));
  say(`  generated ${String(net.positions.length)} positions, ${String(net.ties.length)} declared ties in ${ms(genMs)} ms`);
  const ctx = await openApp({ db: file, today: TODAY, lang: 'en', json: false });
  await ctx.store.close();
  const [, writeMs] = time(() => { writeBenchNetwork(file, net, TODAY); });
  say(`  wrote the SQLite database in ${ms(writeMs)} ms`);
  return { expected: buildNetwork(benchFacts(net), TODAY).graph, declared: net.ties.length };
}

async function measure(quick: boolean): Promise<Record<string, unknown>> {
  const size = quick ? QUICK : FULL;
  const results: Record<string, unknown> = { quick, date: new Date().toISOString(), node: process.version, size };
  say(`Maillon graph bench, ${quick ? 'quick' : 'full'}: ${size.people.toLocaleString('en')} people`);

  const dir = mkdtempSync(join(tmpdir(), 'maillon-graph-bench-'));
  try {
    const file = join(dir, 'graph.db');
    const { expected, declared } = await writeDatabase(file, size);

    // Building from SQLite: bulk reads, inference of colleague ties, CSR. Best of three, timed
    // in a fresh process with the default heap, as a `maillon` command builds it: this one
    // holds the generator's leftovers and a 16 GB heap, which cost the collector a second.
    const { builds, alone } = buildTimes(file);
    const app = await openApp({ db: file, today: TODAY, lang: 'en', json: false });
    const loaded = await loadNetwork(app.store.db, TODAY, app.store.dialect);
    await app.store.close();
    const g = loaded.net.graph;
    const loaderOk = sameGraph(g, expected);
    const ties = tieCount(g);
    const deg = degrees(g);
    say(`  graph: ${g.nodes.toLocaleString('en')} nodes, ${ties.toLocaleString('en')} ties (${String(declared)} declared, the rest inferred); degree p50 ${String(deg.p50)}, p99 ${String(deg.p99)}, max ${String(deg.max)}; the user has ${String(deg.user)} contacts`);
    say(`  built from SQLite: ${builds.map((b) => ms(b)).join(', ')} ms (reading on the main thread alone, alternated with them: ${alone.map((b) => ms(b)).join(', ')} ms); same graph as from the generator's facts: ${loaderOk ? 'yes' : 'NO'}`);
    results.graph = { nodes: g.nodes, ties, declared, degree: deg, loaderMatches: loaderOk };
    results.build = { runsMs: builds, bestMs: Math.min(...builds), mainThreadAloneMs: alone, ratio: Math.min(...alone) / Math.min(...builds) };

    // The user's distances by hops guide every search: computed once per graph, timed apart.
    const finder = new PathFinder(g);
    const [, indexMs] = time(() => { finder.prepare(ME); });
    const targets = sampleTargets(g, ME, quick ? 600 : 1000, 7);
    const baseSample = targets.slice(0, quick ? 30 : 12);

    // Ours first, while the heap is small.
    const single: number[] = [];
    for (const t of targets) single.push(time(() => finder.paths(ME, t, 1, 6))[1]);
    const singleOnSample = baseSample.map((t) => time(() => finder.paths(ME, t, 1, 6))[1]);
    // A fresh finder, so the single-path queries above have not filled its columns near these targets.
    const fresh = new PathFinder(g);
    fresh.prepare(ME);
    const three: number[] = [];
    let threeFound = 0;
    for (const t of targets) {
      const [paths, took] = time(() => fresh.paths(ME, t, 3, 6));
      three.push(took);
      threeFound += paths.length;
    }
    const orgs = [...new Set(targets.map((t) => t % loaded.net.facts.orgNames.length))].slice(0, 200);
    const byOrg: number[] = [];
    for (const o of orgs) {
      const people: number[] = [];
      const pos = loaded.net.facts.positions;
      for (let p = 0; p < pos.org.length; p++) if (pos.org[p] === o && pos.end[p] === OPEN_END) people.push((pos.person[p] ?? 0) + 1);
      if (people.length > 0) byOrg.push(time(() => finder.pathsToAny(ME, people, 3, 6))[1]);
    }
    const brute = bruteForceChecks(quick ? 300 : 1000, 11);
    say(`  brute force, small random graphs: ${String(brute.cases)} cases, ${String(brute.paths)} paths, ${String(brute.mismatches.length)} mismatches`);

    // The baseline, on the same graph.
    gc();
    const heapBefore = process.memoryUsage().heapUsed;
    const [bg, baseBuildMs] = time(() => toGraphology(g));
    gc();
    const baseBytes = process.memoryUsage().heapUsed - heapBefore;
    say(`  graphology built in ${ms(baseBuildMs)} ms, ${(baseBytes / 1e9).toFixed(2)} GB of heap`);
    const baseTimes = baseSample.map((t) => time(() => baselinePath(g, bg, ME, t))[1]);
    const check = compareWithBaseline(g, bg, finder, ME, baseSample, 6);
    const unlimited = compareWithBaseline(g, bg, finder, ME, baseSample, 60);
    say(`  against graphology: ${String(check.same)} same cost, ${String(check.beyondLimit)} beyond 6 hops (ours is the best within), ${String(check.mismatches.length)} mismatches; with no hop limit: ${String(unlimited.same)}/${String(unlimited.queries)} same`);
    for (const m of [...brute.mismatches, ...check.mismatches, ...unlimited.mismatches].slice(0, 10)) say(`    mismatch: ${m}`);

    // The graph plus the user's distances, as grown by a thousand queries.
    const indexBytes = Math.max(finder.bytes, fresh.bytes);
    const oursBytes = graphBytes(g) + indexBytes;
    const rows: [string, string, string, string, string][] = [
      ['single best path (k = 1), p50', `${ms(median(baseTimes))} ms`, `${ms(median(singleOnSample))} ms (all ${String(single.length)}: ${ms(median(single))} ms)`, `${(median(baseTimes) / median(singleOnSample)).toFixed(0)}x faster`, '>= 100x'],
      ['memory per tie (graph and distances)', `${(baseBytes / ties).toFixed(0)} B`, `${(oursBytes / ties).toFixed(1)} B`, `${(baseBytes / oursBytes).toFixed(1)}x less`, '>= 15x'],
      ['3 best paths within 6 hops, p99', '-', `${ms(percentile(three, 99))} ms (p50 ${ms(median(three))})`, '', '< 25 ms'],
      ['3 best paths to an organization, p99', '-', `${ms(percentile(byOrg, 99))} ms (p50 ${ms(median(byOrg))})`, '', ''],
      ["the user's distances, once per graph", '-', `${ms(indexMs)} ms, ${(indexBytes / 1e6).toFixed(0)} MB after the queries`, '', ''],
      ['building the graph from SQLite', `${ms(baseBuildMs)} ms (from our graph)`, `${ms(Math.min(...builds))} ms (main thread alone: ${ms(Math.min(...alone))} ms)`, `${(Math.min(...alone) / Math.min(...builds)).toFixed(2)}x faster with the reading thread`, '< 5 s'],
    ];
    const widths = [0, 1, 2, 3, 4].map((i) => Math.max(...rows.map((r) => r[i]?.length ?? 0), ['figure', 'graphology', 'Maillon', 'ratio', 'target'][i]?.length ?? 0));
    const line = (r: readonly string[]) => `| ${r.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
    say('');
    say(line(['figure', 'graphology', 'Maillon', 'ratio', 'target']));
    say(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
    for (const r of rows) say(line(r));
    results.singleBest = { baselineP50: median(baseTimes), oursP50OnSample: median(singleOnSample), oursP50: median(single), oursP99: percentile(single, 99), baselineQueries: baseTimes.length, ratio: median(baseTimes) / median(singleOnSample) };
    results.index = { ms: indexMs, bytes: indexBytes };
    results.memory = { baselineBytes: baseBytes, oursBytes, graphBytes: graphBytes(g), indexBytes, baselinePerTie: baseBytes / ties, oursPerTie: oursBytes / ties, ratio: baseBytes / oursBytes };
    results.threeBest = { p50: median(three), p99: percentile(three, 99), queries: three.length, pathsFound: threeFound };
    results.threeBestToOrg = { p50: median(byOrg), p99: percentile(byOrg, 99), queries: byOrg.length };
    results.baselineBuildMs = baseBuildMs;
    results.checks = { baseline: check, unlimited, brute: { cases: brute.cases, paths: brute.paths, mismatches: brute.mismatches } };
    mkdirSync(join(import.meta.dirname, 'out'), { recursive: true });
    writeFileSync(OUT, `${JSON.stringify(results, null, 2)}\n`);
    if (!loaderOk || check.mismatches.length + unlimited.mismatches.length + brute.mismatches.length > 0) process.exitCode = 1;
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Times three builds of the network from `file` in a fresh Node, each followed by one that
 * reads on the main thread alone, for a ratio on the same machine at the same moment. A first
 * build, which warms the file's pages in memory, is not counted.
 */
function buildTimes(file: string): { builds: number[]; alone: number[] } {
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', import.meta.filename, '--build', file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`the timed builds failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as { builds: number[]; alone: number[] };
}

async function timeBuilds(file: string): Promise<void> {
  const app = await openApp({ db: file, today: TODAY, lang: 'en', json: false });
  const builds: number[] = [], alone: number[] = [];
  const build = async (threadFrom?: number): Promise<number> => {
    gc();
    const start = performance.now();
    // Each build is dropped before the next, as each command builds its own.
    const facts = await loadNetworkFacts(app.store.db, app.store.dialect, threadFrom);
    if (buildNetwork(facts, TODAY).graph.nodes === 0) throw new Error('no network');
    return performance.now() - start;
  };
  await build();
  for (let i = 0; i < 3; i++) {
    builds.push(await build());
    alone.push(await build(Infinity));
  }
  await app.store.close();
  process.stdout.write(JSON.stringify({ builds, alone }));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const quick = process.argv.includes('--quick');
  const build = process.argv.indexOf('--build');
  if (build > 0) await timeBuilds(process.argv[build + 1] ?? '');
  else if (process.argv.includes('--child')) await measure(quick);
  else await graphBench({ quick });
}
