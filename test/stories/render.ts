import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { ContactsCenter } from '../../src/components/contacts-center/contacts-center.js';
import type { TemplateResult } from 'lit';
import { unsettled } from './settled.js';
import { STORIES } from './story-suite.js';

/** A story (or any template) rendered into the page, once every element in it has loaded. */
export async function render(template: TemplateResult | Promise<TemplateResult>): Promise<HTMLElement> {
  const canvas = await fixture<HTMLElement>(html`<div style="padding: 1rem">${await template}</div>`);
  let why = '';
  await waitUntil(async () => (why = await unsettled(canvas)) === '', 'never loaded', { timeout: 15_000 }).catch(() =>
    expect.fail(`the story never finished loading: ${why}`),
  );
  return canvas;
}

/** The composed story of that Storybook id. */
export const story = (id: string) => {
  const found = STORIES.find((s) => s.id === id);
  if (!found) throw new Error(`no story ${id}`);
  return found;
};

/** Opens the profile of the list's first row, which marks that row open (`aria-current`). */
export async function openFirstRow(page: HTMLElement): Promise<void> {
  const center = page.querySelector<ContactsCenter>('contacts-center')!;
  const first = inShadow(page, 'contacts-center', '[role="row"]');
  center.personId = first.dataset['id'] ?? null;
  await waitUntil(() => center.shadowRoot?.querySelector('[role="row"][aria-current="true"]'), 'no row is marked open');
}

/** The first node matching `selector` in the shadow root of the page's own `<tag>`. */
export function inShadow<T extends Element = HTMLElement>(canvas: HTMLElement, tag: string, selector: string): T {
  // The story's own element, not one nested in another's shadow root (the profile's recent-activity feed).
  const node = canvas.querySelector(tag)?.shadowRoot?.querySelector<T>(selector);
  if (!node) throw new Error(`no ${selector} in <${tag}>`);
  return node;
}
