/** French words of the favours feature: the same keys as favours.en.ts, checked by the compiler. */
import type { favoursEn } from './favours.en.js';

export const favoursFr: typeof favoursEn = {
  reason: {},
  error: {},
  kind: {},
  cli: {},
};
