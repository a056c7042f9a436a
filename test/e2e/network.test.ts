import { expect, it } from 'vitest';
import { chainToGlobex, STRONG_TIE } from './fixtures.js';
import { describeBrowser, forEachLang } from './harness.js';
import { NetworkPage } from './pages/network.js';
import { PersonPage } from './pages/person.js';

const plain = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

describeBrowser('the path finder', (env) => {
  forEachLang((lang) => {
    it('a user looking for a way into an organization gets the warmest path, each hop with its reason', async () => {
      const served = await env.serve({ lang, setup: chainToGlobex });
      const page = await env.page(served, { lang });
      const network = await new NetworkPage(page, lang).open();
      await network.findPathTo('organization', 'Globex');
      await network.pathTitles.first().waitFor();
      const title = plain(await network.pathTitles.first().textContent());
      expect(title).toContain(network.t('network.pathTitle', { n: 1, name: 'Globex' }));
      expect(title).toContain(network.t('network.hops', { count: 3 }));
      const steps = (await network.steps(1).allTextContents()).map(plain);
      expect(steps).toHaveLength(4);
      expect(steps[0]).toBe(network.t('network.you'));
      expect(steps[1]).toContain('Claire Martin');
      expect(steps[2]).toContain('Marc Petit');
      expect(steps[2]).toContain(STRONG_TIE[lang]);
      expect(steps[3]).toContain('Nina Roux');
      await network.firstAsk.waitFor();

      // Each hop is a person to open.
      await network.steps(1).nth(2).getByRole('link', { name: 'Marc Petit' }).click();
      await new PersonPage(page, lang, 'Marc Petit').heading.waitFor();
    });

    it('a user looking for a role finds who holds it and how to get there', async () => {
      const served = await env.serve({ lang, setup: chainToGlobex });
      const network = await new NetworkPage(await env.page(served, { lang }), lang).open();
      await network.findPathTo('role', 'head of data');
      await network.pathTitles.first().waitFor();
      const last = plain(await network.steps(1).last().textContent());
      expect(last).toContain('Nina Roux');
      expect(last).toContain('Globex');
    });
  });
});
