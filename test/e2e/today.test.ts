import { expect, it } from 'vitest';
import { MORNING_REASONS, morningNetwork } from './fixtures.js';
import { describeBrowser, forEachLang } from './harness.js';
import { TodayPage } from './pages/today.js';

// French puts no-break spaces between a number and its unit: compare with plain spaces.
const spaced = (texts: string[]) => texts.join(' | ').replace(/\s/g, ' ');

describeBrowser('Today', (env) => {
  forEachLang((lang) => {
    const open = async () => {
      const served = await env.serve({ lang, setup: morningNetwork });
      return { served, today: await new TodayPage(await env.page(served, { lang }), lang).open() };
    };

    it('a user sees whom to contact today, most urgent first, each with its reasons in their language', async () => {
      const { served, today } = await open();
      await today.agenda.waitFor();
      // In the order the agenda ranks them (the longer-overdue rank 2 before the rank 1).
      const ranked = (await served.cli('today', '--json')).json().items.map((i: { person: { name: string } }) => i.person.name);
      expect(ranked).toEqual(['Marc Petit', 'Claire Martin']);
      await expect(today.prompts.getByRole('heading').allTextContents()).resolves.toEqual(ranked);
      await today.kindOf('Claire Martin', 'follow-up').waitFor();
      await today.kindOf('Marc Petit', 'keep-in-touch').waitFor();
      const claire = spaced(await today.reasonsFor('Claire Martin').allTextContents());
      for (const reason of MORNING_REASONS[lang].claire) expect(claire).toContain(reason);
      const marc = spaced(await today.reasonsFor('Marc Petit').allTextContents());
      for (const reason of MORNING_REASONS[lang].marc) expect(marc).toContain(reason);
      await expect(today.promptFor('Zoé Blanc').count()).resolves.toBe(0);
    });

    it('a user marks a follow-up done and snoozes a reminder, and both stay gone after a reload', async () => {
      const { served, today } = await open();
      await today.markDone('Claire Martin');
      await today.promptFor('Claire Martin').waitFor({ state: 'detached' });
      await expect(today.status.textContent()).resolves.toBe(today.t('today.markedDone', { name: 'Claire Martin' }));
      await today.snooze('Marc Petit');
      await today.promptFor('Marc Petit').waitFor({ state: 'detached' });
      await today.page.reload();
      await today.nothingToDo.waitFor();
      await expect(today.prompts.count()).resolves.toBe(0);
      // Snoozed for a week: back on the agenda 7 days later.
      const later = (await served.cli.on('2026-03-09')('today', '--json')).json();
      expect(later.items.map((i: { person: { name: string } }) => i.person.name)).toEqual(['Marc Petit']);
    });

    it('a user logs a call from Today and sees the follow-up it opened appear on the agenda', async () => {
      const { today } = await open();
      const form = await today.logExchange('Marc Petit', { channel: 'call', summary: 'Talked jazz; I promised to send the festival programme' });
      // The form confirms at once, with the follow-up's due day (two days later) and its checklist.
      await form.getByText(today.t('exchange.saved')).waitFor();
      const due = await form.getByText(today.t('exchange.followUpDue', { date: new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date('2026-03-04T00:00:00Z')) })).count();
      expect(due).toBe(1);
      await today.page.reload();
      await today.agenda.waitFor();
      // The call re-timed Marc's keep-in-touch; what is left for him is the follow-up.
      await today.kindOf('Marc Petit', 'follow-up').waitFor();
      await expect(today.kindOf('Marc Petit', 'keep-in-touch').count()).resolves.toBe(0);
      const reasons = spaced(await today.reasonsFor('Marc Petit').allTextContents());
      expect(reasons).toContain('festival programme');
    });
  });
});
