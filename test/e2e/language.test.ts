import { expect, it } from 'vitest';
import { MORNING_REASONS, morningNetwork } from './fixtures.js';
import { describeBrowser, forEachLang, type Lang } from './harness.js';
import { TodayPage } from './pages/today.js';

const other = (lang: Lang): Lang => (lang === 'en' ? 'fr' : 'en');
// Written out, not read from the catalogues: the switch must show real French and real English.
const TODAY_TITLE = { en: 'Today', fr: "Aujourd'hui" } as const;
const PEOPLE_LINK = { en: 'People', fr: 'Personnes' } as const;

describeBrowser('switching language', (env) => {
  forEachLang((from) => {
    const to = other(from);

    it(`a user who reads ${from === 'en' ? 'English' : 'French'} switches the whole app, server texts included, and it stays after a reload`, async () => {
      const served = await env.serve({ lang: from, setup: morningNetwork });
      const page = await env.page(served, { lang: from });
      const before = await new TodayPage(page, from).open();
      await expect(before.heading.textContent()).resolves.toBe(TODAY_TITLE[from]);
      await before.agenda.waitFor();

      await before.switchLanguageTo(to);
      const after = new TodayPage(page, to);
      await after.heading.waitFor();
      await expect(after.heading.textContent()).resolves.toBe(TODAY_TITLE[to]);
      await after.navigation.getByRole('link', { name: PEOPLE_LINK[to], exact: true }).waitFor();
      await expect(page.evaluate('document.documentElement.lang')).resolves.toBe(to);
      // The reasons come from the server: they are asked for again in the new language.
      await expect.poll(async () => (await after.reasonsFor('Marc Petit').allTextContents()).join(' ').replace(/\s/g, ' '))
        .toContain(MORNING_REASONS[to].marc[0]);

      await page.reload();
      await after.heading.waitFor();
      await expect(after.languageSwitch.inputValue()).resolves.toBe(to);
      await expect(after.heading.textContent()).resolves.toBe(TODAY_TITLE[to]);
    });
  });
});
