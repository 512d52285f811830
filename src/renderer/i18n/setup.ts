import i18next, { type FormatterModule } from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { pickLocale, type Locale } from '#shared/locale.ts';
import { numberFormat } from '../format/intl-cache.ts';
import { en, type Messages } from './en.ts';
import { zhCN } from './zh-CN.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}

const STORAGE_KEY = 'keepline.locale';

function initialLocale(): Locale {
  const saved = localStorage.getItem(STORAGE_KEY);
  return pickLocale(saved ?? navigator.language);
}

/** Every number put into a sentence reads as the language writes it: "6,000 numbers", not "6000 numbers". */
const numbersAsWritten: FormatterModule = {
  type: 'formatter',
  init() {},
  add() {},
  addCached() {},
  format(value: unknown, _format?: string, lng?: string): string {
    // Strings and the rest go in as they are (i18next turns them into text itself).
    if (typeof value !== 'number') return value as string;
    return numberFormat(lng ?? 'en').format(value);
  },
};

void i18next.use(initReactI18next).use(numbersAsWritten).init({
  resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
  lng: initialLocale(),
  fallbackLng: 'en',
  initAsync: false,
  // React escapes text itself.
  interpolation: { escapeValue: false, alwaysFormat: true },
});
document.documentElement.lang = i18next.language;

export function currentLocale(): Locale {
  return pickLocale(i18next.language);
}

export const translate = i18next.t.bind(i18next);

export async function setLocale(locale: Locale): Promise<void> {
  localStorage.setItem(STORAGE_KEY, locale);
  await i18next.changeLanguage(locale);
  document.documentElement.lang = locale;
}

/** The UI language as the shared formatters want it; re-renders the caller when it changes. */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return pickLocale(i18n.language);
}
