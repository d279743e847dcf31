/**
 * Every element under `dir="rtl"`: the layout mirrors (rows, articles and requests start on the right, the open
 * row's marker sits on the side its text starts), and no style sheet of theirs places anything by left or right,
 * which would not mirror. The elements draw no icon that points a direction (the requests' people icon is
 * symmetrical), so there is nothing to flip.
 */
import { expect, fixtureCleanup, html } from '@open-wc/testing';
import { prepare } from './compose.js';
import { inShadow, openFirstRow, render, story } from './render.js';
import { deepQueryAll, ELEMENTS } from './settled.js';
import { storyViewport } from './story-suite.js';

type Dir = 'ltr' | 'rtl';

/** The Defaults theming story (all three elements) in that direction, the list's first row open. */
async function renderIn(dir: Dir): Promise<HTMLElement> {
  const page = await render(html`<div dir=${dir}>${await prepare(story('theming-all-elements--defaults'))}</div>`);
  await openFirstRow(page);
  return page;
}

/** Whether `first` is laid out on the reading-start side of `second`, for that direction. */
function startsBefore(first: Element, second: Element, dir: Dir): boolean {
  const a = first.getBoundingClientRect();
  const b = second.getBoundingClientRect();
  return dir === 'rtl' ? a.right > b.right : a.left < b.left;
}

/** Where each element's parts sit: the first child of each pair on the reading-start side of the second. */
function layout(canvas: HTMLElement, dir: Dir): Record<string, boolean> {
  const row = '[role="row"][aria-current="true"]';
  return {
    'a row: checkbox, then name': startsBefore(
      inShadow(canvas, 'contacts-center', `${row} .cell-check`),
      inShadow(canvas, 'contacts-center', `${row} [part~="name"]`),
      dir,
    ),
    'a row: name, then badge': startsBefore(
      inShadow(canvas, 'contacts-center', `${row} [part~="name"]`),
      inShadow(canvas, 'contacts-center', `${row} .cell-badge`),
      dir,
    ),
    'an article: avatar, then text': startsBefore(
      inShadow(canvas, 'activity-feed', 'article .gutter'),
      inShadow(canvas, 'activity-feed', 'article .content'),
      dir,
    ),
    'a request: avatar, then name': startsBefore(
      inShadow(canvas, 'contact-requests', 'li .avatar'),
      inShadow(canvas, 'contact-requests', 'li [part~="name"]'),
      dir,
    ),
  };
}

describe('Right-to-left', function () {
  // The first render seeds the story's world, slow on a busy machine.
  this.timeout(90_000);
  before(storyViewport);
  afterEach(() => fixtureCleanup());

  for (const dir of ['ltr', 'rtl'] as const) {
    it(`${dir}: every element lays out from the ${dir === 'rtl' ? 'right' : 'left'}`, async () => {
      const canvas = await renderIn(dir);
      const found = layout(canvas, dir);
      expect(found).to.deep.equal(Object.fromEntries(Object.keys(found).map((key) => [key, true])));
    });

    it(`${dir}: the open row's marker is on the side its text starts`, async () => {
      const canvas = await renderIn(dir);
      const row = inShadow(canvas, 'contacts-center', '[role="row"][aria-current="true"]');
      const marker = getComputedStyle(row, '::before');
      const [start, end] = dir === 'rtl' ? (['right', 'left'] as const) : (['left', 'right'] as const);
      expect(marker.getPropertyValue('width')).to.equal('3px');
      expect(marker.getPropertyValue(start), `its ${start}`).to.equal('0px');
      expect(parseFloat(marker.getPropertyValue(end)), `its ${end}`).to.be.greaterThan(100);
    });
  }

  it('no style sheet of the elements places anything by left or right', async () => {
    const canvas = await renderIn('rtl');
    const sheets = new Set(deepQueryAll(canvas, ELEMENTS.join(',')).flatMap((host) => host.shadowRoot?.adoptedStyleSheets ?? []));
    const text = [...sheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
    expect(text).to.include('inset-inline-start');
    // Physical sides (margin-left, padding-right, left:, text-align: right, float: left…) and box shadows offset
    // sideways (the open row's marker once was one) stay put when the text runs the other way.
    const physical =
      /(?:margin|padding|border|inset)-(?:left|right)\b|[{;\s](?:left|right)\s*:|(?:text-align|float|clear)\s*:\s*(?:left|right)|box-shadow\s*:\s*inset\s+-?[1-9]/g;
    expect(text.match(physical) ?? []).to.deep.equal([]);
  });
});
