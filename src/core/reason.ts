/**
 * Why Maillon says something: a message key and its values. Core explains itself with
 * reasons; the CLI and the web turn them into French or English.
 */
export interface Reason {
  key: string;
  values: Record<string, string | number>;
}

export const reason = (key: string, values: Record<string, string | number> = {}): Reason => ({ key, values });
