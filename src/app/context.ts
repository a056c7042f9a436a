import type { Day } from '../core/types.js';
import { openStore, type Store } from '../storage/store.js';
import type { Config } from './config.js';
import { newId } from './ids.js';
import type { LoadedNetwork } from './network/load.js';

/** What every use case receives: the store, the day it runs on, and how to make ids. */
export interface AppContext {
  readonly store: Store;
  readonly today: Day;
  readonly newId: () => string;
  /** A long-lived process (the server) keeps the network between requests; a command builds its own. */
  readonly networks?: NetworkKeeper;
}

/** Keeps a built network for the next use, as long as it is still true to the store and the day. */
export interface NetworkKeeper {
  get(today: Day, build: () => Promise<LoadedNetwork>): Promise<LoadedNetwork>;
}

export async function openApp(config: Config): Promise<AppContext> {
  const store = await openStore(config.db);
  return { store, today: config.today, newId };
}
