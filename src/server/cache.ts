import type { NetworkKeeper } from '../app/context.js';
import type { LoadedNetwork } from '../app/network/load.js';
import type { Day } from '../core/types.js';

/**
 * Answers computed from the whole network (the agenda, a person's page) kept as JSON. Building
 * the agenda takes 10-20 ms on 10,000 people, and Node answers one request at a time: at 50
 * concurrent requests, recomputing each would queue them for hundreds of ms. Every write
 * through this server empties the cache; a write from elsewhere (the CLI on the same database)
 * changes `version` (SQLite), or shows after at most `ttlMs` (PostgreSQL).
 */
export class ResponseCache {
  private readonly entries = new Map<string, { at: number; version: string; body: Promise<Uint8Array> }>();
  // Bumped by clear(): a computation that started before a write must not be kept after it.
  private generation = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly max: number,
    private readonly version: () => string = () => '',
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * The cached JSON for `key`, or what `compute` gives, as UTF-8 bytes (encoded once, not per
   * answer); concurrent requests for one key share one computation.
   */
  async get(key: string, compute: () => Promise<unknown>): Promise<Uint8Array> {
    const version = this.version();
    const hit = this.entries.get(key);
    if (hit && hit.version === version && this.now() - hit.at < this.ttlMs) return hit.body;
    const generation = this.generation;
    const body = compute().then((value) => Buffer.from(JSON.stringify(value)));
    const entry = { at: this.now(), version, body };
    this.entries.set(key, entry);
    try {
      return await body;
    } catch (error) {
      this.entries.delete(key);
      throw error;
    } finally {
      if (generation !== this.generation && this.entries.get(key) === entry) this.entries.delete(key);
      this.trim();
    }
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
  }

  /** Oldest first: a Map keeps insertion order. */
  private trim(): void {
    for (const key of this.entries.keys()) {
      if (this.entries.size <= this.max) break;
      this.entries.delete(key);
    }
  }
}

/**
 * The last network built, kept for the next requests: building it reads the whole store (about
 * a second at 100,000 people), and a kept one also keeps the user's distances that guide path
 * searches. It is dropped by every write through this server, by a change of the database
 * (`version`, on SQLite), after `ttlMs` (PostgreSQL, where only time tells), and at a new day,
 * since strengths fade with time. Requests made while it builds share the build.
 */
export class KeptNetwork implements NetworkKeeper {
  private kept: { day: Day; version: string; at: number; generation: number; network: Promise<LoadedNetwork> } | null = null;
  // Bumped by clear(): a build that started before a write must not serve after it.
  private generation = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly version: () => string = () => '',
    private readonly now: () => number = Date.now,
  ) {}

  get(today: Day, build: () => Promise<LoadedNetwork>): Promise<LoadedNetwork> {
    const version = this.version();
    const kept = this.kept;
    if (kept && kept.day === today && kept.version === version && kept.generation === this.generation && this.now() - kept.at < this.ttlMs) return kept.network;
    const entry = { day: today, version, at: this.now(), generation: this.generation, network: build() };
    this.kept = entry;
    entry.network.catch(() => { if (this.kept === entry) this.kept = null; });
    return entry.network;
  }

  clear(): void {
    this.generation++;
    this.kept = null;
  }
}
