import { describe, expect, it } from 'vitest';
import { generateNetwork } from './generator.js';
import { generateTies } from './ties.js';

const today = '2025-06-15';
const net = generateNetwork({ people: 1000, seed: 7, today });
const ties = generateTies(net, 7, today);
const people = net.people.map((r) => r.person);
const ids = new Set(people.map((p) => p.id));
const knownOf = people.filter((p) => p.circles.length === 0 && p.priority === null && p.lastExchangeOn === null);

describe('demo ties', () => {
  it('keeps some people known of but never met, so warm paths have somewhere to go', () => {
    expect(knownOf.length / people.length).toBeGreaterThan(0.15);
    expect(knownOf.length / people.length).toBeLessThan(0.4);
    for (const p of knownOf) expect(p.introducedById).toBeNull();
  });

  it('ties every person known of to someone, between existing people, each pair once and in order', () => {
    const tied = new Set(ties.flatMap((t) => [t.aId, t.bId]));
    for (const p of knownOf) expect(tied.has(p.id)).toBe(true);
    for (const t of ties) {
      expect(ids.has(t.aId) && ids.has(t.bId)).toBe(true);
      expect(t.aId < t.bId).toBe(true);
      expect(['weak', 'medium', 'strong']).toContain(t.strength);
      expect(t.createdOn <= today && (t.since === null || t.since <= today)).toBe(true);
    }
    expect(new Set(ties.map((t) => `${t.aId} ${t.bId}`)).size).toBe(ties.length);
  });

  it('gives the same ties for the same seed', () => {
    expect(generateTies(generateNetwork({ people: 1000, seed: 7, today }), 7, today)).toEqual(ties);
  });
});
