/** Shared helpers for the Japanese localization tests: a world fixture, locale switching, a leftover-English scan. */
import { fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import type { LitElement, TemplateResult } from 'lit';
import type { WorldData } from '../../src/backend/world.js';
import { getLocale, setLocale } from '../../src/i18n/localization.js';
import { useWorld, type WorldFixture } from '../helpers/world.js';
import { japaneseWorld } from './world.js';

/**
 * Waits until the page's locale is `locale` (lit-localize has loaded it and fired `ready`) and every given
 * element has re-rendered in it.
 */
export async function localeReady(locale: 'en' | 'ja', ...elements: LitElement[]): Promise<void> {
  await waitUntil(() => getLocale() === locale, `the locale never became ${locale} (it is ${getLocale()})`, { timeout: 5_000 });
  for (const el of elements) await el.updateComplete;
}

/**
 * Puts the page back in English for the next test: the fixtures go first, because a connected element whose
 * `lang` is `ja` would switch the page straight back.
 */
export async function restoreEnglish(): Promise<void> {
  fixtureCleanup();
  await setLocale('en');
}

/**
 * The fixture of a localization test, in one line inside a `describe`: a fresh world from `data()` (default: the
 * Japanese world) for each test, and the page put back in English after it.
 */
export function useJapaneseWorld(data: () => WorldData = japaneseWorld): WorldFixture {
  afterEach(restoreEnglish);
  return useWorld(data);
}

/**
 * Mounts `content` (one element) inside `<div lang=${lang}>`, as a host page would, and waits until the page's
 * locale follows it (`ja…` is Japanese, anything else English) and the element has rendered in it.
 */
export async function mountInLang<T extends LitElement>(lang: string, content: TemplateResult): Promise<{ wrapper: HTMLElement; el: T }> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}>${content}</div>`);
  const el = wrapper.firstElementChild as T;
  await localeReady(lang.startsWith('ja') ? 'ja' : 'en', el);
  return { wrapper, el };
}

/** The shadow root of `el`, which must exist. */
export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no shadow root`);
  return el.shadowRoot;
}

/** Attributes whose values people read or hear. */
const READ_ATTRIBUTES = ['aria-label', 'aria-description', 'aria-roledescription', 'placeholder', 'title', 'alt'];

/**
 * Every piece of text a user can see or hear inside `root`: text nodes (not in <style>) and readable
 * attributes, descending into the shadow roots of nested elements.
 */
export function readableTexts(root: ParentNode): string[] {
  const texts: string[] = [];
  const visit = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent?.trim();
      if (text && node.parentElement?.localName !== 'style') texts.push(text);
      return;
    }
    if (node instanceof Element) {
      for (const name of READ_ATTRIBUTES) {
        const value = node.getAttribute(name)?.trim();
        if (value) texts.push(value);
      }
      if (node.shadowRoot) visit(node.shadowRoot);
    }
    node.childNodes.forEach(visit);
  };
  root.childNodes.forEach(visit);
  return texts;
}

let sources: Promise<string[]> | undefined;

/**
 * The English fragments of every message whose Japanese differs from it, read from xliff/ja.xlf: each source
 * split at its placeholders, keeping the fragments with at least three Latin letters (so "; " or "." never
 * count, while "Show" or " pending requests" do).
 */
export function englishFragments(): Promise<string[]> {
  sources ??= (async () => {
    const response = await fetch(new URL('../../xliff/ja.xlf', import.meta.url));
    if (!response.ok) throw new Error(`xliff/ja.xlf: HTTP ${response.status}`);
    const doc = new DOMParser().parseFromString(await response.text(), 'application/xml');
    const fragments = new Set<string>();
    for (const unit of doc.querySelectorAll('trans-unit')) {
      const source = unit.querySelector('source');
      const target = unit.querySelector('target');
      if (!source || source.textContent === target?.textContent) continue;
      for (const node of source.childNodes) {
        const text = node.nodeType === Node.TEXT_NODE ? node.textContent!.trim() : '';
        if ((text.match(/[A-Za-z]/g) ?? []).length >= 3) fragments.add(text);
      }
    }
    if (fragments.size < 50) throw new Error(`only ${fragments.size} English fragments read from xliff/ja.xlf`);
    return [...fragments];
  })();
  return sources;
}

/** English message fragments still shown inside `el`, each with the text it was found in. */
export async function leftoverEnglish(el: Element): Promise<string[]> {
  const fragments = await englishFragments();
  const found: string[] = [];
  for (const text of readableTexts(shadow(el))) {
    // A one-word fragment ("and", "new") counts only as a whole text ("Back"): inside people's own prose it is theirs.
    for (const fragment of fragments) {
      if (/\s/.test(fragment) ? text.includes(fragment) : text.trim() === fragment) found.push(`"${fragment}" in "${text}"`);
    }
  }
  return found;
}
