/** French words of the sharing feature: the same keys as sharing.en.ts, checked by the compiler. */
import type { sharingEn } from './sharing.en.js';

export const sharingFr: typeof sharingEn = {
  reason: {},
  error: {},
  kind: {},
  cli: {},
};
