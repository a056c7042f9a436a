/** French words of the vcard reader: the same keys as vcard.en.ts, checked by the compiler. */
import type { vcardEn } from './vcard.en.js';

export const vcardFr: typeof vcardEn = {
  reason: {},
  error: {},
  kind: {},
  cli: {},
};
