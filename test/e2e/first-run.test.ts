import { expect, it } from 'vitest';
import { describeBrowser, forEachLang } from './harness.js';
import { TodayPage } from './pages/today.js';

describeBrowser('the first run', (env) => {
  forEachLang((lang) => {
    it('a new user with an empty network is guided to start from their circles or to import', async () => {
      const served = await env.serve({ lang });
      const today = await new TodayPage(await env.page(served, { lang }), lang).open();
      await today.welcome.waitFor();
      await expect(today.importLink.getAttribute('href')).resolves.toBe('/import');
      await expect(today.agenda.count()).resolves.toBe(0);
    });

    it('a new user adds a former colleague from their circles and is taken to the agenda', async () => {
      const served = await env.serve({ lang });
      const today = await new TodayPage(await env.page(served, { lang }), lang).open();
      await today.addFromCircle('Hélène Dupont', 'former-colleague', 'Acme');
      // With someone in the network, Today no longer shows the guide.
      await today.welcome.waitFor({ state: 'detached' });
      const person = (await served.cli('person', 'show', 'Hélène', '--json')).json();
      expect(person.person?.name ?? person.name).toBe('Hélène Dupont');
      expect(person.person?.circles ?? person.circles).toEqual(['former-colleague']);
    });

    it('a new user follows the guide to the import screen', async () => {
      const served = await env.serve({ lang });
      const today = await new TodayPage(await env.page(served, { lang }), lang).open();
      await today.importLink.click();
      await expect.poll(() => today.page.url()).toMatch(/\/import$/);
      await expect(today.currentSection.textContent()).resolves.toBe(today.t('nav.imports'));
    });
  });
});
