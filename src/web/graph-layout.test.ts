import { describe, expect, it } from 'vitest';
import { layoutGraph } from './graph-layout';

const nodes = [{ id: 'me', name: '', hops: 0 }, ...Array.from({ length: 300 }, (_, i) => ({ id: `p${i}`, name: `Person ${i}`, hops: i < 200 ? 1 : 2 }))];
const edges = Array.from({ length: 300 }, (_, i) => ({ a: `p${i}`, b: `p${(i * 7 + 3) % 300}`, strength: 0.5 }));

describe('the neighbourhood layout', () => {
  it('places the same graph the same way every time, whatever the input order', () => {
    const a = layoutGraph({ nodes, edges });
    const b = layoutGraph({ nodes: [...nodes].reverse(), edges: [...edges].reverse() });
    const byId = (l: typeof a) => Object.fromEntries(l.nodes.map((n) => [n.id, [n.x.toFixed(3), n.y.toFixed(3), n.labelled]]));
    expect(byId(b)).toEqual(byId(a));
  });

  it('puts the user in the centre and farther hops farther out', () => {
    const { nodes: placed } = layoutGraph({ nodes, edges });
    const dist = (id: string) => { const n = placed.find((p) => p.id === id); return n ? Math.hypot(n.x, n.y) : NaN; };
    expect(dist('me')).toBe(0);
    const maxFirst = Math.max(...placed.filter((n) => n.hops === 1).map((n) => Math.hypot(n.x, n.y)));
    const minSecond = Math.min(...placed.filter((n) => n.hops === 2).map((n) => Math.hypot(n.x, n.y)));
    expect(minSecond).toBeGreaterThan(maxFirst);
  });

  it('labels only a few people, and no two labels overlap', () => {
    const { nodes: placed } = layoutGraph({ nodes, edges }, 16);
    const labelled = placed.filter((n) => n.labelled);
    expect(labelled.length).toBeGreaterThan(0);
    expect(labelled.length).toBeLessThanOrEqual(16);
    for (const a of labelled) for (const b of labelled) if (a !== b) expect(Math.abs(a.y - b.y) >= 14 || Math.abs(a.x - b.x) >= 110).toBe(true);
  });
});
