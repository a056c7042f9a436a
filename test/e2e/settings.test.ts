import { expect, it } from 'vitest';
import { morningNetwork } from './fixtures.js';
import { describeBrowser, forEachLang } from './harness.js';
import { SettingsPage } from './pages/settings.js';

describeBrowser('Settings', (env) => {
  forEachLang((lang) => {
    it('a user lengthens the follow-up delay, subscribes a calendar to the agenda, then revokes the address', async () => {
      const served = await env.serve({ lang, setup: morningNetwork });
      const page = await env.page(served, { lang });
      const settings = await new SettingsPage(page, lang).open();
      await expect(settings.followUpDays.inputValue()).resolves.toBe('2');
      await settings.setFollowUpDays(5);
      await page.reload();
      await expect.poll(() => settings.followUpDays.inputValue()).toBe('5');
      const logged = (await served.cli('log', 'Zoé', '--channel', 'call', '--json')).json();
      expect(JSON.stringify(logged)).toContain('"2026-03-07"');

      const feed = await settings.createFeed();
      // Built from the configured host and port, never from the request.
      expect(feed.startsWith(`${served.url}/calendar.ics?token=`)).toBe(true);
      const calendar = await page.request.get(feed);
      expect(calendar.status()).toBe(200);
      const ics = await calendar.text();
      expect(ics).toContain('BEGIN:VCALENDAR');
      expect(ics).toContain('Claire Martin');
      await settings.revokeFeed();
      expect((await page.request.get(feed)).status()).toBe(404);
    });

    it('a user changes the language in Settings and finds it kept on the next visit', async () => {
      const served = await env.serve({ lang });
      const page = await env.page(served, { lang });
      const other = lang === 'en' ? 'fr' : 'en';
      const settings = await (await new SettingsPage(page, lang).open()).chooseLanguage(other);
      await settings.heading.waitFor();
      await page.goto('/');
      await page.goto('/settings');
      await settings.heading.waitFor();
      await expect(page.evaluate('document.documentElement.lang')).resolves.toBe(other);
    });
  });
});
