import { expect, it } from 'vitest';
import { AXE_SCRIPT, blockingViolations, describeViolations } from './axe.js';
import { describeBrowser, type Served } from './harness.js';

/** Each main screen, on a demo network so that lists, timelines and graphs have content. */
const SCREENS: { name: string; path: (served: Served) => Promise<string> }[] = [
  { name: 'Today', path: () => Promise.resolve('/') },
  { name: 'People', path: () => Promise.resolve('/people') },
  { name: 'a person', path: async (s) => `/people/${String((await s.cli('person', 'list', '--json')).json().people[0].id)}` },
  { name: 'Events', path: () => Promise.resolve('/events') },
  { name: 'an event in event mode', path: async (s) => `/events/${String((await s.cli('event', 'list', '--json')).json()[0].id)}` },
  { name: 'Network', path: () => Promise.resolve('/network') },
  { name: 'Import and export', path: () => Promise.resolve('/import') },
  { name: 'Messages', path: () => Promise.resolve('/messages') },
  { name: 'Settings', path: () => Promise.resolve('/settings') },
];

describeBrowser('accessibility of each main screen (axe-core)', (env) => {
  let demo: Served | undefined;
  const check = async (served: Served, name: string, path: string) => {
    const page = await env.page(served, { initScript: AXE_SCRIPT });
    await page.goto(path);
    await page.getByRole('heading', { level: 1 }).waitFor();
    // Wait for the screen's data: no loading line left.
    await expect.poll(() => page.locator('[aria-busy="true"]').count()).toBe(0);
    const violations = await blockingViolations(page);
    expect(violations, describeViolations(name, violations)).toEqual([]);
  };

  it('the first-run guide has no serious or critical violation', async () => {
    await check(await env.serve(), 'the first-run guide', '/');
  });

  it('the check itself catches an unlabelled control', async () => {
    const page = await env.page(await env.serve(), { initScript: AXE_SCRIPT });
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.evaluate('document.querySelector("main").append(document.createElement("input"))');
    const violations = await blockingViolations(page);
    expect(violations.map((v) => v.id)).toContain('label');
    expect(describeViolations('the guide with a bare input', violations)).toMatch(/\[critical\] label: [^\n]*\n {4}#main > input/);
  });

  for (const screen of SCREENS) {
    it(`${screen.name} has no serious or critical violation`, async () => {
      demo ??= await env.serve({ shared: true, setup: (cli) => cli('demo', '--people', '200') });
      await check(demo, screen.name, await screen.path(demo));
    });
  }
});
