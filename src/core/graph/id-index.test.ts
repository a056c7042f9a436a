import { describe, expect, it } from 'vitest';
import { IdIndex } from './id-index.js';

describe('IdIndex', () => {
  it('finds Maillon ids and any other id, whole or as a slice of a longer text', () => {
    const index = new IdIndex(4);
    const ids = ['0123456789ab', 'zzzzzzzzzzzz', 'not-an-id', 'Émile', '0123456789aB', ''];
    ids.forEach((id, i) => { index.add(id, i); });
    ids.forEach((id, i) => { expect(index.get(id)).toBe(i); });
    const text = `xx${ids[1] ?? ''}yy`;
    expect(index.getIn(text, 2, 14)).toBe(1);
    expect(index.get('0123456789ac')).toBe(-1);
    expect(index.get('unknown')).toBe(-1);
    expect(index.size).toBe(ids.length);
  });

  it('keeps the first value of an id added twice, and grows past its first size', () => {
    const index = new IdIndex(2);
    const alphabet = '0123456789abcdefghjkmnpqrstvwxyz';
    const ids = Array.from({ length: 5000 }, (_, i) => Array.from({ length: 12 }, (_, k) => alphabet[(i * (k + 7) + k * k) % 32] ?? '0').join(''));
    const unique = [...new Set(ids)];
    unique.forEach((id, i) => { index.add(id, i); });
    unique.forEach((id) => { index.add(id, -5); });
    unique.forEach((id, i) => { expect(index.get(id)).toBe(i); });
    // Asked in turns, as rows of ties name two people each: the answers stay right.
    for (let i = 0; i + 1 < unique.length; i += 2) {
      expect(index.get(unique[i] ?? '')).toBe(i);
      expect(index.get(unique[i + 1] ?? '')).toBe(i + 1);
      expect(index.get(unique[i] ?? '')).toBe(i);
    }
  });
});
