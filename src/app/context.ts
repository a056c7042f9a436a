import type { Day } from '../core/types.js';
import { openStore, type Store } from '../storage/store.js';
import type { Config } from './config.js';
import { newId } from './ids.js';

/** What every use case receives: the store, the day it runs on, and how to make ids. */
export interface AppContext {
  readonly store: Store;
  readonly today: Day;
  readonly newId: () => string;
}

export async function openApp(config: Config): Promise<AppContext> {
  const store = await openStore(config.db);
  return { store, today: config.today, newId };
}
