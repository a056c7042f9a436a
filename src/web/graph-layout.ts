// A deterministic layout for the neighbourhood graph: the user in the centre, one ring per
// hop, and each person placed next to the contact that links them to the ring inside, so
// clusters stay together. Same data, same picture: no force simulation, no randomness.

export interface GraphInput {
  nodes: { id: string; name: string; hops: number }[];
  edges: { a: string; b: string; strength: number }[];
}

export interface PlacedNode {
  id: string;
  name: string;
  hops: number;
  x: number;
  y: number;
  r: number;
  degree: number;
  /** Shown with a label without hovering: the best-connected nodes only. */
  labelled: boolean;
}

const RING_GAP = 60;
const SUB_RING_GAP = 22;
// Room each dot needs along its ring, so a crowded hop spreads over several rings.
const SPACING = 15;

/** Places every node; `labels` is how many of the best-connected people get a label. */
export function layoutGraph(input: GraphInput, labels = 16): { nodes: PlacedNode[]; rings: number[]; size: number } {
  const degree = new Map<string, number>();
  const neighbours = new Map<string, { id: string; strength: number }[]>();
  for (const e of input.edges) {
    degree.set(e.a, (degree.get(e.a) ?? 0) + 1);
    degree.set(e.b, (degree.get(e.b) ?? 0) + 1);
    neighbours.set(e.a, [...(neighbours.get(e.a) ?? []), { id: e.b, strength: e.strength }]);
    neighbours.set(e.b, [...(neighbours.get(e.b) ?? []), { id: e.a, strength: e.strength }]);
  }
  const byName = (a: { name: string; id: string }, b: { name: string; id: string }) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1);
  const maxHops = input.nodes.reduce((m, n) => Math.max(m, n.hops), 0);
  const angle = new Map<string, number>();
  const hopsOf = new Map(input.nodes.map((n) => [n.id, n.hops]));
  const placed: PlacedNode[] = [];

  let radius = 0;
  const rings: number[] = [];
  for (let h = 0; h <= maxHops; h++) {
    const ring = input.nodes.filter((n) => n.hops === h);
    // Each node follows its strongest link to the ring inside; ties broken by name.
    const parentAngle = (id: string) => {
      const inner = (neighbours.get(id) ?? []).filter((x) => hopsOf.get(x.id) === h - 1 && angle.has(x.id));
      inner.sort((x, y) => y.strength - x.strength || (x.id < y.id ? -1 : 1));
      return inner[0] ? angle.get(inner[0].id) ?? 0 : 0;
    };
    const ordered = h <= 1
      ? [...ring].sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || byName(a, b))
      : [...ring].sort((a, b) => parentAngle(a.id) - parentAngle(b.id) || byName(a, b));
    if (h > 0) radius += RING_GAP;
    let i = 0;
    while (i < ordered.length) {
      // The inner sub-ring takes the best-connected people of this hop; outer ones the rest.
      const capacity = h === 0 ? 1 : Math.max(6, Math.floor((2 * Math.PI * radius) / SPACING));
      const part = ordered.slice(i, i + capacity);
      const shift = (rings.length % 2) * (Math.PI / Math.max(1, part.length));
      part.forEach((n, j) => {
        const a = h === 0 ? 0 : (2 * Math.PI * j) / part.length - Math.PI / 2 + shift;
        angle.set(n.id, a);
        const d = degree.get(n.id) ?? 0;
        placed.push({
          id: n.id, name: n.name, hops: h, degree: d, labelled: false,
          x: radius * Math.cos(a), y: radius * Math.sin(a), r: h === 0 ? 9 : Math.min(7, 3 + Math.sqrt(d) / 2),
        });
      });
      rings.push(radius);
      i += part.length;
      if (i < ordered.length) radius += SUB_RING_GAP;
    }
  }
  // Labels for the best-connected people nearest the user: enough to orient, few enough to read.
  const ranked = placed.filter((n) => n.hops > 0).sort((a, b) => a.hops - b.hops || b.degree - a.degree || byName(a, b));
  // A label is skipped when it would overlap one already placed (labels run right of the dot).
  const taken: PlacedNode[] = [];
  for (const n of ranked) {
    if (taken.length >= labels) break;
    if (taken.some((m) => Math.abs(m.y - n.y) < 14 && Math.abs(m.x - n.x) < 110)) continue;
    n.labelled = true;
    taken.push(n);
  }
  return { nodes: placed, rings: rings.filter((r) => r > 0), size: (radius + 90) * 2 };
}
