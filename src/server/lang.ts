import type { Lang } from './options.js';

const pick = (value: string | undefined): Lang | undefined => {
  const v = value?.trim().toLowerCase().slice(0, 2);
  return v === 'fr' || v === 'en' ? v : undefined;
};

/**
 * The request's language: `?lang=`, else the first of English or French in Accept-Language
 * by its q weights, else the server's.
 */
export function languageOf(query: string | undefined, acceptLanguage: string | undefined, fallback: Lang): Lang {
  const asked = pick(query);
  if (asked) return asked;
  const ranked = (acceptLanguage ?? '').split(',').map((part, i) => {
    const [tag, ...params] = part.split(';');
    const q = Number(params.find((p) => p.trim().startsWith('q='))?.trim().slice(2) ?? '1');
    return { lang: pick(tag), q: Number.isFinite(q) ? q : 0, i };
  }).filter((x) => x.lang !== undefined && x.q > 0).sort((a, b) => b.q - a.q || a.i - b.i);
  return ranked[0]?.lang ?? fallback;
}
