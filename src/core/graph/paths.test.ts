import { describe, expect, it } from 'vitest';
import { bruteForcePaths } from './brute.js';
import { buildGraph, EdgeBuffer, MAX_STRENGTH, strengthBetween, type Graph } from './csr.js';
import { HopDistances } from './hop-distances.js';
import { PathFinder, type Path } from './paths.js';

/** A small seeded generator, so a failing case can be replayed from its seed. */
function rng(seed: number): () => number {
  let x = seed * 2654435761 + 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

function randomGraph(seed: number, nodes: number, edges: number, coarse: boolean): Graph {
  const r = rng(seed);
  const buf = new EdgeBuffer();
  for (let i = 0; i < edges; i++) {
    const a = Math.floor(r() * nodes), b = Math.floor(r() * nodes);
    // Coarse strengths make many paths equally strong: ties in cost must not confuse the search.
    buf.push(a, b, coarse ? [0.3, 0.6, 0.9][Math.floor(r() * 3)] ?? 0.3 : 0.05 + 0.9 * r());
  }
  return buildGraph(nodes, buf);
}

const costs = (paths: readonly Path[]) => paths.map((p) => p.cost);

function expectSimple(g: Graph, p: Path, source: number, maxHops: number): void {
  expect(p.nodes[0]).toBe(source);
  expect(new Set(p.nodes).size).toBe(p.nodes.length);
  expect(p.nodes.length - 1).toBeLessThanOrEqual(maxHops);
  for (let i = 1; i < p.nodes.length; i++) expect(strengthBetween(g, p.nodes[i - 1] ?? 0, p.nodes[i] ?? 0)).toBeGreaterThan(0);
}

describe('buildGraph', () => {
  it('stores each tie once per end, in input order, and merges repeated evidence into one stronger tie', () => {
    const buf = new EdgeBuffer();
    buf.push(2, 0, 0.5);
    buf.push(0, 1, 0.3);
    buf.push(0, 2, 0.5);
    buf.push(1, 1, 0.9); // a tie to oneself is no tie
    const g = buildGraph(3, buf);
    expect([...g.offsets]).toEqual([0, 2, 3, 4]);
    expect([...g.targets]).toEqual([2, 1, 0, 0]);
    expect(strengthBetween(g, 0, 2)).toBeCloseTo(0.75, 6);
    expect(strengthBetween(g, 2, 0)).toBe(strengthBetween(g, 0, 2));
    expect(strengthBetween(g, 1, 2)).toBe(0);
  });

  it('caps a tie below certainty', () => {
    const buf = new EdgeBuffer();
    for (let i = 0; i < 5; i++) buf.push(0, 1, 0.9);
    expect(strengthBetween(buildGraph(2, buf), 0, 1)).toBeCloseTo(MAX_STRENGTH, 6);
  });
});

describe('PathFinder', () => {
  it('prefers a longer strong chain to a short weak one, within the hop limit only', () => {
    const buf = new EdgeBuffer();
    buf.push(0, 1, 0.1); // direct but weak
    buf.push(0, 2, 0.9);
    buf.push(2, 3, 0.9);
    buf.push(3, 1, 0.9);
    const g = buildGraph(4, buf);
    const finder = new PathFinder(g);
    expect(finder.paths(0, 1, 1, 6)[0]?.nodes).toEqual([0, 2, 3, 1]);
    expect(finder.paths(0, 1, 1, 2)[0]?.nodes).toEqual([0, 1]);
    expect(finder.paths(0, 1, 3, 6).map((p) => p.nodes)).toEqual([[0, 2, 3, 1], [0, 1]]);
  });

  it('keeps a costlier label with fewer hops: the best 3-hop path can need a worse 1-hop prefix', () => {
    // 0-1 is direct but weak; 0-2-1 is stronger. Only through the weak 0-1 does 1-3-4 fit in 3 hops.
    const buf = new EdgeBuffer();
    buf.push(0, 1, 0.5);
    buf.push(0, 2, 0.9);
    buf.push(2, 1, 0.9);
    buf.push(1, 3, 0.9);
    buf.push(3, 4, 0.9);
    const g = buildGraph(5, buf);
    expect(new PathFinder(g).paths(0, 4, 1, 3)[0]?.nodes).toEqual([0, 1, 3, 4]);
    expect(new PathFinder(g).paths(0, 4, 1, 4)[0]?.nodes).toEqual([0, 2, 1, 3, 4]);
  });

  it('returns nothing for an unreachable target or one beyond the limit', () => {
    const buf = new EdgeBuffer();
    buf.push(0, 1, 0.5);
    buf.push(1, 2, 0.5);
    const g = buildGraph(4, buf);
    const finder = new PathFinder(g);
    expect(finder.paths(0, 3, 3, 6)).toEqual([]);
    expect(finder.paths(0, 2, 3, 1)).toEqual([]);
    expect(finder.pathsToAny(0, [3], 3, 6)).toEqual([]);
  });

  it('ends a path at the first target it meets and reaches distinct targets', () => {
    const buf = new EdgeBuffer();
    buf.push(0, 1, 0.9);
    buf.push(1, 2, 0.9);
    buf.push(0, 3, 0.2);
    buf.push(3, 2, 0.2);
    const g = buildGraph(4, buf);
    const paths = new PathFinder(g).pathsToAny(0, [1, 2], 3, 6);
    expect(paths.map((p) => p.nodes)).toEqual([[0, 1], [0, 3, 2]]);
  });

  it('finds equally strong detours at the source once the target side is explored whole', () => {
    // Three first steps lead to 2; the two weaker ones tie. The first searches explore the
    // small target side whole, so the last detour at the source rests on the source side alone.
    const buf = new EdgeBuffer();
    for (const [a, b, s] of [[5, 2, 0.6], [0, 5, 0.6], [0, 3, 0.9], [0, 6, 0.6], [6, 1, 0.6], [2, 7, 0.3], [2, 4, 0.3], [0, 4, 0.3], [0, 7, 0.3]] as const) buf.push(a, b, s);
    const g = buildGraph(8, buf);
    const got = new PathFinder(g).paths(0, 2, 3, 5);
    expect(got[0]?.nodes).toEqual([0, 5, 2]);
    expect(got.slice(1).map((p) => p.nodes.join(',')).sort()).toEqual(['0,4,2', '0,7,2']);
    expect(costs(got).map((c) => c.toFixed(9))).toEqual(costs(bruteForcePaths(g, 0, [2], 3, 5)).map((c) => c.toFixed(9)));
  });

  it('finds the same k best costs as brute force on small random graphs', () => {
    let checked = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const r = rng(seed * 7);
      const nodes = 3 + Math.floor(r() * 14);
      const g = randomGraph(seed, nodes, Math.floor(nodes * (1 + r() * 2.5)), seed % 2 === 0);
      const finder = new PathFinder(g);
      const maxHops = 1 + Math.floor(r() * 6);
      const k = 1 + Math.floor(r() * 4);
      const source = Math.floor(r() * nodes);
      const target = (source + 1 + Math.floor(r() * (nodes - 1))) % nodes;
      const want = bruteForcePaths(g, source, [target], k, maxHops);
      const got = finder.paths(source, target, k, maxHops);
      expect(got.length, `seed ${String(seed)}`).toBe(want.length);
      for (const [i, c] of costs(got).entries()) expect(c, `seed ${String(seed)} path ${String(i)}`).toBeCloseTo(want[i]?.cost ?? NaN, 9);
      for (const p of got) {
        expectSimple(g, p, source, maxHops);
        expect(p.nodes.at(-1)).toBe(target);
      }
      expect(new Set(got.map((p) => p.nodes.join(','))).size).toBe(got.length);
      checked += got.length;
    }
    expect(checked).toBeGreaterThan(300);
  });

  it('finds the same k best costs as brute force when it reads every row in sorted order', () => {
    // Busy people's rows are read lazily in sorted order; here every row is, even a short one.
    for (let seed = 1; seed <= 300; seed++) {
      const r = rng(seed * 31);
      const nodes = 3 + Math.floor(r() * 14);
      const g = randomGraph(seed + 3000, nodes, Math.floor(nodes * (1 + r() * 2.5)), seed % 2 === 0);
      const finder = new PathFinder(g, 1);
      const maxHops = 1 + Math.floor(r() * 7);
      const k = 1 + Math.floor(r() * 4);
      const target = 1 + Math.floor(r() * (nodes - 1));
      const want = bruteForcePaths(g, 0, [target], k, maxHops);
      expect(costs(finder.paths(0, target, k, maxHops)).map((c) => c.toFixed(9)), `seed ${String(seed)}`).toEqual(costs(want).map((c) => c.toFixed(9)));
      const targets = [target, (target % (nodes - 1)) + 1];
      const wantAny = bruteForcePaths(g, 0, [...new Set(targets), -1], k, maxHops);
      expect(costs(finder.pathsToAny(0, targets, k, maxHops)).map((c) => c.toFixed(9)), `seed ${String(seed)}, any`).toEqual(costs(wantAny).map((c) => c.toFixed(9)));
    }
  });

  it('finds the same best distinct targets as brute force on small random graphs', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const r = rng(seed * 13);
      const nodes = 4 + Math.floor(r() * 12);
      const g = randomGraph(seed + 1000, nodes, Math.floor(nodes * (1 + r() * 2)), seed % 3 === 0);
      const maxHops = 1 + Math.floor(r() * 5);
      const k = 1 + Math.floor(r() * 3);
      const targets = [...new Set(Array.from({ length: 1 + Math.floor(r() * 4) }, () => 1 + Math.floor(r() * (nodes - 1))))];
      const want = bruteForcePaths(g, 0, targets.length === 1 ? [...targets, -1] : targets, k, maxHops);
      const got = new PathFinder(g).pathsToAny(0, targets, k, maxHops);
      expect(costs(got).map((c) => c.toFixed(9)), `seed ${String(seed)}`).toEqual(costs(want).map((c) => c.toFixed(9)));
      for (const p of got) {
        expectSimple(g, p, 0, maxHops);
        expect(p.nodes.slice(1, -1).some((n) => targets.includes(n))).toBe(false);
      }
    }
  });

  it('still finds the best paths with more hops than its exact distances cover', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const g = randomGraph(seed + 5000, 14, 30, seed % 2 === 0);
      const finder = new PathFinder(g);
      for (const maxHops of [7, 9, 12]) {
        const target = 1 + (seed % 13);
        const want = bruteForcePaths(g, 0, [target], 2, maxHops);
        expect(costs(finder.paths(0, target, 2, maxHops)).map((c) => c.toFixed(9)), `seed ${String(seed)}, ${String(maxHops)} hops`).toEqual(costs(want).map((c) => c.toFixed(9)));
      }
    }
  });

  it('answers many queries in a row with the same work arrays', () => {
    const g = randomGraph(99, 200, 800, false);
    const finder = new PathFinder(g);
    for (let t = 1; t < 60; t++) {
      const got = finder.paths(0, t, 3, 4);
      const want = bruteForcePaths(g, 0, [t], 3, 4);
      expect(costs(got).map((c) => c.toFixed(9))).toEqual(costs(want).map((c) => c.toFixed(9)));
    }
  });
});

describe('HopDistances', () => {
  it('gives the shortest distance within each hop count, as rounds over every tie would', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const g = randomGraph(seed + 9000, 30, 70, seed % 2 === 0);
      const near = new HopDistances(g, 0);
      // Reference: relax every tie of every node, round after round.
      let round = Array.from({ length: g.nodes }, (_, v) => (v === 0 ? 0 : Infinity));
      for (let hops = 1; hops <= 8; hops++) {
        const next = [...round];
        for (let v = 0; v < g.nodes; v++) {
          for (let e = g.offsets[v] ?? 0; e < (g.offsets[v + 1] ?? 0); e++) {
            const u = g.targets[e] ?? 0;
            next[u] = Math.min(next[u] ?? Infinity, (round[v] ?? Infinity) + (g.weights[e] ?? 0));
          }
        }
        round = next;
        // Asked in a scattered order, so columns are filled on demand from unfilled ones.
        for (let i = 0; i < g.nodes; i++) {
          const v = (i * 7) % g.nodes;
          expect(near.at(v, hops), `seed ${String(seed)}, node ${String(v)}, ${String(hops)} hops`).toBe(round[v]);
        }
      }
    }
  });
});
