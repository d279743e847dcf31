/** Shared helpers for the Japanese localization tests: locale switching and a leftover-English scan. */
import { fixtureCleanup, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { getLocale, setLocale } from '../../src/i18n/localization.js';

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
    for (const fragment of fragments) if (text.includes(fragment)) found.push(`"${fragment}" in "${text}"`);
  }
  return found;
}
