/** English words of imports and exports: LinkedIn, vCard, CSV, iCalendar: reasons, errors and CLI text. imports.fr.ts mirrors every key. */
import { type Feature } from './feature.js';

export const importsEn = {
  reason: {},
  error: {},
  kind: {},
  cli: {
    help: {},
    out: {},
    examples: {},
  },
} satisfies Feature;
