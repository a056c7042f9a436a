/** French words of the messages feature: the same keys as messages.en.ts, checked by the compiler. */
import type { messagesEn } from './messages.en.js';

export const messagesFr: typeof messagesEn = {
  reason: {},
  error: {},
  kind: {},
  cli: {},
};
