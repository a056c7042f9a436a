// The UI's language: English or French, remembered in localStorage, mirrored on <html lang>
// and passed to the API so server-made texts (reasons, errors) match.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { setApiLang, type Lang } from '../api';
import { en, type MessageKey, type Messages } from './en';
import { fr } from './fr';

const CATALOGUES: Record<Lang, Messages> = { en, fr };
const STORAGE_KEY = 'maillon.lang';

export type Vars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

/** Replaces {name} placeholders; an unknown placeholder stays visible, so it is noticed. */
export function format(text: string, vars: Vars = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

function initialLang(): Lang {
  try {
    const saved = window.localStorage.getItem(STORAGE_KEY);
    if (saved === 'en' || saved === 'fr') return saved;
  } catch {
    // Storage can be disabled; the browser's language decides then.
  }
  return navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: Translate;
  /** A day ('YYYY-MM-DD') written for a reader of this language. */
  day: (value: string | null | undefined) => string;
  number: (value: number) => string;
}

const I18nContext = createContext<I18n | null>(null);

function applyLang(lang: Lang): void {
  document.documentElement.lang = lang;
  setApiLang(lang);
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => {
    const first = initialLang();
    applyLang(first);
    return first;
  });
  const setLang = useCallback((next: Lang) => {
    applyLang(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not remembered, but still switched.
    }
    setLangState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    const messages = CATALOGUES[lang];
    const dates = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    const numbers = new Intl.NumberFormat(lang);
    return {
      lang,
      setLang,
      t: (key, vars) => format(messages[key], vars),
      day: (value) => {
        if (!value) return '';
        const parsed = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : null;
        return parsed ? dates.format(parsed) : value;
      },
      number: (value) => numbers.format(value),
    };
  }, [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
