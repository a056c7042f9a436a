import type { Locator, Page } from 'playwright-core';
import type { Lang } from '../harness.js';
import { words, type Words } from '../words.js';

export type Section = 'today' | 'people' | 'events' | 'network' | 'imports' | 'messages' | 'settings';

/** What every screen shares: the main navigation, the language switch, the main heading. */
export class Shell {
  readonly t: Words;

  constructor(readonly page: Page, readonly lang: Lang) {
    this.t = words(lang);
  }

  get navigation(): Locator {
    return this.page.getByRole('navigation', { name: this.t('nav.label') });
  }

  /** The screen's title: its one level-1 heading. */
  get title(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  get languageSwitch(): Locator {
    return this.page.getByRole('combobox', { name: this.t('lang.label') });
  }

  async goTo(section: Section): Promise<void> {
    await this.navigation.getByRole('link', { name: this.t(`nav.${section}`), exact: true }).click();
  }

  /** The navigation link marked as the current page. */
  get currentSection(): Locator {
    return this.navigation.locator('[aria-current="page"]');
  }

  /** Picks the other language; the returned shell reads the page in it. */
  async switchLanguageTo(lang: Lang): Promise<Shell> {
    await this.languageSwitch.selectOption(lang);
    return new Shell(this.page, lang);
  }
}
