/**
 * The Theming story's tokens reach every element: each computed style it sets differs from the defaults and
 * equals the token. The dark token set of the dark stories equals the built-in dark palette, and a token set
 * with poor contrast fails axe, so the story accessibility runs do measure colour contrast.
 */
import { expect, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { styleMap } from 'lit/directives/style-map.js';
import '../../src/components/activity-feed/activity-feed.js';
import '../../src/components/contact-requests/contact-requests.js';
import '../../src/components/contacts-center/contacts-center.js';
import { darkTheme } from '../../stories/support/decorators.js';
import { stateBackend } from '../../stories/support/state-backend.js';
import { BRAND_TOKENS, brandArgs, themeStyle, type ThemeArgs } from '../../stories/support/theme-tokens.js';
import { prepare, type Decorator } from './compose.js';
import { contrastViolations } from './contrast.js';
import { render, story } from './render.js';
import { deepQueryAll } from './settled.js';
import { storyViewport } from './story-suite.js';

type Token = keyof ThemeArgs;
type Tag = 'contacts-center' | 'activity-feed' | 'contact-requests';

/** Where a token shows: inside which element, on which node (a selector in its shadow root), as which property. */
interface Probe {
  tag: Tag;
  selector: string;
  property: string;
  /** Focus the node first (the focus ring). */
  focus?: boolean;
}

const probe = (tag: Tag, selector: string, property: string, focus = false): Probe => ({ tag, selector, property, focus });
const all = (selector: string | Record<Tag, string>, property: string): Probe[] =>
  (['contacts-center', 'activity-feed', 'contact-requests'] as const).map((tag) =>
    probe(tag, typeof selector === 'string' ? selector : selector[tag], property),
  );

/** Each Brand token and where the Brand story shows it (loaded, Jane Doe's profile open). */
const PROBES: Record<Token, Probe[]> = {
  background: all(':host', 'background-color'),
  surface: [
    probe('contacts-center', '.home', 'background-color'),
    probe('activity-feed', 'article', 'background-color'),
    probe('contact-requests', 'li', 'background-color'),
  ],
  text: [...all(':host', 'color'), probe('contacts-center', '[part~="name"]', 'color'), probe('activity-feed', 'button.name', 'color')],
  textMuted: [
    probe('contacts-center', '[part~="job-title"]', 'color'),
    probe('activity-feed', 'time', 'color'),
    probe('contact-requests', 'time', 'color'),
  ],
  border: [
    probe('contacts-center', '.grid', 'border-top-color'),
    probe('activity-feed', '[part~="more"]', 'border-top-color'),
    probe('contact-requests', '[part~="decline"]', 'border-top-color'),
  ],
  accent: [
    probe('contacts-center', '[part~="details"] a', 'color'),
    probe('activity-feed', 'a[part~="link"]', 'color'),
    probe('contact-requests', '[part~="accept"]', 'background-color'),
  ],
  onAccent: [probe('contact-requests', '[part~="accept"]', 'color')],
  // Also in the feed's and the requests' errors: see the error-state test below.
  danger: [probe('contacts-center', 'button.danger', 'color')],
  success: [probe('contact-requests', '[part~="announcement"]', 'color')],
  focusRing: [
    probe('contacts-center', '[part~="count"]', 'outline-color', true),
    probe('activity-feed', '[part~="more"]', 'outline-color', true),
    probe('contact-requests', '[part~="accept"]', 'outline-color', true),
  ],
  radius: [
    probe('contacts-center', '.grid', 'border-top-left-radius'),
    probe('activity-feed', '[part~="more"]', 'border-top-left-radius'),
    probe('contact-requests', 'li', 'border-top-left-radius'),
  ],
  spacing: [
    probe('contacts-center', '.layout', 'row-gap'),
    probe('activity-feed', ':host', 'padding-top'),
    probe('contact-requests', ':host', 'padding-top'),
  ],
  fontFamily: [...all(':host', 'font-family'), probe('contacts-center', 'button', 'font-family')],
  fontSize: all(':host', 'font-size'),
  avatarSize: all(
    { 'contacts-center': '[role="row"] .avatar', 'activity-feed': 'article .avatar', 'contact-requests': 'li .avatar' },
    'width',
  ),
};

/** A probed node: the host itself for `:host`, else the first match in any such element's shadow root. */
function nodeFor(canvas: HTMLElement, { tag, selector }: Probe): HTMLElement {
  for (const host of deepQueryAll(canvas, tag) as HTMLElement[]) {
    if (selector === ':host') return host;
    const node = host.shadowRoot?.querySelector<HTMLElement>(selector);
    if (node) return node;
  }
  throw new Error(`no ${selector} in any <${tag}>`);
}

function computed(canvas: HTMLElement, p: Probe): string {
  const node = nodeFor(canvas, p);
  if (p.focus) node.focus();
  const value = getComputedStyle(node).getPropertyValue(p.property);
  if (p.focus) node.blur();
  return value;
}

/** A token value as getComputedStyle writes it: colours as rgb(), lengths in px, font names unquoted. */
function expected(token: Token, value: string): string {
  const probeEl = document.createElement('div');
  document.body.append(probeEl);
  const lengths: Partial<Record<Token, string>> = {
    fontFamily: 'font-family',
    radius: 'border-top-left-radius',
    spacing: 'padding-top',
    fontSize: 'font-size',
    avatarSize: 'width',
  };
  const property = lengths[token];
  probeEl.style.setProperty(property ?? 'color', value);
  if (property === 'border-top-left-radius') probeEl.style.borderStyle = 'solid';
  const result = getComputedStyle(probeEl).getPropertyValue(property ?? 'color');
  probeEl.remove();
  return result;
}

describe('Theming story', () => {
  before(storyViewport);
  afterEach(() => fixtureCleanup());

  it('sets about a dozen documented tokens, each of them a control', () => {
    const brand = story('theming-all-elements--brand');
    expect(Object.keys(brand.args)).to.have.length.greaterThanOrEqual(12);
    expect(themeStyle(brand.args as ThemeArgs)).to.include({ '--cc-color-accent': '#0e6b63', '--cc-radius': '14px' });
    expect(themeStyle(story('theming-all-elements--defaults').args as ThemeArgs)).to.deep.equal({});
  });

  it('every token it sets changes the computed style of every element that shows it', async () => {
    const defaults = await render(prepare(story('theming-all-elements--defaults')));
    const before = new Map(
      Object.values(PROBES)
        .flat()
        .map((p) => [p, computed(defaults, p)]),
    );
    fixtureCleanup();
    const brand = await render(prepare(story('theming-all-elements--brand')));
    const problems: string[] = [];
    for (const [token, probes] of Object.entries(PROBES) as [Token, Probe[]][]) {
      const want = expected(token, BRAND_TOKENS[token].brand);
      for (const p of probes) {
        const got = computed(brand, p);
        const where = `${BRAND_TOKENS[token].property} on <${p.tag}> ${p.selector} ${p.property}`;
        if (got !== want) problems.push(`${where}: ${got}, expected ${want}`);
        if (got === before.get(p)) problems.push(`${where}: unchanged from the default ${got}`);
      }
    }
    expect(problems).to.deep.equal([]);
    expect(Object.keys(PROBES)).to.have.members(Object.keys(BRAND_TOKENS));
  });

  it('the danger token colours the feed’s and the requests’ errors too', async () => {
    const style = styleMap(themeStyle(brandArgs()));
    const canvas = await render(
      html`<div style=${style}>
        <activity-feed .backend=${stateBackend('error')}></activity-feed>
        <contact-requests .backend=${stateBackend('error')}></contact-requests>
      </div>`,
    );
    const want = expected('danger', BRAND_TOKENS.danger.brand);
    expect(computed(canvas, probe('activity-feed', '[part~="error"]', 'color'))).to.equal(want);
    expect(computed(canvas, probe('contact-requests', '[part~="error"]', 'color'))).to.equal(want);
  });

  it('a token set with poor contrast fails axe’s colour-contrast rule in all three elements', async () => {
    const poor = { ...story('theming-all-elements--brand'), args: { ...brandArgs(), textMuted: '#c9bba8' } };
    const canvas = await render(prepare(poor));
    await expect(canvas).not.to.be.accessible();
    const failing = await contrastViolations(canvas);
    // Each target starts with the selector of the top-level element it is in.
    const tagOf = (target: string[]) => /contacts-center|activity-feed|contact-requests/.exec(target[0] ?? '')?.[0];
    const hosts = new Set(failing.map(tagOf));
    expect([...hosts]).to.include.members(['contacts-center', 'activity-feed', 'contact-requests']);
  });
});

const DARK_QUERY = '(prefers-color-scheme: dark)';
/** The rules preferDark switched on, to switch back. */
const forcedDark = new Set<CSSMediaRule>();

/**
 * What `prefers-color-scheme: dark` does to the elements, in every engine: the `@media (prefers-color-scheme:
 * dark)` rules of their (shared, adopted) style sheets apply, until `followMedia()`. The runner's `emulateMedia`
 * reaches the media query through CDP only, so Firefox (BiDi) and WebKit (WebDriver) lack it.
 */
function preferDark(canvas: HTMLElement): void {
  const hosts = deepQueryAll(canvas, 'contacts-center, activity-feed, contact-requests');
  for (const sheet of new Set(hosts.flatMap((host) => host.shadowRoot?.adoptedStyleSheets ?? []))) {
    for (const rule of sheet.cssRules) {
      if (rule instanceof CSSMediaRule && rule.media.mediaText === DARK_QUERY) forcedDark.add(rule);
    }
  }
  expect(forcedDark.size, 'the elements have a prefers-color-scheme: dark rule').to.be.greaterThan(0);
  for (const rule of forcedDark) rule.media.mediaText = 'all';
}

/** The rules preferDark switched on follow the media query again. */
function followMedia(): void {
  for (const rule of forcedDark) rule.media.mediaText = DARK_QUERY;
  forcedDark.clear();
}

describe('Dark stories', () => {
  before(storyViewport);
  afterEach(() => {
    followMedia();
    fixtureCleanup();
  });

  it('set exactly the built-in dark palette that prefers-color-scheme: dark gives', async () => {
    const profile = story('elements-contacts-center--profile-connected');
    const tokens: Token[] = ['background', 'surface', 'text', 'textMuted', 'border', 'accent', 'danger'];
    const colours = tokens.flatMap((token) => PROBES[token]).filter((p) => p.tag === 'contacts-center');
    const withTokens = await render(prepare(profile, [darkTheme as Decorator]));
    const fromStory = colours.map((p) => computed(withTokens, p));
    fixtureCleanup();
    const fromSystem = await render(prepare(profile));
    preferDark(fromSystem);
    expect(colours.map((p) => computed(fromSystem, p))).to.deep.equal(fromStory);
    // Not vacuous: the light palette differs.
    followMedia();
    await waitUntil(() => computed(fromSystem, colours[0]!) !== fromStory[0], 'the palette did not follow the media query');
  });
});
