import { describe, expect, it } from 'vitest';
import type { LoadedNetwork } from '../../src/app/network/load.js';
import { KeptNetwork } from '../../src/server/cache.js';

/** Builds that count themselves: each gives a distinct stand-in network. */
function builds() {
  let count = 0;
  const build = () => Promise.resolve({ count: ++count } as unknown as LoadedNetwork);
  return { build, get count() { return count; } };
}

describe('the network the server keeps', () => {
  it('is built once for many requests, and again after a write, a change of the database, a new day or its time', async () => {
    let version = 'a', now = 0;
    const kept = new KeptNetwork(60_000, () => version, () => now);
    const b = builds();
    const first = await kept.get('2026-03-02', b.build);
    expect(await kept.get('2026-03-02', b.build)).toBe(first);
    expect(b.count).toBe(1);
    kept.clear();
    await kept.get('2026-03-02', b.build);
    expect(b.count).toBe(2);
    version = 'b';
    await kept.get('2026-03-02', b.build);
    expect(b.count).toBe(3);
    await kept.get('2026-03-03', b.build);
    expect(b.count).toBe(4);
    now = 60_000;
    await kept.get('2026-03-03', b.build);
    expect(b.count).toBe(5);
  });

  it('shares a build under way, but does not keep one that a write overtook', async () => {
    const kept = new KeptNetwork(60_000);
    const b = builds();
    const [x, y] = await Promise.all([kept.get('2026-03-02', b.build), kept.get('2026-03-02', b.build)]);
    expect(x).toBe(y);
    expect(b.count).toBe(1);
    kept.clear();
    // A write lands while the network is being built: that build may serve its own request only.
    const during = kept.get('2026-03-02', () => { kept.clear(); return b.build(); });
    await during;
    await kept.get('2026-03-02', b.build);
    expect(b.count).toBe(3);
  });

  it('forgets a build that failed', async () => {
    const kept = new KeptNetwork(60_000);
    await expect(kept.get('2026-03-02', () => Promise.reject(new Error('database gone')))).rejects.toThrow('database gone');
    const b = builds();
    await kept.get('2026-03-02', b.build);
    expect(b.count).toBe(1);
  });
});
