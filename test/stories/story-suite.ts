/**
 * Every story of every stories/*.stories.ts, rendered as Storybook would (args, loaders, decorators), in
 * light and dark (dark in Chromium only, see THEMES_HERE): once loaded, axe finds no violation (colour contrast AA
 * included, and every text's contrast measured), and a Japanese rendering shows no English UI text. One test
 * file per locale (stories.en.a11y.test.ts, stories.ja.a11y.test.ts) keeps each within the runner's time per file.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewportSize } from '../helpers/viewport.js';
import type { LitElement } from 'lit';
import * as activityFeedStories from '../../stories/activity-feed.stories.js';
import * as contactRequestsStories from '../../stories/contact-requests.stories.js';
import * as contactsCenterStories from '../../stories/contacts-center.stories.js';
import * as themingStories from '../../stories/theming.stories.js';
import { darkTheme, withLang } from '../../stories/support/decorators.js';
import { seeded, type SeededLoader } from '../../stories/support/seeded-backend.js';
import type { SeedOptions } from '../../demo/seed/world.js';
import { leftoverEnglish, localeReady, restoreEnglish } from '../i18n/locale.js';
import { composeStories, prepare, type ComposedStory, type Decorator, type Loader } from './compose.js';
import { unmeasuredContrast } from './contrast.js';
import { deepQueryAll, ELEMENTS, showsLoading, unsettled } from './settled.js';

const MODULES = [contactsCenterStories, activityFeedStories, contactRequestsStories, themingStories];

/**
 * The 10,000-people story's world takes long to import; for the accessibility run it gets an equivalent
 * smaller one (same generator, no activities, still several pages of the virtualized list, so the DOM has the
 * same shape). Everything else about that story (args, decorators, render) is its own.
 */
const SMALLER_TEN_THOUSAND: SeedOptions = { people: 400, activities: false };

/**
 * The story's own loaders, except that stories seeding the same world share one database here: importing
 * a world takes seconds, rendering never changes it, and the stories differ in args, not in data.
 */
function forThisRun(story: ComposedStory): ComposedStory {
  const loaders = story.loaders.map((loader): Loader => {
    if (!('story' in loader)) return loader;
    const { viewerId, options } = loader as SeededLoader;
    const world = story.exportName === 'TenThousandPeople' ? SMALLER_TEN_THOUSAND : options;
    return seeded(`a11y-${JSON.stringify(world ?? 'default')}`, viewerId, world);
  });
  return { ...story, loaders };
}

export const STORIES = MODULES.flatMap((module) => composeStories(module as Record<string, unknown>)).map(forThisRun);

/** Stories whose adapter never answers: they must still show their loading state, which is what they show. */
const NEVER_LOADS = new Set(['Loading']);

const THEMES = [
  { name: 'light', decorators: [] as Decorator[] },
  // As the dark stories do it: the dark token set on an ancestor (the page's own dark theme).
  { name: 'dark', decorators: [darkTheme as Decorator] },
];

/**
 * The themes checked in this engine. A theme changes colour tokens alone, and axe reads colours from computed
 * style, alike in every engine; what engines differ in (layout, clipping, text measurement) the light pass
 * already meets. So Chromium checks both themes and Firefox and WebKit the light one (both themes took each of
 * them 4–5 minutes a locale, the run's longest paths).
 */
const isChromium = navigator.userAgent.includes('Chrome/');
const THEMES_HERE = isChromium ? THEMES : THEMES.filter((theme) => theme.name === 'light');

/** The library's elements the story put in the page (not those nested in their shadow roots). */
function topElements(canvas: HTMLElement): LitElement[] {
  return [...canvas.querySelectorAll<LitElement>(ELEMENTS.join(','))];
}

/**
 * A desktop-sized canvas, tall enough that every story lies in the viewport: axe measures contrast only where
 * it can see the text.
 */
export async function storyViewport(): Promise<void> {
  await setViewportSize({ width: 1280, height: 3000 });
}

/** A test that the modules yield their stories (an empty list would make every other test vacuous). */
export function describeStoriesFound(): void {
  it('finds every story of every stories/*.stories.ts', () => {
    expect(STORIES.length).to.be.greaterThan(35);
    expect(STORIES.map((s) => s.id)).to.include.members([
      'elements-contacts-center--home',
      'elements-activity-feed--network-feed',
      'elements-contact-requests--compact-inbox',
      'theming-all-elements--brand',
    ]);
  });
}

/**
 * Registers one test per story and theme, rendered in `locale` (Japanese: inside `lang="ja"`, as the Japanese
 * stories do).
 */
export function describeStories(locale: 'English' | 'Japanese'): void {
  const outer: Decorator[] = locale === 'Japanese' ? [withLang('ja') as Decorator] : [];
  before(storyViewport);
  for (const theme of THEMES_HERE) {
    describe(`stories in ${locale}, ${theme.name}`, () => {
      afterEach(restoreEnglish);

      for (const story of STORIES) {
        it(`${story.title} › ${story.name}`, async () => {
          const template = await prepare(story, [...theme.decorators, ...outer]);
          // Storybook's "padded" layout (.storybook/preview.ts).
          const canvas = await fixture<HTMLElement>(html`<div style="padding: 1rem">${template}</div>`);
          const elements = topElements(canvas);
          expect(elements, 'the story renders an element').to.not.be.empty;
          if (locale === 'Japanese') await localeReady('ja', ...elements);

          if (NEVER_LOADS.has(story.exportName)) {
            await Promise.all(elements.map((el) => el.updateComplete));
            await waitUntil(() => showsLoading(canvas), 'the loading state never showed', { timeout: 5_000 });
          } else {
            let why = '';
            const loaded = async () => (why = await unsettled(canvas)) === '';
            await waitUntil(loaded, 'never loaded', { timeout: 15_000 }).catch(() =>
              expect.fail(`the story never finished loading: ${why}`),
            );
          }
          for (const el of deepQueryAll(canvas, ELEMENTS.join(','))) await (el as LitElement).updateComplete;

          await expect(canvas).to.be.accessible();
          expect(await unmeasuredContrast(canvas), 'text whose contrast axe could not measure').to.deep.equal([]);

          if (locale === 'Japanese') {
            for (const el of elements) {
              expect(await leftoverEnglish(el), `English left in <${el.localName}>`).to.deep.equal([]);
            }
          }
        });
      }
    });
  }
}
