import type { Locator } from 'playwright-core';
import { Shell } from './shell.js';

/** People: the searchable, filterable, virtualized list. */
export class PeoplePage extends Shell {
  async open(): Promise<this> {
    await this.page.goto('/people');
    await this.heading.waitFor();
    return this;
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: this.t('people.title') });
  }

  get filters(): Locator {
    return this.page.getByRole('search', { name: this.t('people.filters') });
  }

  get list(): Locator {
    return this.page.getByRole('listbox', { name: this.t('people.list') });
  }

  /** The rows in the DOM: only those near the view, the list being virtualized. */
  get rows(): Locator {
    return this.list.getByRole('option');
  }

  row(name: string): Locator {
    // The row's name starts with the person's; what follows (title, rank, health) is separated by a space.
    return this.list.getByRole('option', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=\\s|$)`) });
  }

  /** "1,234 people": the count of matches, announced as it changes. */
  get count(): Locator {
    return this.page.getByRole('main').getByRole('status').filter({ hasText: /\d/ });
  }

  async searchFor(text: string): Promise<void> {
    await this.filters.getByRole('searchbox', { name: this.t('people.search') }).fill(text);
  }

  async filterByCircle(circle: string): Promise<void> {
    await this.filters.getByLabel(this.t('circle.label')).selectOption(circle);
  }

  async openPerson(name: string): Promise<void> {
    await this.row(name).click();
  }

  /** From the search box: arrow down into the list, move `steps` more, and press Enter. */
  async openWithKeyboard(steps = 0): Promise<void> {
    await this.filters.getByRole('searchbox', { name: this.t('people.search') }).press('ArrowDown');
    for (let i = 0; i < steps; i++) await this.list.press('ArrowDown');
    await this.list.press('Enter');
  }
}
