import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeBrowser, forEachLang, ROOT } from './harness.js';
import { ImportPage } from './pages/import.js';
import { PeoplePage } from './pages/people.js';

// LinkedIn's own export: its "Notes:" preamble, a BOM, a quoted newline, a row with no name.
const FIXTURE = join(ROOT, 'test', 'fixtures', 'csv', 'linkedin-current.csv');
const FILE = 'Connections.csv';

describeBrowser('importing a LinkedIn file', (env) => {
  forEachLang((lang) => {
    it('a user previews their LinkedIn connections, confirms, and reads what was created, updated and rejected', async () => {
      const served = await env.serve({ lang, setup: (cli) => cli('person', 'add', 'Hélène Dupont', '--org', 'Acme') });
      const page = await env.page(served, { lang });
      const imports = await new ImportPage(page, lang).open();
      await imports.chooseFile(FIXTURE, FILE);
      const preview = imports.preview(FILE);
      await preview.waitFor({ timeout: 15_000 });
      await expect(imports.fileKind.inputValue()).resolves.toBe('linkedin');
      await expect(imports.count(preview, 'imports.wouldCreate')).resolves.toBe(3);
      await expect(imports.count(preview, 'imports.wouldUpdate')).resolves.toBe(1);
      await expect(imports.count(preview, 'imports.rejected')).resolves.toBe(1);
      // A preview writes nothing.
      expect((await served.cli('person', 'list', '--json')).json().total).toBe(1);

      await imports.confirm(FILE);
      await expect(imports.count(imports.summary, 'imports.created')).resolves.toBe(3);
      await expect(imports.count(imports.summary, 'imports.updated')).resolves.toBe(1);
      await expect(imports.count(imports.summary, 'imports.rejected')).resolves.toBe(1);
      const rejected = await imports.rejections(imports.summary).allTextContents();
      expect(rejected).toHaveLength(1);
      expect(rejected[0]).toContain(`${FILE}, ${imports.t('imports.row', { n: 7 })}`);
      expect(rejected[0]).toContain('linkedin.com/in/nobody');

      await imports.summary.getByRole('link', { name: imports.t('nav.people') }).click();
      const people = new PeoplePage(page, lang);
      await people.heading.waitFor();
      await expect.poll(() => people.rows.count()).toBe(4);
      for (const name of ['Hélène Dupont', 'Jean Martin', 'Zoé']) await people.row(name).first().waitFor();
    });
  });
});
