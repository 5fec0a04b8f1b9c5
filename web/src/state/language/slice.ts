import type { Lang } from '../../i18n/catalogues';
import type { Slice } from '../slice';

export interface LanguageSlice {
  lang: Lang;
  setLang(lang: Lang): void;
}

function initialLang(): Lang {
  // Outside a browser (unit tests) there is no link and no stored choice.
  if (typeof window === 'undefined') return 'en';
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  if (fromUrl === 'en' || fromUrl === 'fr') return fromUrl;
  return window.localStorage.getItem('liaison.lang') === 'fr' ? 'fr' : 'en';
}

/** The UI language: from the link, else the last choice, else English. */
export const createLanguageSlice: Slice<LanguageSlice> = (set) => ({
  lang: initialLang(),
  setLang(lang) {
    window.localStorage.setItem('liaison.lang', lang);
    set({ lang });
  },
});
