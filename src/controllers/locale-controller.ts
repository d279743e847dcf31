import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getLocale, resolveLocale, setLocale } from '../i18n/localization.js';

/** An element whose locale may be set explicitly. */
export type LocaleHost = ReactiveControllerHost & HTMLElement & { locale?: string | undefined };

/** The `lang` of the nearest ancestor that has one, crossing shadow roots; the document's otherwise. */
export function nearestLang(element: Element): string | null {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return null;
}

const hosts = new Set<LocaleController>();
let observer: MutationObserver | undefined;

/** One observer for the whole page: any `lang` change re-resolves every connected element. */
function watchLang(): void {
  if (observer) return;
  observer = new MutationObserver(() => hosts.forEach((controller) => controller.apply()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * Keeps the page's locale in step with an element: its `locale` property wins, then the nearest `lang`
 * attribute. Switching happens at run time; `@localized()` elements re-render when the new locale is ready.
 */
export class LocaleController implements ReactiveController {
  constructor(private readonly host: LocaleHost) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this);
    watchLang();
    this.apply();
  }

  hostDisconnected(): void {
    hosts.delete(this);
  }

  hostUpdate(): void {
    this.apply();
  }

  /** Switches the page locale when this element wants another one. */
  apply(): void {
    const wanted = resolveLocale(this.host.locale || nearestLang(this.host));
    if (wanted !== getLocale()) void setLocale(wanted);
  }
}
