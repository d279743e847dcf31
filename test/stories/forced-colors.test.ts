/**
 * Every element under forced colours (`forced-colors: active`): the open row, the selected rows, the selected
 * tab, focus rings and buttons can still be told apart. Where the runner can emulate the media feature
 * (Chromium, scripts/forced-colors-plugin.js) the browser forces its colours for real; Firefox and WebKit have no
 * such call, so there the elements' `@media (forced-colors: active)` rules are switched on instead, and the same
 * checks run. In every engine, those rules set the system colours they name.
 */
import { expect, fixtureCleanup, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { prepare } from './compose.js';
import { inShadow, openFirstRow, render, story } from './render.js';
import { ELEMENTS } from './settled.js';
import { storyViewport } from './story-suite.js';

const FORCED_QUERY = '(forced-colors: active)';
/** The rules forceRules switched on, to switch back. */
const switchedOn = new Set<CSSMediaRule>();

/** The `@media (forced-colors: active)` rules of the page's elements apply, until followMedia(). */
function forceRules(canvas: HTMLElement): void {
  const hosts = [...canvas.querySelectorAll(ELEMENTS.join(','))];
  for (const sheet of new Set(hosts.flatMap((host) => host.shadowRoot?.adoptedStyleSheets ?? []))) {
    for (const rule of sheet.cssRules) {
      if (rule instanceof CSSMediaRule && rule.media.mediaText === FORCED_QUERY) switchedOn.add(rule);
    }
  }
  expect(switchedOn.size, 'the elements have a forced-colors: active rule').to.be.greaterThan(0);
  for (const rule of switchedOn) rule.media.mediaText = 'all';
}

function followMedia(): void {
  for (const rule of switchedOn) rule.media.mediaText = FORCED_QUERY;
  switchedOn.clear();
}

/** A system colour as getComputedStyle gives it, as that property (`color` or `background-color`). */
function systemColour(name: string, property: 'color' | 'background-color' = 'background-color'): string {
  const probe = document.createElement('div');
  probe.style.setProperty(property, name);
  document.body.append(probe);
  const value = getComputedStyle(probe).getPropertyValue(property);
  probe.remove();
  return value;
}

/** The story with all three elements, the first row open and the second selected. */
async function page(): Promise<HTMLElement> {
  const canvas = await render(html`${await prepare(story('theming-all-elements--defaults'))}`);
  await openFirstRow(canvas);
  inShadow(canvas, 'contacts-center', '[role="row"]:not([aria-current]) [part~="checkbox"]').click();
  await canvas.querySelector('contacts-center')!.updateComplete;
  return canvas;
}

const style = (node: Element, pseudo?: string) => getComputedStyle(node, pseudo);

/** What tells each state apart, measured in the current mode. */
function distinctions(canvas: HTMLElement): Record<string, boolean> {
  const row = (which: string) => inShadow(canvas, 'contacts-center', `[role="row"]${which}`);
  const open = row('[aria-current="true"]');
  const selected = row('[aria-selected="true"]');
  const plain = row('[aria-selected="false"]:not([aria-current])');
  const tab = (which: string) => inShadow(canvas, 'activity-feed', `[role="tab"][aria-selected="${which}"]`);
  const button = inShadow(canvas, 'contacts-center', '[part~="count"]');
  button.focus();
  const ring = style(button);
  const focused = { style: ring.outlineStyle, width: parseFloat(ring.outlineWidth), colour: ring.outlineColor };
  button.blur();
  return {
    'the open row has a marker unlike its background':
      style(open, '::before').width === '3px' && style(open, '::before').backgroundColor !== style(open).backgroundColor,
    'a selected row has another background than the others': style(selected).backgroundColor !== style(plain).backgroundColor,
    'a selected row has another text colour than the others':
      style(selected.querySelector('[part~="name"]')!).color !== style(plain.querySelector('[part~="name"]')!).color,
    'the selected tab is underlined unlike the others': style(tab('true')).borderBottomColor !== style(tab('false')).borderBottomColor,
    'a focused button has a solid ring':
      focused.style === 'solid' && focused.width >= 1 && focused.colour !== style(button).backgroundColor,
    'a button has a visible border':
      style(button).borderTopStyle === 'solid' && style(button).borderTopColor !== style(button).backgroundColor,
  };
}

describe('Forced colours', function () {
  // The first render seeds the story's world, slow on a busy machine.
  this.timeout(90_000);
  before(storyViewport);
  afterEach(async () => {
    followMedia();
    await executeServerCommand('forced-colors', { active: false });
    fixtureCleanup();
  });

  it('the open row, selected rows, the selected tab, focus rings and buttons stay distinct', async () => {
    const canvas = await page();
    const emulated = await executeServerCommand<boolean, { active: boolean }>('forced-colors', { active: true });
    // Chromium's user agent names it (Firefox's and WebKitGTK's do not): there the emulation must work.
    expect(emulated, 'the runner emulates forced colours in Chromium').to.equal(navigator.userAgent.includes('Chrome/'));
    if (emulated) expect(matchMedia(FORCED_QUERY).matches, 'the emulation took').to.equal(true);
    else forceRules(canvas);
    const found = distinctions(canvas);
    expect(found).to.deep.equal(Object.fromEntries(Object.keys(found).map((key) => [key, true])));
  });

  it('its rules give each state a system colour', async () => {
    const canvas = await page();
    forceRules(canvas);
    const open = inShadow(canvas, 'contacts-center', '[role="row"][aria-current="true"]');
    const selected = inShadow(canvas, 'contacts-center', '[role="row"][aria-selected="true"]');
    const tab = (which: string) => inShadow(canvas, 'activity-feed', `[role="tab"][aria-selected="${which}"]`);
    const disabled = inShadow<HTMLButtonElement>(canvas, 'activity-feed', '[part~="post"]');
    expect(disabled.disabled, 'an empty composer cannot post').to.equal(true);
    expect({
      marker: style(open, '::before').backgroundColor,
      selected: style(selected).backgroundColor,
      selectedName: style(selected.querySelector('[part~="name"]')!).color,
      selectedTab: style(tab('true')).borderBottomColor,
      otherTab: style(tab('false')).borderBottomColor,
      disabled: style(disabled).color,
    }).to.deep.equal({
      marker: systemColour('Highlight'),
      selected: systemColour('SelectedItem'),
      selectedName: systemColour('SelectedItemText', 'color'),
      selectedTab: systemColour('Highlight'),
      otherTab: systemColour('Canvas'),
      disabled: systemColour('GrayText', 'color'),
    });
  });
});
