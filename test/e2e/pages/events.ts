import type { Locator, Page } from 'playwright-core';
import type { Lang } from '../harness.js';
import { Shell } from './shell.js';

export interface PersonMet {
  name: string;
  organization?: string;
  note?: string;
}

/** Events: the list and the form to create one. */
export class EventsPage extends Shell {
  async open(): Promise<this> {
    await this.page.goto('/events');
    await this.heading.waitFor();
    return this;
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: this.t('events.title') });
  }

  get newEventForm(): Locator {
    return this.page.getByRole('form', { name: this.t('events.new') });
  }

  /** Fills the new-event form (the date defaults to today) and creates it: event mode opens. */
  async createEvent(event: { name: string; kind: 'trade-show' | 'conference' | 'debate' | 'meetup' | 'other'; place?: string }): Promise<EventModePage> {
    const form = this.newEventForm;
    await form.getByLabel(this.t('events.name')).fill(event.name);
    await form.getByLabel(this.t('events.kind')).selectOption(event.kind);
    if (event.place) await form.getByLabel(this.t('events.place')).fill(event.place);
    await form.getByRole('button', { name: this.t('events.create') }).click();
    const mode = new EventModePage(this.page, this.lang, event.name);
    await mode.heading.waitFor();
    return mode;
  }

  eventLink(name: string): Locator {
    return this.page.getByRole('main').getByRole('link', { name });
  }
}

/** Event mode: add the people met one after the other, then review their follow-ups. */
export class EventModePage extends Shell {
  constructor(page: Page, lang: Lang, readonly eventName: string) {
    super(page, lang);
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: this.t('eventMode.title', { name: this.eventName }) });
  }

  get addForm(): Locator {
    return this.page.getByRole('form', { name: this.t('eventMode.add') });
  }

  get nameField(): Locator {
    return this.addForm.getByLabel(this.t('common.name'));
  }

  /** Types a person met and presses Enter, as one does at a stand between two conversations. */
  async addPersonMet(person: PersonMet): Promise<void> {
    await this.nameField.fill(person.name);
    if (person.organization) await this.addForm.getByLabel(this.t('common.organization')).fill(person.organization);
    if (person.note) await this.addForm.getByLabel(this.t('common.note')).fill(person.note);
    await this.addForm.getByLabel(this.t('common.note')).press('Enter');
    await this.addForm.getByRole('status').getByText(this.t('eventMode.added', { name: person.name })).waitFor();
  }

  get followUps(): Locator {
    return this.page.getByRole('region', { name: this.t('eventMode.review') }).getByRole('article');
  }

  followUpFor(name: string): Locator {
    return this.page.getByRole('region', { name: this.t('eventMode.review') }).getByRole('article', { name });
  }

  async markDone(name: string): Promise<void> {
    await this.followUpFor(name).getByRole('button', { name: this.t('today.done') }).click();
  }

  get peopleMet(): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^${this.t('eventMode.metHere')}`) }).getByRole('listitem');
  }
}
