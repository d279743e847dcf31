import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { sourceLocale } from '../i18n/locale-codes.js';
import { getLocale, resolveLocale, setLocale, type Locale } from '../i18n/localization.js';

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

/** Switches the page to `locale` unless it is already there (or loading it). */
function switchTo(locale: Locale): void {
  if (locale !== getLocale()) void setLocale(locale);
}

/**
 * Keeps the page's locale in step with an element: its `locale` property wins, then the nearest `lang`
 * attribute. Switching happens at run time; `@localized()` elements re-render when the new locale is ready.
 *
 * @lit/localize has one locale per page, so elements that disagree cannot each have their own. The page
 * locale therefore changes only when an element's own wish changes, never merely because it re-rendered
 * (which would make two disagreeing elements switch back and forth forever): an element that gains a wish
 * (connected, `locale` set, a `lang` changed) switches the page to it, the latest change winning; one that
 * loses its wish hands over to another connected element's wish, else English. An element with no `locale`
 * and no `lang` around it never overrides a locale chosen by the page (e.g. through `setLocale`).
 */
export class LocaleController implements ReactiveController {
  /** The locale this element asks for; `null` when it asks for none; `undefined` before it is connected. */
  private wish: Locale | null | undefined;
  /** The host's own `lang` before an explicit `locale` replaced it (`null`: it had none); `undefined` when untouched. */
  private authorLang: string | null | undefined;

  constructor(private readonly host: LocaleHost) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this);
    watchLang();
    window.addEventListener('lit-localize-status', this.onStatus);
    this.wish = undefined;
    this.apply();
  }

  hostDisconnected(): void {
    hosts.delete(this);
    window.removeEventListener('lit-localize-status', this.onStatus);
  }

  /**
   * Re-renders the host once a locale is ready. `@localized()` does the same, but an element in the demo
   * dashboard was seen to miss it and stay in English; a second request for the same update is free.
   */
  private readonly onStatus = (event: Event): void => {
    if ((event as CustomEvent<{ status: string }>).detail.status === 'ready') this.host.requestUpdate();
  };

  hostUpdate(): void {
    this.apply();
  }

  /** Re-reads this element's wish and switches the page locale when the wish changed. */
  apply(): void {
    this.syncLang();
    const tag = this.host.locale || nearestLang(this.host);
    const wish = tag ? resolveLocale(tag) : null;
    if (wish === this.wish) return;
    const previous = this.wish;
    this.wish = wish;
    if (wish) switchTo(wish);
    else if (previous) switchTo(otherWish(this) ?? sourceLocale);
  }

  /**
   * An explicit `locale` is mirrored to the host's `lang`, so assistive technology reads the text in the
   * right language; the author's own `lang` comes back when `locale` is removed.
   */
  private syncLang(): void {
    const locale = this.host.locale;
    if (locale) {
      if (this.authorLang === undefined) this.authorLang = this.host.getAttribute('lang');
      if (this.host.getAttribute('lang') !== locale) this.host.setAttribute('lang', locale);
    } else if (this.authorLang !== undefined) {
      if (this.authorLang === null) this.host.removeAttribute('lang');
      else this.host.setAttribute('lang', this.authorLang);
      this.authorLang = undefined;
    }
  }

  /** What this element asks for, if anything. */
  get wanted(): Locale | null {
    return this.wish ?? null;
  }
}

/** The wish of some other connected element, if any has one. */
function otherWish(except: LocaleController): Locale | undefined {
  for (const controller of hosts) if (controller !== except && controller.wanted) return controller.wanted;
  return undefined;
}
