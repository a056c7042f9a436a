/** French words of imports and exports: LinkedIn, vCard, CSV, iCalendar: the same keys as imports.en.ts, checked by the compiler. */
import type { importsEn } from './imports.en.js';

export const importsFr: typeof importsEn = {
  reason: {},
  error: {},
  kind: {},
  cli: {
    help: {},
    out: {},
    examples: {},
  },
};
