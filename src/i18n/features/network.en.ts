/** English words of ties, warm paths and reach: reasons, errors and CLI text. network.fr.ts mirrors every key. */
import { type Feature } from './feature.js';

export const networkEn = {
  reason: {},
  error: {},
  kind: {},
  cli: {
    help: {},
    out: {},
    examples: {},
  },
} satisfies Feature;
