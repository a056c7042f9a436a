import { expect, it } from 'vitest';
import { describeBrowser, forEachLang } from './harness.js';
import { EventsPage } from './pages/events.js';

const MET = [
  { name: 'Inès Moreau', organization: 'Lumen', note: 'Wants the pricing deck; I promised to send it' },
  { name: 'Paul Girard', organization: 'Acme', note: 'Hiring data engineers in Lyon' },
  { name: 'Sofia Rossi', organization: 'Globex' },
];
const PROMISE = { en: 'send what you promised', fr: 'envoyer ce que vous avez promis' } as const;

describeBrowser('event mode', (env) => {
  forEachLang((lang) => {
    it('a user at a trade show adds three people met in a row, then reviews their follow-ups together', async () => {
      const served = await env.serve({ lang });
      const page = await env.page(served, { lang });
      const events = await new EventsPage(page, lang).open();
      const mode = await events.createEvent({ name: 'VivaTech 2026', kind: 'trade-show', place: 'Paris' });
      for (const person of MET) {
        await mode.addPersonMet(person);
        // The form is cleared and ready for the next person, without reaching for the mouse.
        await expect(mode.nameField.inputValue()).resolves.toBe('');
        const nameId = await mode.nameField.getAttribute('id');
        await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe(nameId);
      }
      await expect.poll(() => mode.peopleMet.count()).toBe(3);
      await expect.poll(() => mode.followUps.count()).toBe(3);
      for (const person of MET) await mode.followUpFor(person.name).waitFor();
      const ines = (await mode.followUpFor('Inès Moreau').getByRole('listitem').allTextContents()).join(' | ');
      expect(ines).toContain(PROMISE[lang]);

      await mode.markDone('Sofia Rossi');
      await expect.poll(() => mode.followUps.count()).toBe(2);
      // Everyone met is in the network, met at this event, with the note kept.
      const ines2 = (await served.cli('person', 'show', 'Inès', '--json')).json();
      expect(JSON.stringify(ines2)).toContain('Wants the pricing deck');
      const list = (await served.cli('person', 'list', '--json')).json().people.map((p: { name: string }) => p.name).sort();
      expect(list).toEqual(MET.map((p) => p.name).sort());
    });
  });
});
