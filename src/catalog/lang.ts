// Which language the page speaks: `?lang=` first, then the browser's languages, then English.
// Pure: the caller passes the query value and navigator.languages.

export const LANGS = ['en', 'zh-CN'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'en';

/** The catalog for a BCP 47 tag, or null. Every Chinese tag gets Simplified Chinese, the one we ship. */
export function matchLang(tag: string): Lang | null {
  const lower = tag.trim().toLowerCase();
  if (lower === 'en' || lower.startsWith('en-')) return 'en';
  if (lower === 'zh' || lower.startsWith('zh-')) return 'zh-CN';
  return null;
}

export interface ChosenLang {
  lang: Lang;
  /** The `?lang=` value when it named a language we do not ship (the page says so). */
  unknown: string | null;
  /** True when `?lang=` chose it: links to a step then keep it. */
  fromUrl: boolean;
}

export function chooseLang(asked: string | null, browser: readonly string[]): ChosenLang {
  if (asked) {
    // An explicit but unknown language gets English and a notice, not a guess from the browser.
    const lang = matchLang(asked);
    return lang ? { lang, unknown: null, fromUrl: true } : { lang: DEFAULT_LANG, unknown: asked, fromUrl: false };
  }
  for (const tag of browser) {
    const lang = matchLang(tag);
    if (lang) return { lang, unknown: null, fromUrl: false };
  }
  return { lang: DEFAULT_LANG, unknown: null, fromUrl: false };
}
