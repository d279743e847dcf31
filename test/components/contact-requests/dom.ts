import { waitUntil } from '../activity-feed/wait.js';
import type { ContactRequests } from '../../../src/components/contact-requests/contact-requests.js';

export function section(el: ContactRequests, direction: 'incoming' | 'outgoing'): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>(`section[part~="${direction}"]`)!;
}

/** The names in a list, in order. */
export function names(el: ContactRequests, direction: 'incoming' | 'outgoing'): string[] {
  return [...section(el, direction).querySelectorAll('li [part="name"]')].map((n) => n.textContent!.trim());
}

/** The row for `name` in a list. */
export function row(el: ContactRequests, direction: 'incoming' | 'outgoing', name: string): HTMLElement | undefined {
  return [...section(el, direction).querySelectorAll<HTMLElement>('li')].find(
    (li) => li.querySelector('[part="name"]')!.textContent!.trim() === name,
  );
}

/** The button named `label` in `name`'s row. */
export function button(el: ContactRequests, direction: 'incoming' | 'outgoing', name: string, label: string): HTMLButtonElement {
  const found = [...(row(el, direction, name)?.querySelectorAll('button') ?? [])].find((b) => b.textContent!.trim() === label);
  if (!found) throw new Error(`no "${label}" button for ${name}`);
  return found;
}

export function part(el: Element, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

export function announcement(el: ContactRequests): string {
  return part(el, 'announcement')!.textContent!.trim();
}

/** Waits until both lists loaded (items, empty text or error). */
export async function settled(el: ContactRequests): Promise<void> {
  const done = (direction: 'incoming' | 'outgoing') => {
    const s = section(el, direction);
    return s?.getAttribute('aria-busy') === 'false' && s.querySelector('li, [part~="empty"], [part~="error"]') !== null;
  };
  await waitUntil(() => done('incoming') && done('outgoing'), 'requests did not load', { timeout: 10_000 });
  await el.updateComplete;
}
