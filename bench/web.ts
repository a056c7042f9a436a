/**
 * Page speed in Debian's Chromium, against the real server and built UI on loopback:
 * - Today on a 10,000-person demo network: from navigation to the agenda list visible
 *   (target: within 1 s), each run in a fresh browser context, so nothing is cached;
 * - People on a 30,000-person network: scrolled from top to bottom with the mouse wheel
 *   while the page records each frame's duration (requestAnimationFrame): p95 frame time and
 *   long frames (> 50 ms, the RAIL budget for a response) say whether it janks.
 * Run alone with `node --import tsx bench/web.ts [--quick]`, or within `npm run bench`.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { openApp } from '../src/app/context.js';
import { demo } from '../src/app/demo.service.js';
import { startServer } from '../src/server/serve.js';
import { browserMissing, launchChromium, UI_DIR } from '../test/e2e/chromium.js';
import { PeoplePage } from '../test/e2e/pages/people.js';
import { TodayPage } from '../test/e2e/pages/today.js';
import { median, ms, percentile } from './stats.js';

const TODAY = '2026-11-27';
const LONG_FRAME_MS = 50;
const LAST_ROW_PATIENCE_MS = 120_000;

async function demoDb(dir: string, people: number): Promise<string> {
  const db = join(dir, `demo-${String(people)}.db`);
  const ctx = await openApp({ db, today: TODAY, lang: 'en', json: false });
  await demo(ctx, { people: String(people), seed: '1' });
  await ctx.store.close();
  return db;
}

/**
 * The server runs in its own process, as `maillon serve` does: in this one, its synchronous
 * SQLite reads would stall the Playwright client and distort every timing.
 */
async function withServer<T>(db: string, body: (url: string) => Promise<T>): Promise<T> {
  const child = spawn(process.execPath, ['--import', 'tsx', import.meta.filename, '--serve', db], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = once(child, 'exit');
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let text = '';
      child.stdout.on('data', (chunk: Buffer) => {
        text += chunk.toString();
        const line = /^(http:\/\/\S+)\n/m.exec(text);
        if (line?.[1]) resolve(line[1]);
      });
      void exited.then(() => { reject(new Error(`The bench server exited before listening: ${text}`)); });
    });
    return await body(url);
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

/** The child side of withServer: serve `db` on a free port, print the URL, stop on SIGTERM. */
async function serveForBench(db: string): Promise<void> {
  const server = await startServer({ db, port: 0, today: TODAY, lang: 'en', uiDir: UI_DIR });
  process.stdout.write(`${server.url}\n`);
  process.once('SIGTERM', () => { void server.close().then(() => { process.exit(0); }); });
}

async function freshPage(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: url, locale: 'en-GB', viewport: { width: 1280, height: 800 } });
  return context.newPage();
}

/** Milliseconds from the start of navigation to the agenda on screen, one fresh context per run. */
interface TodayRuns {
  times: number[];
  /** DOMContentLoaded: the scripts are parsed and run. */
  scripts: number[];
  agendaRequest: number[];
  prompts: number;
}

async function todayUsable(browser: Browser, url: string, runs: number): Promise<TodayRuns> {
  const times: number[] = [];
  const scripts: number[] = [];
  const agendaRequest: number[] = [];
  let prompts = 0;
  // The first run opens the database and warms the server: measured, but not counted.
  for (let i = 0; i <= runs; i++) {
    const page = await freshPage(browser, url);
    const today = new TodayPage(page, 'en');
    const start = performance.now();
    await page.goto('/', { waitUntil: 'commit' });
    await today.agenda.waitFor({ state: 'visible', timeout: 30_000 });
    const elapsed = performance.now() - start;
    // Where the time goes: the agenda request, start to end, as the page's Resource Timing saw it.
    const request = await page.evaluate<number>('performance.getEntriesByType("resource").find((e) => e.name.includes("/api/v1/agenda"))?.duration ?? -1');
    const ready = await page.evaluate<number>('performance.getEntriesByType("navigation")[0]?.domContentLoadedEventEnd ?? -1');
    if (i > 0) {
      times.push(elapsed);
      scripts.push(ready);
      agendaRequest.push(request);
    }
    prompts = await today.prompts.count();
    await page.context().close();
  }
  return { times, scripts, agendaRequest, prompts };
}

interface ScrollRun {
  frames: number[];
  seconds: number;
  pixels: number;
  loadingSeen: number;
  /** From the wheel reaching the bottom to the last row shown (its page fetched). */
  lastRowMs: number;
  /** Each GET /api/v1/people the scroll caused, start to end. */
  requests: number[];
}

// Runs in the page (as a string: the bench has no DOM types): one sample per animation frame.
const RECORD_FRAMES = `(() => {
  const frames = [];
  let last = performance.now();
  let on = true;
  const tick = (now) => { frames.push(now - last); last = now; if (on) requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  globalThis.__frames = { stop: () => { on = false; return frames.slice(1); } };
})()`;

