/** English words of duplicates and merges: reasons, errors and CLI text. merge.fr.ts mirrors every key. */
import { type Feature } from './feature.js';

export const mergeEn = {
  reason: {},
  error: {},
  kind: {},
  cli: {
    help: {},
    out: {},
    examples: {},
  },
} satisfies Feature;
