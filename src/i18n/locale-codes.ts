// Kept in step with lit-localize.json.
export const sourceLocale = 'en';
export const targetLocales = ['ja'] as const;
export const allLocales = ['en', 'ja'] as const;
