/** English words of the favours feature: reasons, errors and CLI text. favours.fr.ts mirrors every key. */
import type { Feature } from './feature.js';

export const favoursEn = {
  reason: {},
  error: {},
  kind: {},
  cli: {},
} satisfies Feature;
