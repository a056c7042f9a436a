import type { Locator } from 'playwright-core';
import { Shell } from './shell.js';

/** Today: the agenda, or the first-run guide when the network is empty. */
export class TodayPage extends Shell {
  async open(): Promise<this> {
    await this.page.goto('/');
    await this.heading.waitFor();
    return this;
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: this.t('today.title') });
  }

  /** The agenda: a list of prompts, each an article named after its person. */
  get agenda(): Locator {
    return this.page.getByRole('main').getByRole('list').filter({ has: this.page.getByRole('article') });
  }

  get prompts(): Locator {
    return this.agenda.getByRole('article');
  }

  get nothingToDo(): Locator {
    return this.page.getByText(this.t('today.empty'));
  }

  promptFor(name: string): Locator {
    return this.page.getByRole('article', { name });
  }

  reasonsFor(name: string): Locator {
    return this.promptFor(name).getByRole('list', { name: this.t('today.reasons') }).getByRole('listitem');
  }

  kindOf(name: string, kind: 'follow-up' | 'keep-in-touch' | 'congratulate' | 'birthday' | 'thank'): Locator {
    return this.promptFor(name).getByText(this.t(`kind.${kind}`), { exact: true });
  }

  async markDone(name: string): Promise<void> {
    await this.promptFor(name).getByRole('button', { name: this.t('today.done') }).click();
  }

  async snooze(name: string): Promise<void> {
    await this.promptFor(name).getByRole('button', { name: this.t('today.snooze') }).click();
  }

  /** Opens the "log an exchange" form of a prompt, fills it and saves it. */
  async logExchange(name: string, exchange: { channel: 'in-person' | 'call' | 'video' | 'email' | 'message' | 'social'; summary: string }): Promise<Locator> {
    const card = this.promptFor(name);
    await card.getByRole('button', { name: this.t('today.log') }).click();
    const form = card.getByRole('form', { name: this.t('exchange.title', { name }) });
    await form.getByLabel(this.t('channel.label')).selectOption(exchange.channel);
    await form.getByLabel(this.t('exchange.summary')).fill(exchange.summary);
    await form.getByRole('button', { name: this.t('exchange.save') }).click();
    return form;
  }

  /** The status line that confirms an action (done, snoozed). */
  get status(): Locator {
    return this.page.getByRole('main').getByRole('status').first();
  }

  // The first-run guide.
  get welcome(): Locator {
    return this.page.getByRole('region', { name: this.t('welcome.title') });
  }

  get importLink(): Locator {
    return this.welcome.getByRole('link', { name: this.t('welcome.importLink') });
  }

  async addFromCircle(name: string, circle: 'family' | 'friend' | 'former-colleague' | 'classmate' | 'association', organization = ''): Promise<void> {
    const form = this.welcome.getByRole('form', { name: this.t('welcome.quickAdd') });
    await form.getByLabel(this.t('common.name')).fill(name);
    await form.getByLabel(this.t('circle.label')).selectOption(circle);
    if (organization) await form.getByLabel(this.t('common.organization')).fill(organization);
    await form.getByRole('button', { name: this.t('welcome.add'), exact: true }).click();
  }
}
