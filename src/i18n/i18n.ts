import type { Reason } from '../core/reason.js';
import { cliEn, type CliMessages } from './cli.en.js';
import { cliFr } from './cli.fr.js';
import { en, type Messages } from './messages.en.js';
import { fr } from './messages.fr.js';
import { csvEn } from './features/csv.en.js';
import { csvFr } from './features/csv.fr.js';
import { favoursEn } from './features/favours.en.js';
import { importsEn } from './features/imports.en.js';
import { importsFr } from './features/imports.fr.js';
import { mergeEn } from './features/merge.en.js';
import { mergeFr } from './features/merge.fr.js';
import { networkEn } from './features/network.en.js';
import { networkFr } from './features/network.fr.js';
import { favoursFr } from './features/favours.fr.js';
import { messagesEn } from './features/messages.en.js';
import { messagesFr } from './features/messages.fr.js';
import { sharingEn } from './features/sharing.en.js';
import { sharingFr } from './features/sharing.fr.js';
import { serverEn } from './features/server.en.js';
import { serverFr } from './features/server.fr.js';
import { vcardEn } from './features/vcard.en.js';
import { vcardFr } from './features/vcard.fr.js';

const FEATURES = {
  en: { favours: favoursEn, sharing: sharingEn, messages: messagesEn, imports: importsEn, merge: mergeEn, network: networkEn, vcard: vcardEn, csv: csvEn, server: serverEn },
  fr: { favours: favoursFr, sharing: sharingFr, messages: messagesFr, imports: importsFr, merge: mergeFr, network: networkFr, vcard: vcardFr, csv: csvFr, server: serverFr },
};
type Features = (typeof FEATURES)['en'];

export type Lang = 'en' | 'fr';

export interface Words extends Omit<Messages, 'error'> {
  errors: Messages['error'];
  lang: Lang;
  cli: CliMessages;
  /** Each feature's own CLI words. */
  features: Features;
  /** A reason in words; an unknown key shows as is, so a new kind without words is visible, not silent. */
  say: (reason: Reason) => string;
  /** An error code with its data, in words. */
  error: (code: string, data: Record<string, unknown>) => string;
}

export function wordsFor(lang: Lang): Words {
  const features = FEATURES[lang];
  const parts = Object.values(features);
  const merged = lang === 'fr' ? fr : en;
  const base = {
    ...merged,
    reason: Object.assign({}, merged.reason, ...parts.map((f) => f.reason)) as Messages['reason'],
    error: Object.assign({}, merged.error, ...parts.map((f) => f.error)) as Messages['error'],
    kind: Object.assign({}, merged.kind, ...parts.map((f) => f.kind)) as Messages['kind'],
  };
  const cli = lang === 'fr' ? cliFr : cliEn;
  return {
    ...base,
    features,
    errors: base.error,
    lang,
    cli,
    say: (r) => base.reason[r.key]?.(r.values) ?? en.reason[r.key]?.(r.values) ?? r.key,
    error: (code, data) => (base.error[code] ?? base.error.unexpected ?? (() => code))({ message: code, ...data }),
  };
}
