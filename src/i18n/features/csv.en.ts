/** English words of the csv reader: why a record was rejected (error codes 'csv.*'). csv.fr.ts mirrors every key. */
import { type Feature } from './feature.js';

export const csvEn = {
  reason: {},
  error: {},
  kind: {},
  cli: {},
} satisfies Feature;
