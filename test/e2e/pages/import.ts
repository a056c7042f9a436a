import { readFileSync } from 'node:fs';
import type { Locator } from 'playwright-core';
import { Shell } from './shell.js';

type CountKey = 'imports.wouldCreate' | 'imports.wouldUpdate' | 'imports.wouldMerge' | 'imports.created' | 'imports.updated'
  | 'imports.merged' | 'imports.skipped' | 'imports.rejected' | 'imports.duplicates';

/** Import and export: choose a file, read the preview, confirm, read the summary. */
export class ImportPage extends Shell {
  async open(): Promise<this> {
    await this.page.goto('/import');
    await this.heading.waitFor();
    return this;
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: this.t('imports.title') });
  }

  /** Chooses a file from disk, under the name the user's file has; the preview (a dry run) starts at once. */
  async chooseFile(path: string, name: string): Promise<void> {
    await this.page.getByLabel(this.t('imports.choose')).setInputFiles({ name, mimeType: 'text/csv', buffer: readFileSync(path) });
  }

  get fileKind(): Locator {
    return this.page.getByLabel(this.t('imports.kind'), { exact: true });
  }

  preview(name: string): Locator {
    return this.page.getByRole('region', { name: this.t('imports.previewTitle', { name }) });
  }

  get summary(): Locator {
    return this.page.getByRole('region', { name: this.t('imports.summaryTitle') });
  }

  /** The number shown against a count ("Would create", "Rejected"...) in a preview or summary. */
  async count(panel: Locator, key: CountKey): Promise<number> {
    const item = panel.getByRole('listitem').filter({ hasText: new RegExp(`^\\d+${this.t(key)}$`) });
    return Number(await item.getByRole('strong').textContent());
  }

  async confirm(name: string): Promise<void> {
    await this.preview(name).getByRole('button', { name: this.t('imports.confirm') }).click();
    await this.summary.waitFor({ timeout: 15_000 });
  }

  /** Each rejected row with its place and reason: the list under the "Rejected, with reasons" heading. */
  rejections(panel: Locator): Locator {
    return panel.getByRole('heading', { name: this.t('imports.rejections') }).locator('xpath=following-sibling::ul[1]').getByRole('listitem');
  }
}
