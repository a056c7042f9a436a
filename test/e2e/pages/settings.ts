import type { Locator } from 'playwright-core';
import type { Lang } from '../harness.js';
import { Shell } from './shell.js';

/** Settings: language, cadences and follow-up delay, the calendar feed. */
export class SettingsPage extends Shell {
  async open(): Promise<this> {
    await this.page.goto('/settings');
    await this.heading.waitFor();
    return this;
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: this.t('settings.title') });
  }

  /** Picks a language from the Settings screen; the returned page reads in it. */
  async chooseLanguage(lang: Lang): Promise<SettingsPage> {
    await this.page.getByRole('region', { name: this.t('settings.language') }).getByRole('radio', { name: this.t(`lang.${lang}`) }).check();
    return new SettingsPage(this.page, lang);
  }

  get cadences(): Locator {
    return this.page.getByRole('form', { name: this.t('settings.cadences') });
  }

  get followUpDays(): Locator {
    return this.cadences.getByLabel(this.t('settings.followUp'));
  }

  async setFollowUpDays(days: number): Promise<void> {
    await this.followUpDays.fill(String(days));
    await this.cadences.getByRole('button', { name: this.t('common.save') }).click();
    await this.cadences.getByRole('status').getByText(this.t('settings.saved')).waitFor();
  }

  get calendar(): Locator {
    return this.page.getByRole('region', { name: this.t('settings.calendar') });
  }

  get feedAddress(): Locator {
    return this.calendar.getByLabel(this.t('settings.calendarUrl'));
  }

  async createFeed(): Promise<string> {
    await this.calendar.getByRole('button', { name: this.t('settings.calendarCreate') }).click();
    await this.feedAddress.waitFor();
    return this.feedAddress.inputValue();
  }

  async revokeFeed(): Promise<void> {
    await this.calendar.getByRole('button', { name: this.t('settings.calendarRevoke') }).click();
    await this.calendar.getByText(this.t('settings.calendarNone')).waitFor();
  }
}
