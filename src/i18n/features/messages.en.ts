/** English words of the messages feature: reasons, errors and CLI text. messages.fr.ts mirrors every key. */
import type { Feature } from './feature.js';

export const messagesEn = {
  reason: {},
  error: {},
  kind: {},
  cli: {},
} satisfies Feature;
