/** English words of the vcard reader: why a record was rejected (error codes 'vcard.*'). vcard.fr.ts mirrors every key. */
import { type Feature } from './feature.js';

export const vcardEn = {
  reason: {},
  error: {},
  kind: {},
  cli: {},
} satisfies Feature;
