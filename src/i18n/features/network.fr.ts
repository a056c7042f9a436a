/** French words of ties, warm paths and reach: the same keys as network.en.ts, checked by the compiler. */
import type { networkEn } from './network.en.js';

export const networkFr: typeof networkEn = {
  reason: {},
  error: {},
  kind: {},
  cli: {
    help: {},
    out: {},
    examples: {},
  },
};
