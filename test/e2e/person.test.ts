import { expect, it } from 'vitest';
import { tendedNetwork } from './fixtures.js';
import { describeBrowser, forEachLang } from './harness.js';
import { PeoplePage } from './pages/people.js';
import { PersonPage } from './pages/person.js';

const plain = (texts: string[]) => texts.join(' | ').replace(/\s/g, ' ');

describeBrowser('People and the person page', (env) => {
  forEachLang((lang) => {
    it('a user finds someone by typing their name without accents, and opens them with the keyboard', async () => {
      const served = await env.serve({ lang, setup: tendedNetwork });
      const page = await env.page(served, { lang });
      const people = await new PeoplePage(page, lang).open();
      await expect.poll(() => people.rows.count()).toBe(3);
      await people.searchFor('zoe');
      await expect.poll(() => people.rows.count()).toBe(1);
      await people.row('Zoé Blanc').waitFor();
      await people.openWithKeyboard();
      await new PersonPage(page, lang, 'Zoé Blanc').heading.waitFor();
      expect(new URL(page.url()).pathname).toMatch(/^\/people\/[0-9a-z]{12}$/);
    });

    it('a user scrolls far down the list, opens someone, and comes back to the same place', async () => {
      const served = await env.serve({ lang, setup: (cli) => cli('demo', '--people', '200') });
      const page = await env.page(served, { lang });
      const people = await new PeoplePage(page, lang).open();
      await expect.poll(() => people.rows.count()).toBeGreaterThan(5);
      await people.list.evaluate((el) => { el.scrollTop = 3000; });
      // A row well inside the view, once its page of people has arrived.
      const row = people.list.locator('[aria-posinset="75"]');
      await expect.poll(async () => (await row.locator('.name').count())).toBe(1);
      const name = (await row.locator('.name').textContent()) ?? '';
      await row.click();
      await new PersonPage(page, lang, name).heading.waitFor();

      await page.goBack();
      await people.heading.waitFor();
      await expect.poll(() => people.list.evaluate((el) => el.scrollTop)).toBe(3000);
      await people.row(name).waitFor();
      expect(await people.row(name).getAttribute('aria-selected')).toBe('true');
    });

    it('a user reads a person\'s health with its reasons, timeline and ties, then logs an exchange that tops the timeline', async () => {
      const served = await env.serve({ lang, setup: tendedNetwork });
      const page = await env.page(served, { lang });
      const people = await new PeoplePage(page, lang).open();
      await people.openPerson('Claire Martin');
      const claire = new PersonPage(page, lang, 'Claire Martin');
      await claire.heading.waitFor();
      await expect(claire.health.getByText(/\d+\/100/).count()).resolves.toBe(1);
      await expect.poll(() => claire.healthReasons.count()).toBeGreaterThan(0);
      const timeline = plain(await claire.timeline.allTextContents());
      expect(timeline).toContain('Talked pricing');
      expect(timeline).toContain('Head of Data at Bleu Horizon');
      await expect.poll(async () => plain(await claire.ties.allTextContents())).toContain('Marc Petit');
      expect(plain(await claire.ties.allTextContents())).toContain('co-founded Lumen');

      await claire.logExchange({ channel: 'video', summary: 'Sent the churn article over video' });
      await expect.poll(async () => (await claire.timeline.first().textContent()) ?? '').toContain('Sent the churn article over video');
      const shown = (await served.cli('person', 'show', 'Claire', '--json')).json();
      expect(JSON.stringify(shown)).toContain('Sent the churn article over video');
    });
  });
});
