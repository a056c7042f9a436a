/**
 * The UI's own catalogues, so page objects find controls by the names a user of either
 * language reads. The French one is loaded by URL: it imports its type from './en' the way
 * Vite resolves it, which the tests' NodeNext type check would not follow.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { en, type MessageKey } from '../../src/web/i18n/en.js';
import type { Lang } from './harness.js';

const frModule = (await import(pathToFileURL(join(import.meta.dirname, '..', '..', 'src', 'web', 'i18n', 'fr.ts')).href)) as { fr: Record<MessageKey, string> };

const CATALOGUES: Record<Lang, Record<MessageKey, string>> = { en, fr: frModule.fr };

export type Words = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** `t` as the UI has it: the text of a key in `lang`, with its {placeholders} filled. */
export function words(lang: Lang): Words {
  const messages = CATALOGUES[lang];
  return (key, vars = {}) => messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** A catalogue text with its {placeholders} turned into wildcards, to match whatever fills them. */
export function pattern(lang: Lang, key: MessageKey): RegExp {
  const escaped = CATALOGUES[lang][key].replace(/[.*+?^$()|[\]\\]/g, '\\$&');
  return new RegExp(escaped.replace(/\\?\{\w+\\?\}/g, '.+'));
}
