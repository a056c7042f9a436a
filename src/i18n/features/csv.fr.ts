/** French words of the csv reader: the same keys as csv.en.ts, checked by the compiler. */
import type { csvEn } from './csv.en.js';

export const csvFr: typeof csvEn = {
  reason: {},
  error: {},
  kind: {},
  cli: {},
};
