import type { Locator, Page } from 'playwright-core';
import type { Lang } from '../harness.js';
import { Shell } from './shell.js';

/** One person: health, timeline, notes, ties, and the quick "log an exchange" form. */
export class PersonPage extends Shell {
  constructor(page: Page, lang: Lang, readonly name: string) {
    super(page, lang);
  }

  async open(ref: string): Promise<this> {
    await this.page.goto(`/people/${encodeURIComponent(ref)}`);
    await this.heading.waitFor();
    return this;
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: this.name, exact: true });
  }

  section(key: 'person.health' | 'person.timeline' | 'person.notes' | 'person.ties' | 'person.about' | 'person.opportunities'): Locator {
    return this.page.getByRole('region', { name: this.t(key), exact: true });
  }

  get health(): Locator {
    return this.section('person.health');
  }

  get healthReasons(): Locator {
    return this.health.getByRole('listitem');
  }

  get timeline(): Locator {
    return this.section('person.timeline').getByRole('listitem');
  }

  get notes(): Locator {
    return this.section('person.notes');
  }

  get ties(): Locator {
    return this.section('person.ties').getByRole('listitem');
  }

  get exchangeForm(): Locator {
    return this.page.getByRole('form', { name: this.t('exchange.title', { name: this.name }) });
  }

  async logExchange(exchange: { channel: string; summary: string }): Promise<void> {
    await this.exchangeForm.getByLabel(this.t('channel.label')).selectOption(exchange.channel);
    await this.exchangeForm.getByLabel(this.t('exchange.summary')).fill(exchange.summary);
    await this.exchangeForm.getByRole('button', { name: this.t('exchange.save') }).click();
    await this.exchangeForm.getByText(this.t('exchange.saved')).waitFor();
  }
}
