import { getLocale } from './localization.js';

// Intl formatters for the current locale, built once per locale and options: building one costs far more than
// using it, and lists and feeds format on every row.

type Formatter = Intl.PluralRules | Intl.NumberFormat | Intl.RelativeTimeFormat | Intl.DateTimeFormat;

const cache = new Map<string, Formatter>();

function cached<T extends Formatter>(kind: string, options: object, make: (locale: string) => T): T {
  const locale = getLocale();
  const key = `${kind} ${locale} ${JSON.stringify(options)}`;
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) cache.set(key, (formatter = make(locale)));
  return formatter;
}

/** Plural rules of the current locale. */
export function pluralRules(): Intl.PluralRules {
  return cached('plural', {}, (locale) => new Intl.PluralRules(locale));
}

/** Numbers written for the current locale ("10,000"). */
export function numberFormat(): Intl.NumberFormat {
  return cached('number', {}, (locale) => new Intl.NumberFormat(locale));
}

/** Relative times in the current locale, with words where the locale has them ("yesterday"). */
export function relativeTimeFormat(): Intl.RelativeTimeFormat {
  return cached('relative', {}, (locale) => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
}

/** Dates and times in the current locale with `options`. */
export function dateTimeFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached('date', options, (locale) => new Intl.DateTimeFormat(locale, options));
}

/**
 * `n` written for the current locale ("10,000"). Whole numbers below 1,000 are plain digits in every shipped
 * locale, so they need no formatter: building the first one costs more than a first paint's counts.
 */
export function formatCount(n: number): string {
  return Number.isInteger(n) && n >= 0 && n < 1000 ? String(n) : numberFormat().format(n);
}

/** `n` takes the locale's singular form (English "1 person"; Japanese has none, so never). */
export function isSingular(n: number): boolean {
  return pluralRules().select(n) === 'one';
}
