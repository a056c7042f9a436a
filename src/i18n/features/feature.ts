/**
 * The words of one feature. Reasons, errors and agenda kind names join the common maps, so
 * `words.say` and error messages find them; `cli` holds the feature's own help and output.
 */
export type Values = Record<string, unknown>;

export interface Feature {
  reason: Record<string, (v: Values) => string>;
  error: Record<string, (v: Values) => string>;
  kind: Record<string, string>;
  cli: Record<string, unknown>;
}

export const s = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : JSON.stringify(v));
