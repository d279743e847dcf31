import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from './locale-codes.js';

/** The locales the library ships. */
export type Locale = typeof sourceLocale | (typeof targetLocales)[number];

/**
 * Runtime localization: English is built in; other locales load on first use.
 * Elements are `@localized()` and re-render when the locale changes.
 */
export const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => import(`./locales/${locale}.ts`),
});
