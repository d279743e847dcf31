/**
 * Every story inside `lang="ja"`, light and dark: axe (contrast AA included) passes once it has loaded, and
 * no English UI text is left.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { leftoverEnglish, restoreEnglish } from '../i18n/locale.js';
import { prepare } from './compose.js';
import { unsettled } from './settled.js';
import { describeStories, STORIES } from './story-suite.js';

describeStories('Japanese');

describe('the leftover-English check', () => {
  afterEach(restoreEnglish);

  it('finds the English UI text of a story rendered in English (so its empty findings above mean something)', async () => {
    const home = STORIES.find((s) => s.id === 'elements-contacts-center--home')!;
    const canvas = await fixture<HTMLElement>(html`<div>${await prepare(home)}</div>`);
    await waitUntil(async () => (await unsettled(canvas)) === '', 'the story never finished loading', { timeout: 15_000 });
    const found = await leftoverEnglish(canvas.querySelector<LitElement>('contacts-center')!);
    expect(found.join('\n')).to.contain('Search people');
  });
});
