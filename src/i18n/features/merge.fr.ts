/** French words of duplicates and merges: the same keys as merge.en.ts, checked by the compiler. */
import type { mergeEn } from './merge.en.js';

export const mergeFr: typeof mergeEn = {
  reason: {},
  error: {},
  kind: {},
  cli: {
    help: {},
    out: {},
    examples: {},
  },
};