/** Wheels down the People list from the first row to the last, recording frame times. */
async function scrollPeople(browser: Browser, url: string, total: number): Promise<ScrollRun> {
  const page = await freshPage(browser, url);
  const people = new PeoplePage(page, 'en');
  await page.goto('/people');
  await people.rows.first().waitFor({ timeout: 30_000 });
  const box = await people.list.boundingBox();
  if (!box) throw new Error('The People list has no box on screen.');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const height = Number(await people.list.evaluate((el) => el.scrollHeight));
  await page.evaluate(RECORD_FRAMES);
  const start = performance.now();
  let loadingSeen = 0;
  // A hard fling: 2,000 px (about 45 rows) per wheel event, sent as fast as Chromium takes them (about 30,000 px/s here).
  for (let step = 0; ; step++) {
    await page.mouse.wheel(0, 2_000);
    if (step % 25 === 24) {
      const seen = await people.list.evaluate((el) => ({
        bottom: Number(el.scrollTop) + Number(el.clientHeight),
        loading: [...el.querySelectorAll('[role=option]')].filter((o) => /Loading/.test(o.textContent ?? '')).length,
      }));
      loadingSeen = Math.max(loadingSeen, seen.loading);
      if (seen.bottom >= height - 1) break;
    }
  }
  const seconds = (performance.now() - start) / 1000;
  const frames = await page.evaluate<number[]>('globalThis.__frames.stop()');
  // The last person must be there and shown, not a placeholder; how long that takes is part of the experience.
  const bottom = performance.now();
  const last = people.list.locator(`[aria-posinset="${String(total)}"]`);
  await last.waitFor({ timeout: 10_000 });
  const shown = await last.filter({ hasNotText: 'Loading' }).waitFor({ timeout: LAST_ROW_PATIENCE_MS }).then(() => true, () => false);
  const lastRowMs = shown ? performance.now() - bottom : Number.POSITIVE_INFINITY;
  const requests = await page.evaluate<number[]>('performance.getEntriesByType("resource").filter((e) => e.name.includes("/api/v1/people?")).map((e) => e.duration)');
  await page.context().close();
  return { frames, seconds, pixels: height, loadingSeen, lastRowMs, requests };
}

/** Today's time to usable and People's scrolling smoothness, as lines and results for run.ts. */
export async function webBench(options: { quick: boolean }): Promise<{ results: Record<string, unknown>; lines: string[] }> {
  const lines: string[] = [];
  const say = (line: string) => {
    lines.push(line);
    process.stdout.write(`${line}\n`);
  };
  const results: Record<string, unknown> = {};
  const missing = browserMissing();
  if (missing) {
    say(`web: skipped, ${missing}`);
    return { results: { skipped: missing }, lines };
  }
  const todayPeople = 10_000;
  const listPeople = options.quick ? 10_000 : 30_000;
  const runs = options.quick ? 3 : 10;
  const dir = mkdtempSync(join(tmpdir(), 'maillon-bench-web-'));
  const browser = await launchChromium();
  try {
    const todayDb = await demoDb(dir, todayPeople);
    const today = await withServer(todayDb, (url) => todayUsable(browser, url, runs));
    results.today = { people: todayPeople, prompts: today.prompts, p50: median(today.times), max: Math.max(...today.times), scriptsP50: median(today.scripts), agendaRequestP50: median(today.agendaRequest), runs };
    say(`web: Today on a ${String(todayPeople)}-person network (${String(today.prompts)} prompts), navigation to agenda visible, fresh context each run`);
    say(`  p50 ${ms(median(today.times))} ms, worst of ${String(runs)} ${ms(Math.max(...today.times))} ms (target: under 1000 ms)`);
    say(`  of which: scripts parsed and run (DOMContentLoaded) p50 ${ms(median(today.scripts))} ms; GET /api/v1/agenda p50 ${ms(median(today.agendaRequest))} ms`);

    const listDb = listPeople === todayPeople ? todayDb : await demoDb(dir, listPeople);
    const scroll = await withServer(listDb, (url) => scrollPeople(browser, url, listPeople));
    const long = scroll.frames.filter((f) => f > LONG_FRAME_MS);
    results.peopleScroll = {
      people: listPeople, frames: scroll.frames.length, seconds: scroll.seconds, pixels: scroll.pixels,
      p50: median(scroll.frames), p95: percentile(scroll.frames, 95), max: Math.max(...scroll.frames),
      longFrames: long.length, placeholdersSeen: scroll.loadingSeen, lastRowMs: scroll.lastRowMs,
      requests: scroll.requests.length, requestP50: median(scroll.requests), requestMax: Math.max(...scroll.requests),
    };
    say(`web: People list, ${String(listPeople)} rows wheeled from top to bottom (${String(Math.round(scroll.pixels / 1000))}k px in ${scroll.seconds.toFixed(1)} s)`);
    say(`  ${String(scroll.frames.length)} frames: p50 ${ms(median(scroll.frames))} ms, p95 ${ms(percentile(scroll.frames, 95))} ms, worst ${ms(Math.max(...scroll.frames))} ms; ${String(long.length)} long frames (> ${String(LONG_FRAME_MS)} ms); at most ${String(scroll.loadingSeen)} rows still loading at a sample`);
    const lastRow = Number.isFinite(scroll.lastRowMs) ? `${ms(scroll.lastRowMs)} ms` : `not within ${String(LAST_ROW_PATIENCE_MS / 1000)} s`;
    say(`  the last row shown ${lastRow} after the wheel reached the bottom; ${String(scroll.requests.length)} GET /api/v1/people pages, p50 ${ms(median(scroll.requests))} ms, worst ${ms(Math.max(...scroll.requests))} ms`);
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return { results, lines };
}

const serveAt = process.argv.indexOf('--serve');
if (import.meta.filename === process.argv[1] && serveAt > 0) {
  await serveForBench(process.argv[serveAt + 1] ?? '');
} else if (import.meta.filename === process.argv[1]) {
  const { results, lines } = await webBench({ quick: process.argv.includes('--quick') });
  const out = join(import.meta.dirname, 'out');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'web.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(out, 'web.txt'), `${lines.join('\n')}\n`);
}
