import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';

/**
 * Dark tokens set explicitly, so the story is dark whatever the OS prefers (the elements' own dark values
 * follow `prefers-color-scheme`). This is also how a host themes the elements: set `--cc-*` on any ancestor.
 */
export const DARK_TOKENS: Record<string, string> = {
  'color-scheme': 'dark',
  background: '#15171a',
  color: '#eceef1',
  padding: '1rem',
  '--cc-color-background': '#15171a',
  '--cc-color-surface': '#23262b',
  '--cc-color-text': '#eceef1',
  '--cc-color-text-muted': '#a9aeb6',
  '--cc-color-border': '#3c4047',
  '--cc-color-accent': '#a8c7fa',
  '--cc-color-on-accent': '#062e6f',
  '--cc-color-danger': '#f2b8b5',
  '--cc-color-success': '#6dd58c',
  '--cc-focus-ring-color': '#a8c7fa',
};

/** Renders the story on a dark surface with the dark tokens. */
export const darkTheme: Decorator = (story) => html`<div style=${styleMap(DARK_TOKENS)}>${story()}</div>`;

/** Renders the story inside `lang="…"`; the elements follow the nearest `lang`. */
export const withLang =
  (lang: string): Decorator =>
  (story) =>
    html`<div lang=${lang}>${story()}</div>`;

/**
 * Gives the story at least `height`, as a host page's layout would. A minimum, not a fixed height: the element
 * grows with an open profile, and content spilling out of a fixed box would stand on the page outside the
 * element's own background. The people list scrolls inside its own box (`--cc-list-height`).
 */
export const withHeight =
  (height: string): Decorator =>
  (story) =>
    html`<div style=${styleMap({ minHeight: height, display: 'grid' })}>${story()}</div>`;

/**
 * Parameters for a story in another language: Docs renders it in its own frame, because the page has one locale
 * (lit-localize's is page-wide) and an inline Japanese story would switch every other story on the Docs page with it.
 */
export const ownFrameInDocs = { docs: { story: { inline: false, iframeHeight: 720 } } };
