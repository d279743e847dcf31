import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, type TemplateResult } from 'lit';
import { GridNavigationController } from '../../src/controllers/grid-navigation-controller.js';
import type { ContactsCenter } from '../../src/components/contacts-center/contacts-center.js';
import { createWorld } from '../helpers/world.js';
import { focused, mount, root, rows, searchInput, smallWorld } from '../components/contacts-center/helpers.js';

/** A plain grid of `count` rows (all rendered), driven by the controller, recording what it was asked. */
class NavigableGrid extends LitElement {
  count = 25;
  readonly activated: number[] = [];
  readonly toggled: number[] = [];
  readonly revealed: number[] = [];
  readonly navigation = new GridNavigationController(this, {
    count: () => this.count,
    rowsPerPage: () => 10,
    reveal: (index) => this.revealed.push(index),
    rowElement: (index) => this.renderRoot.querySelector<HTMLElement>(`[role="row"][data-index="${index}"]`),
    onActivate: (index) => this.activated.push(index),
    onToggle: (index) => this.toggled.push(index),
  });

  protected override render(): TemplateResult {
    const active = this.navigation.activeIndex;
    return html`<div role="grid" aria-label="Rows" @keydown=${this.navigation.handleKeydown} @focusin=${this.navigation.handleFocusIn}>
      ${Array.from(
        { length: this.count },
        (_, i) =>
          html`<div role="row" data-index=${i} tabindex=${i === active ? 0 : -1}>
            <span role="gridcell"><input type="checkbox" tabindex="-1" aria-label="Select ${i}" />Row ${i}</span>
          </div>`,
      )}
    </div>`;
  }
}
customElements.define('navigable-grid', NavigableGrid);

function focusedIndex(el: NavigableGrid): number | undefined {
  const row = el.shadowRoot!.activeElement?.closest<HTMLElement>('[role="row"]');
  return row ? Number(row.dataset.index) : undefined;
}

function tabStops(el: NavigableGrid): number[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="row"]')]
    .filter((r) => r.tabIndex === 0)
    .map((r) => Number(r.dataset.index));
}

async function press(el: NavigableGrid, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
  await el.updateComplete;
}

describe('GridNavigationController', () => {
  let el: NavigableGrid;

  beforeEach(async () => {
    el = await fixture<NavigableGrid>(html`<navigable-grid></navigable-grid>`);
    el.shadowRoot!.querySelector<HTMLElement>('[role="row"]')!.focus();
  });

  it('keeps exactly one row in the tab order, the one focus is on', async () => {
    expect(tabStops(el)).to.deep.equal([0]);
    await press(el, 'ArrowDown');
    expect(focusedIndex(el)).to.equal(1);
    expect(tabStops(el)).to.deep.equal([1]);
  });

  it('moves with arrows, Home/End and PageUp/PageDown, clamped to the rows there are, revealing each target', async () => {
    await press(el, 'ArrowUp');
    expect(focusedIndex(el), 'ArrowUp at the top stays').to.equal(0);
    await press(el, 'PageDown');
    expect(focusedIndex(el)).to.equal(10);
    await press(el, 'PageDown');
    await press(el, 'PageDown');
    expect(focusedIndex(el), 'PageDown stops at the last row').to.equal(24);
    await press(el, 'ArrowDown');
    expect(focusedIndex(el)).to.equal(24);
    await press(el, 'PageUp');
    expect(focusedIndex(el)).to.equal(14);
    await press(el, 'Home');
    expect(focusedIndex(el)).to.equal(0);
    await press(el, 'End');
    expect(focusedIndex(el)).to.equal(24);
    expect(el.revealed).to.deep.equal([0, 10, 20, 24, 24, 14, 0, 24]);
  });

  it('activates with Enter and toggles with Space, but leaves Space on a checkbox to the checkbox', async () => {
    await press(el, 'ArrowDown');
    await press(el, 'Enter');
    await press(el, ' ');
    expect(el.activated).to.deep.equal([1]);
    expect(el.toggled).to.deep.equal([1]);
    const checkbox = el.shadowRoot!.querySelector<HTMLInputElement>('[data-index="1"] input')!;
    checkbox.focus();
    await press(el, ' ');
    expect(el.toggled, 'the controller did not toggle too').to.deep.equal([1]);
    expect(checkbox.checked, 'the checkbox toggled itself').to.equal(true);
  });

  it('ignores keys with a modifier, leaving them to the browser', async () => {
    // Dispatched, not sent: WebDriver sessions (Firefox, WebKit) cannot hold a modifier down through sendKeys.
    for (const init of [
      { key: 'ArrowDown', ctrlKey: true },
      { key: 'End', altKey: true },
      { key: 'PageDown', metaKey: true },
    ]) {
      const row = el.shadowRoot!.activeElement ?? el.shadowRoot!.querySelector<HTMLElement>('[data-index="0"]')!;
      const event = new KeyboardEvent('keydown', { ...init, bubbles: true, composed: true, cancelable: true });
      row.dispatchEvent(event);
      await el.updateComplete;
      expect(event.defaultPrevented, init.key).to.equal(false);
    }
    expect(focusedIndex(el)).to.equal(0);
    expect(el.revealed).to.deep.equal([]);
  });

  it('makes a row focused by pointer or script the active one', async () => {
    el.shadowRoot!.querySelector<HTMLElement>('[data-index="7"]')!.focus();
    await el.updateComplete;
    expect(el.navigation.activeIndex).to.equal(7);
    expect(tabStops(el)).to.deep.equal([7]);
    await press(el, 'ArrowDown');
    expect(focusedIndex(el)).to.equal(8);
  });

  it('keeps the active row among the rows there are when the list shrinks', async () => {
    await press(el, 'End');
    el.count = 5;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.navigation.activeIndex).to.equal(4);
    expect(tabStops(el)).to.deep.equal([4]);
  });
});

describe('GridNavigationController in <contacts-center>', () => {
  let world: Awaited<ReturnType<typeof createWorld>>;
  let el: ContactsCenter;

  beforeEach(async () => {
    world = await createWorld(smallWorld());
    el = await mount(world.backendFor('me'));
  });

  afterEach(async () => {
    await world.cleanup();
  });

  const focusedName = (): string => focused(el)?.querySelector('[part~="name"]')?.textContent?.trim() ?? '';

  it('goes from the search field to the results with ArrowDown, and pages with PageDown/PageUp', async () => {
    searchInput(el).focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(focusedName()).to.equal('Fred Follower');
    await sendKeys({ press: 'PageDown' });
    await el.updateComplete;
    expect(focusedName(), 'a page is more than the seven rows: the last one').to.equal('Sam Sent');
    await sendKeys({ press: 'PageUp' });
    await el.updateComplete;
    expect(focusedName()).to.equal('Fred Follower');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(el.selectedIds).to.deep.equal(['jane']);
    expect(
      rows(el)
        .filter((r) => r.tabIndex === 0)
        .map((r) => r.querySelector('[part~="name"]')!.textContent!.trim()),
    ).to.deep.equal(['Jane Doe']);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.personId).to.equal('jane');
    expect(root(el).querySelector('[part~="bulk-count"]')!.textContent).to.equal('1 selected');
  });
});
