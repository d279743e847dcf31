import { configureLocalization } from '@lit/localize';
import { allLocales, sourceLocale, targetLocales } from './locale-codes.js';

/** A locale the library ships. */
export type Locale = (typeof allLocales)[number];

/**
 * Runtime localization: English is built in; Japanese loads on first use. Elements are `@localized()`
 * and re-render when the locale changes. @lit/localize keeps one locale per page.
 */
export const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: () => import('./locales/ja.js'),
});

/** The shipped locale for a BCP 47 tag: `ja`, `ja-JP` → `ja`; anything else → English. */
export function resolveLocale(tag: string | null | undefined): Locale {
  const language = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (allLocales as readonly string[]).includes(language ?? '') ? (language as Locale) : sourceLocale;
}
