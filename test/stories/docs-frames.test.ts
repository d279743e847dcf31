/**
 * Storybook Docs renders a component's stories on one page, and the page has one locale (lit-localize's is
 * page-wide): a story in another language must render in its own frame there, or it switches every story beside it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import * as activityFeedStories from '../../stories/activity-feed.stories.js';
import * as contactRequestsStories from '../../stories/contact-requests.stories.js';
import * as contactsCenterStories from '../../stories/contacts-center.stories.js';
import * as themingStories from '../../stories/theming.stories.js';

interface RawStory {
  decorators?: ((story: () => unknown, context: object) => unknown)[];
  parameters?: { docs?: { story?: { inline?: boolean } } };
}

const modules = { activityFeedStories, contactRequestsStories, contactsCenterStories, themingStories };

/** The `lang` the story's decorators wrap it in, read from what they render around an empty story. */
async function langOf(story: RawStory): Promise<string | null> {
  let rendered: unknown = html`<span data-story></span>`;
  for (const decorator of story.decorators ?? []) {
    const inner = rendered;
    rendered = decorator(() => inner, { args: {}, loaded: {} });
  }
  const wrapper = await fixture<HTMLElement>(html`<div>${rendered as TemplateResult}</div>`);
  return wrapper.querySelector('[data-story]')!.closest('[lang]')?.getAttribute('lang') ?? null;
}

describe('Storybook Docs frames', () => {
  it('renders every story in another language in its own frame, and the rest inline', async () => {
    const framed: string[] = [];
    for (const [moduleName, module] of Object.entries(modules)) {
      for (const [name, story] of Object.entries(module as Record<string, RawStory>)) {
        if (name === 'default' || typeof story !== 'object' || story === null) continue;
        const lang = await langOf(story);
        const inline = story.parameters?.docs?.story?.inline;
        if (lang && !lang.startsWith('en')) {
          expect(inline, `${moduleName}.${name} (lang ${lang})`).to.equal(false);
          framed.push(name);
        } else {
          expect(inline, `${moduleName}.${name}`).to.not.equal(false);
        }
      }
    }
    expect(framed.length, 'the Japanese stories were found').to.be.at.least(4);
  });
});
