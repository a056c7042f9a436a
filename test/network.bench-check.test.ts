import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openApp } from '../src/app/context.js';
import { loadNetwork } from '../src/app/network/load.js';
import { tieCount, type Graph } from '../src/core/graph/csr.js';
import { PathFinder } from '../src/core/graph/paths.js';
import { hopLevels, levelCounts } from '../src/core/graph/reach.js';
import { buildNetwork, explainTie, ME } from '../src/core/network.js';
import { TIE_STRENGTHS } from '../src/core/ties.js';
import { loadNetworkFacts } from '../src/storage/network.repository.js';
import { bruteForceChecks, compareWithBaseline, sampleTargets, toGraphology } from '../bench/graph-checks.js';
import { benchFacts, generateBenchNetwork, writeBenchNetwork } from '../bench/graph-data.js';
import { tempDir } from './helpers/cli.js';

// The graph bench's correctness checks at a CI size: 10,000 people from the same generator.

const TODAY = '2026-11-27';
const net = generateBenchNetwork({ people: 10_000, declaredPerPerson: 1, contacts: 300, peoplePerOrg: 3 }, 42, TODAY);
const facts = benchFacts(net);
const network = buildNetwork(facts, TODAY);
const g = network.graph;
const dir = tempDir();

afterAll(() => {
  dir.cleanup();
});

/** Each row as sorted (neighbour, weight) pairs: rows keep input order, which storage may change. */
function rows(graph: Graph): string[] {
  const out: string[] = [];
  for (let u = 0; u < graph.nodes; u++) {
    const row: string[] = [];
    for (let j = graph.offsets[u] ?? 0; j < (graph.offsets[u + 1] ?? 0); j++) row.push(`${String(graph.targets[j])}:${(graph.weights[j] ?? 0).toFixed(5)}`);
    out.push(row.sort().join(' '));
  }
  return out;
}

describe('the graph engine at 10,000 people', () => {
  it('has heavy-tailed degrees and about ten ties per person', () => {
    expect(tieCount(g) / 10_000).toBeGreaterThan(7);
    expect(tieCount(g) / 10_000).toBeLessThan(14);
    let max = 0;
    for (let v = 1; v < g.nodes; v++) max = Math.max(max, (g.offsets[v + 1] ?? 0) - (g.offsets[v] ?? 0));
    expect(max).toBeGreaterThan(200);
  });

  it('finds the same best path cost as graphology\'s bidirectional Dijkstra, and never worse within the hop limit', () => {
    const bg = toGraphology(g);
    const finder = new PathFinder(g);
    const targets = sampleTargets(g, ME, 60, 3);
    const limited = compareWithBaseline(g, bg, finder, ME, targets, 6);
    expect(limited.mismatches).toEqual([]);
    expect(limited.same + limited.beyondLimit).toBe(targets.length);
    expect(limited.same).toBeGreaterThan(30);
    const unlimited = compareWithBaseline(g, bg, finder, ME, targets, 40);
    expect(unlimited.mismatches).toEqual([]);
    expect(unlimited.same).toBe(targets.length);
  });

  it('finds the same k best paths as brute force on small random graphs', () => {
    const checks = bruteForceChecks(400, 17);
    expect(checks.mismatches).toEqual([]);
    expect(checks.paths).toBeGreaterThan(800);
  });

  it('explains every tie it inferred', () => {
    const declared = new Map<string, (typeof TIE_STRENGTHS)[number]>();
    for (let i = 0; i < facts.declared.a.length; i++) {
      const [x, y] = [(facts.declared.a[i] ?? 0) + 1, (facts.declared.b[i] ?? 0) + 1].sort((p, q) => p - q);
      declared.set(`${String(x)} ${String(y)}`, TIE_STRENGTHS[facts.declared.strength[i] ?? 0] ?? 'weak');
    }
    let unexplained = 0;
    for (let u = 1; u < g.nodes; u++) {
      for (let j = g.offsets[u] ?? 0; j < (g.offsets[u + 1] ?? 0); j++) {
        const v = g.targets[j] ?? 0;
        if (v === ME || v < u) continue;
        const strength = declared.get(`${String(u)} ${String(v)}`);
        if (explainTie(network, u, v, strength ? { strength, since: null, how: null } : null, () => '').length === 0) unexplained++;
      }
    }
    expect(unexplained).toBe(0);
  });

  it('reads back from SQLite the graph the generator meant', async () => {
    const file = join(dir.dir, 'bench.db');
    const made = await openApp({ db: file, today: TODAY, lang: 'en', json: false });
    await made.store.close();
    writeBenchNetwork(file, net, TODAY);
    const ctx = await openApp({ db: file, today: TODAY, lang: 'en', json: false });
    try {
      const loaded = await loadNetwork(ctx.store.db, TODAY, ctx.store.dialect);
      expect(loaded.net.facts.ids).toEqual(facts.ids);
      expect(rows(loaded.net.graph)).toEqual(rows(g));
      // The big tables read on another thread, as they are past a few hundred thousand rows.
      const threaded = buildNetwork(await loadNetworkFacts(ctx.store.db, ctx.store.dialect, 0), TODAY);
      expect(rows(threaded.graph)).toEqual(rows(g));
    } finally {
      await ctx.store.close();
    }
  });

  it('gives the built CLI the same reach on a network big enough to be read on another thread', async () => {
    const big = generateBenchNetwork({ people: 100_000, declaredPerPerson: 1, contacts: 1000, peoplePerOrg: 3 }, 5, TODAY);
    // Past the 200,000 rows of organizations, positions and ties from which they are read on another thread.
    expect(big.orgNames.length + big.positions.length + big.ties.length).toBeGreaterThan(200_000);
    const file = join(dir.dir, 'big.db');
    const made = await openApp({ db: file, today: TODAY, lang: 'en', json: false });
    await made.store.close();
    writeBenchNetwork(file, big, TODAY);
    const expected = levelCounts(hopLevels(buildNetwork(benchFacts(big), TODAY).graph, ME, 3), 3).slice(1);
    const r = spawnSync(process.execPath, [join(import.meta.dirname, '..', 'bin', 'maillon.js'), 'reach', '--json'], {
      env: { PATH: process.env.PATH ?? '', HOME: dir.dir, MAILLON_DB: file, MAILLON_TODAY: TODAY, MAILLON_LANG: 'en' }, encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect((JSON.parse(r.stdout) as { hops: number[] }).hops).toEqual(expected);
    expect(expected[2]).toBeGreaterThan(10_000);
  }, 120_000);
});
