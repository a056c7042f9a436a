/** English words of the sharing feature: reasons, errors and CLI text. sharing.fr.ts mirrors every key. */
import type { Feature } from './feature.js';

export const sharingEn = {
  reason: {},
  error: {},
  kind: {},
  cli: {},
} satisfies Feature;
