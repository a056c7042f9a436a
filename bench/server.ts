/**
 * The web server under load: a 10,000-person demo database, the server in this process on a
 * free port, and autocannon in a child process (so the load generator does not share the
 * server's event loop), 50 connections for 10 s on the agenda and on person pages.
 * Also the time to first byte of `/` and of `/api/v1/agenda`, cold (first request) and warm.
 * Run alone with `node --import tsx bench/server.ts [--quick]`, or within `npm run bench`.
 */
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp } from '../src/app/context.js';
import { demo } from '../src/app/demo.service.js';
import { listPeople } from '../src/app/list.service.js';
import { startServer } from '../src/server/serve.js';
import { median, percentile } from './stats.js';

const TODAY = '2026-11-27';
const ROOT = join(import.meta.dirname, '..');

interface Load { p50: number; p99: number; max: number; requests: number; errors: number; non2xx: number; rps: number }

/**
 * Runs autocannon in its own process. For person pages, each request asks for another of the
 * given paths, round robin, so no single page is measured hot.
 */
async function load(url: string, paths: string[], seconds: number, connections: number): Promise<Load> {
  const script = `
    const autocannon = require('autocannon');
    const paths = ${JSON.stringify(paths)};
    let i = 0;
    autocannon({
      url: ${JSON.stringify(url)}, connections: ${String(connections)}, duration: ${String(seconds)},
      requests: [{ setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length] }) }],
    }, (err, r) => {
      if (err) { console.error(err); process.exit(1); }
      process.stdout.write(JSON.stringify({ p50: r.latency.p50, p99: r.latency.p99, max: r.latency.max, requests: r.requests.total,
        errors: r.errors + r.timeouts, non2xx: r.non2xx, rps: r.requests.average }));
    });`;
  // Not spawnSync: the server answers from this very process, whose event loop must stay free.
  const child = spawn(process.execPath, ['-e', script], { cwd: ROOT });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => { out += d.toString(); });
  child.stderr.on('data', (d: Buffer) => { err += d.toString(); });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`autocannon failed: ${err}`);
  return JSON.parse(out) as Load;
}

/** Milliseconds from sending a GET to its first byte of body. */
function firstByte(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const req = request(url, (res) => {
      res.once('data', () => { resolve(performance.now() - start); res.resume(); });
      res.once('end', () => { resolve(performance.now() - start); });
    });
    req.on('error', reject);
    req.end();
  });
}

export async function serverBench(options: { quick: boolean }): Promise<{ results: Record<string, unknown>; lines: string[] }> {
  const people = 10_000;
  const seconds = options.quick ? 3 : 10;
  const connections = 50;
  const dir = mkdtempSync(join(tmpdir(), 'maillon-bench-server-'));
  const lines: string[] = [];
  const say = (line: string) => {
    lines.push(line);
    process.stdout.write(`${line}\n`);
  };
  const results: Record<string, unknown> = { people, connections, seconds };
  try {
    const db = join(dir, 'demo.db');
    const ctx = await openApp({ db, today: TODAY, lang: 'en', json: false });
    await demo(ctx, { people: String(people), seed: '1' });
    const ids = (await listPeople(ctx, { sort: 'name' })).people.map((p) => p.id);
    await ctx.store.close();
    // A stand-in for the built UI, so `/` is measured even before `npm run build`.
    const uiDir = join(dir, 'web');
    mkdirSync(uiDir);
    writeFileSync(join(uiDir, 'index.html'), '<!doctype html><title>Maillon</title><div id="root"></div><script type="module" src="/assets/index.js"></script>');

    const server = await startServer({ db, port: 0, today: TODAY, uiDir });
    try {
      const base = server.url.replace(/\/$/, '');
      const cold = { agenda: await firstByte(`${base}/api/v1/agenda`), index: await firstByte(`${base}/`) };
      const warm = { agenda: [] as number[], index: [] as number[] };
      for (let i = 0; i < 20; i++) {
        warm.agenda.push(await firstByte(`${base}/api/v1/agenda`));
        warm.index.push(await firstByte(`${base}/`));
      }
      results.ttfb = { coldAgendaMs: cold.agenda, coldIndexMs: cold.index, warmAgendaMs: median(warm.agenda), warmIndexMs: median(warm.index) };
      say(`server: ${String(people)} people, ${String(connections)} connections, ${String(seconds)} s per endpoint (autocannon in a child process); load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
      say(`  time to first byte: / ${cold.index.toFixed(1)} ms cold, ${median(warm.index).toFixed(1)} ms warm; /api/v1/agenda ${cold.agenda.toFixed(1)} ms cold (opens the database), ${median(warm.agenda).toFixed(1)} ms warm`);
      // Every 37th person, so the pages asked for spread over the whole network.
      const pages = ids.filter((_, i) => i % 37 === 0).map((id) => `/api/v1/people/${id}`);
      // A page's first visit computes it (the load below then reads it from the cache, as a
      // user coming back to a page does): timed alone, one request at a time.
      const first: number[] = [];
      for (const path of pages) first.push(await firstByte(`${base}${path}`));
      results.personFirstVisit = { pages: pages.length, p50: median(first), p99: percentile(first, 99) };
      say(`  first visit of a person page, one at a time (${String(pages.length)} people): p50 ${median(first).toFixed(1)} ms, p99 ${percentile(first, 99).toFixed(1)} ms`);
      for (const [name, paths] of [['agenda', ['/api/v1/agenda']], ['person', pages]] as const) {
        // The server's own CPU time per answer: unlike latency, it does not depend on what else runs on the machine.
        const cpu = process.cpuUsage();
        const r = await load(server.url, [...paths], seconds, connections);
        const used = process.cpuUsage(cpu);
        const cpuMsPerRequest = (used.user + used.system) / 1000 / Math.max(1, r.requests);
        results[name] = { ...r, cpuMsPerRequest };
        const ok = r.p99 < 50 && r.errors === 0 && r.non2xx === 0;
        say(`  GET ${name === 'agenda' ? '/api/v1/agenda' : `/api/v1/people/:id (${String(pages.length)} people, round robin)`}: p50 ${String(r.p50)} ms, p99 ${String(r.p99)} ms, max ${String(r.max)} ms, ${String(r.requests)} requests (${r.rps.toFixed(0)}/s), errors ${String(r.errors)}, non-2xx ${String(r.non2xx)}, server CPU ${cpuMsPerRequest.toFixed(3)} ms per request => ${ok ? 'meets' : 'MISSES'} the target (p99 < 50 ms, no error)`);
      }
    } finally {
      await server.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { results, lines };
}

// Run alone: `node --import tsx bench/server.ts [--quick]`.
if (process.argv[1] && import.meta.filename === process.argv[1]) {
  await serverBench({ quick: process.argv.includes('--quick') });
}
