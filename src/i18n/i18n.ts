import type { Reason } from '../core/reason.js';
import { cliEn, type CliMessages } from './cli.en.js';
import { cliFr } from './cli.fr.js';
import { en, type Messages } from './messages.en.js';
import { fr } from './messages.fr.js';

export type Lang = 'en' | 'fr';

export interface Words extends Omit<Messages, 'error'> {
  errors: Messages['error'];
  lang: Lang;
  cli: CliMessages;
  /** A reason in words; an unknown key shows as is, so a new kind without words is visible, not silent. */
  say: (reason: Reason) => string;
  /** An error code with its data, in words. */
  error: (code: string, data: Record<string, unknown>) => string;
}

export function wordsFor(lang: Lang): Words {
  const base = lang === 'fr' ? fr : en;
  const cli = lang === 'fr' ? cliFr : cliEn;
  return {
    ...base,
    errors: base.error,
    lang,
    cli,
    say: (r) => base.reason[r.key]?.(r.values) ?? en.reason[r.key]?.(r.values) ?? r.key,
    error: (code, data) => (base.error[code] ?? base.error.unexpected ?? (() => code))({ message: code, ...data }),
  };
}
