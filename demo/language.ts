/**
 * The demo page's own words in English and Japanese. The library's elements translate themselves; they follow
 * the page's `lang`, which the "Language" select sets (and `?lang=` remembers).
 */
const strings = {
  en: {
    title: 'contacts-center demo',
    language: 'Language',
    viewingAs: 'Viewing as',
    reset: 'Reset demo data',
    contacts: 'Contacts',
    activity: 'Activity',
    footer:
      "Everything is stored in this browser's IndexedDB; nothing leaves the page. Open a second tab with another viewer and act in one: the other updates live.",
    preparing: 'Preparing the demo data…',
    creating: 'Creating the demo data:',
    created: 'Demo data created in this browser.',
    confirmReset: 'Reset the demo data? Every change made in this browser is lost and a fresh world is created.',
    resetting: 'Resetting the demo data…',
    resettingProgress: 'Resetting the demo data:',
    resetDone: 'Demo data reset.',
    failed: 'The demo could not load its data:',
    people: 'people',
    relations: 'relations',
    requests: 'requests',
    activities: 'activities',
  },
  ja: {
    title: 'contacts-center デモ',
    language: '言語',
    viewingAs: '表示するユーザー',
    reset: 'デモデータをリセット',
    contacts: '連絡先',
    activity: 'アクティビティ',
    footer:
      'データはすべてこのブラウザーの IndexedDB に保存され、ページの外には送信されません。別のユーザーで 2 つ目のタブを開いて操作すると、もう一方もすぐに更新されます。',
    preparing: 'デモデータを準備しています…',
    creating: 'デモデータを作成中:',
    created: 'このブラウザーにデモデータを作成しました。',
    confirmReset: 'デモデータをリセットしますか? このブラウザーで行った変更はすべて失われ、新しいデータが作成されます。',
    resetting: 'デモデータをリセットしています…',
    resettingProgress: 'デモデータをリセット中:',
    resetDone: 'デモデータをリセットしました。',
    failed: 'デモデータを読み込めませんでした:',
    people: 'ユーザー',
    relations: 'つながり',
    requests: 'リクエスト',
    activities: 'アクティビティ',
  },
} as const;

export type DemoLanguage = keyof typeof strings;
type Key = keyof (typeof strings)['en'];

let current: DemoLanguage = 'en';

/** The demo's text for `key` in the current language. */
export function t(key: Key): string {
  return strings[current][key];
}

/** `?lang=ja` or the stored choice; English otherwise. */
export function languageFromUrl(): DemoLanguage {
  return new URL(location.href).searchParams.get('lang') === 'ja' ? 'ja' : 'en';
}

/** Sets the page language (the elements follow `<html lang>`) and rewrites every `[data-text]` element. */
export function applyLanguage(language: DemoLanguage): void {
  current = language;
  document.documentElement.lang = language;
  for (const el of document.querySelectorAll<HTMLElement>('[data-text]')) el.textContent = t(el.dataset['text'] as Key);
  const url = new URL(location.href);
  if (language === 'en') url.searchParams.delete('lang');
  else url.searchParams.set('lang', language);
  history.replaceState(null, '', url);
}
