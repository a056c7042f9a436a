import type { Locator } from 'playwright-core';
import { Shell } from './shell.js';

/** Network: the warm-introduction path finder, reach, bridges and the neighbourhood graph. */
export class NetworkPage extends Shell {
  async open(): Promise<this> {
    await this.page.goto('/network');
    await this.heading.waitFor();
    return this;
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: this.t('network.title') });
  }

  get pathFinder(): Locator {
    return this.page.getByRole('region', { name: this.t('network.path') });
  }

  /** Asks for the warmest paths to a person, an organization or a role. */
  async findPathTo(kind: 'person' | 'organization' | 'role', target: string): Promise<void> {
    await this.pathFinder.getByRole('radio', { name: this.t(`network.kind.${kind}`) }).check();
    await this.pathFinder.getByLabel(this.t('network.to')).fill(target);
    await this.pathFinder.getByRole('button', { name: this.t('network.find') }).click();
  }

  /** The headings "Path 1 to Globex (3 hops)", one per path found. */
  get pathTitles(): Locator {
    return this.pathFinder.getByRole('heading', { level: 3 });
  }

  /** The steps of the n-th path (1-based): "You", then each person with the reason of that hop. */
  steps(n: number): Locator {
    return this.pathTitles.nth(n - 1).locator('xpath=following-sibling::ol[1]').getByRole('listitem');
  }

  get firstAsk(): Locator {
    return this.pathFinder.getByText(this.t('network.firstAsk'), { exact: false });
  }

  get noPath(): Locator {
    return this.pathFinder.getByText(this.t('network.noPath'));
  }

  get graph(): Locator {
    return this.page.getByRole('group', { name: this.t('network.graph') });
  }
}
