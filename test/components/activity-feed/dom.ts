import { waitUntil } from './wait.js';
import type { ActivityFeed } from '../../../src/components/activity-feed/activity-feed.js';

/** Every article in the feed, in order. */
export function articles(el: ActivityFeed): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="feed"] > article')];
}

/** The "what happened" text of each article. */
export function summaries(el: ActivityFeed): string[] {
  return articles(el).map((article) => article.querySelector('[part="summary"]')!.textContent!.trim());
}

/** The actor name labelling each article (grouped follow-ups are labelled by their group's header). */
export function labels(el: ActivityFeed): string[] {
  return articles(el).map((article) => el.shadowRoot!.getElementById(article.getAttribute('aria-labelledby')!)!.textContent!.trim());
}

export function feed(el: ActivityFeed): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>('[role="feed"]');
}

export function part(el: Element, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

/** Waits until nothing is loading and something (items, empty text or error) is shown. */
export async function settled(el: ActivityFeed, message = 'feed did not settle'): Promise<void> {
  await waitUntil(
    () =>
      feed(el)?.getAttribute('aria-busy') !== 'true' &&
      (articles(el).length > 0 || part(el, 'empty') !== null || part(el, 'error') !== null),
    message,
    { timeout: 10_000 },
  );
  await el.updateComplete;
}

/** Clicks the "Show more" button and waits for the page to arrive. */
export async function showMore(el: ActivityFeed): Promise<void> {
  const before = articles(el).length;
  part(el, 'more')!.click();
  await waitUntil(() => articles(el).length > before || part(el, 'error') !== null, 'no more items arrived', { timeout: 10_000 });
  await settled(el);
}
