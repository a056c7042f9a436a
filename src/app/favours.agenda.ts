import type { DerivedSource } from './agenda-sources.js';

/** Computed agenda kinds of the favours feature: birthday and reciprocate. */
export const FAVOUR_SOURCES: readonly DerivedSource[] = [];
