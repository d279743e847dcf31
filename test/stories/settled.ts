/** When a rendered story has finished loading: every element shows data, an empty state or an error. */
import { readableTexts } from '../i18n/locale.js';

/** The library's data-showing elements. */
export const ELEMENTS = ['contacts-center', 'activity-feed', 'contact-requests'] as const;

/** Every element matching `selector` under `root`, descending into shadow roots. */
export function deepQueryAll(root: ParentNode, selector: string): Element[] {
  const found: Element[] = [];
  const visit = (scope: ParentNode): void => {
    for (const el of scope.querySelectorAll('*')) {
      if (el.matches(selector)) found.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(root);
  return found;
}

/** What each element shows once its first load is over, whatever the outcome. */
const DONE: Record<(typeof ELEMENTS)[number], (root: ShadowRoot) => boolean> = {
  'contacts-center': (r) => !!r.querySelector('[role="row"], [part~="empty"], [part~="list-error"]'),
  'activity-feed': (r) => !!r.querySelector('article, [part~="empty"], [part~="error"]'),
  // Both lists (incoming and sent) have rows, an empty message or an error.
  'contact-requests': (r) =>
    [...r.querySelectorAll('section')].filter((s) => s.querySelector('li, [part~="empty"], [part~="error"]')).length === 2,
};

/** Markers of work in progress anywhere in an element: busy regions, loading messages, skeletons. */
const BUSY = '[aria-busy="true"], [part~="loading"], [part~="loading-more"], [part~="skeleton"]';

let loadingMessages: Promise<Set<string>> | undefined;

/** Every "Loading…" message in English and Japanese, read from xliff/ja.xlf. */
function loadingTexts(): Promise<Set<string>> {
  loadingMessages ??= (async () => {
    const response = await fetch(new URL('../../xliff/ja.xlf', import.meta.url));
    const doc = new DOMParser().parseFromString(await response.text(), 'application/xml');
    const texts = new Set<string>();
    for (const unit of doc.querySelectorAll('trans-unit')) {
      const source = unit.querySelector('source')?.textContent?.trim() ?? '';
      if (!source.startsWith('Loading')) continue;
      texts.add(source);
      const target = unit.querySelector('target')?.textContent?.trim();
      if (target) texts.add(target);
    }
    if (texts.size < 4) throw new Error(`only ${texts.size} loading messages read from xliff/ja.xlf`);
    return texts;
  })();
  return loadingMessages;
}

/** Why `root` is not settled yet, or '' when every element in it (nested ones too) is done loading. */
export async function unsettled(root: ParentNode): Promise<string> {
  const elements = deepQueryAll(root, ELEMENTS.join(','));
  if (elements.length === 0) return 'no element rendered';
  for (const el of elements) {
    const shadow = el.shadowRoot;
    if (!shadow || !DONE[el.localName as (typeof ELEMENTS)[number]](shadow)) return `<${el.localName}> shows no data yet`;
  }
  const busy = deepQueryAll(root, BUSY);
  if (busy.length > 0) return `still busy: ${busy.map((b) => b.outerHTML.slice(0, 80)).join(' | ')}`;
  const loading = await loadingTexts();
  const shown = readableTexts(root).filter((t) => loading.has(t));
  return shown.length > 0 ? `still loading: ${shown.join(' | ')}` : '';
}

/** Whether `root` shows that it is loading (the stories whose adapter never answers). */
export function showsLoading(root: ParentNode): boolean {
  return deepQueryAll(root, BUSY).length > 0;
}
