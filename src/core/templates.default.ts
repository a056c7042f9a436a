import type { Template } from './tending.js';

/** The message skeletons a new database starts with, in English and French; the user may edit them. */
export const DEFAULT_TEMPLATES: readonly Template[] = [];
