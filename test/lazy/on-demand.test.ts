import { expect, fixture, html as testHtml, waitUntil } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { OnDemand, OnDemandPart, PartLoadError } from '../../src/lazy/on-demand.js';

/** An import the test settles by hand, counting how often it was started. */
function manualImport<T>() {
  const calls: { resolve(value: T): void; reject(error: unknown): void }[] = [];
  const importPart = () => new Promise<T>((resolve, reject) => calls.push({ resolve, reject }));
  return { calls, importPart };
}

const part = manualImport<{ greeting: string }>();

class PartHost extends LitElement {
  readonly loader = new OnDemandPart(this, part.importPart);
  override render() {
    return this.loader.render((loaded) => html`<p class="ready">${loaded.greeting}</p>`);
  }
}
customElements.define('on-demand-host', PartHost);

describe('OnDemand', () => {
  it('imports once however often it is asked for, and not again once loaded', async () => {
    const { calls, importPart } = manualImport<number>();
    const part = new OnDemand(importPart);
    const first = part.load();
    const second = part.load();
    expect(calls.length).to.equal(1);
    expect(part.loading).to.equal(true);
    calls[0]!.resolve(42);
    expect(await first).to.equal(42);
    expect(await second).to.equal(42);
    expect(await part.load()).to.equal(42);
    expect(calls.length).to.equal(1);
    expect(part.value).to.equal(42);
    expect(part.loading).to.equal(false);
  });

  it('rejects with a PartLoadError holding the cause, and imports again on the next load', async () => {
    const { calls, importPart } = manualImport<string>();
    const part = new OnDemand(importPart);
    const cause = new TypeError('Failed to fetch dynamically imported module');
    const failed = part.load();
    calls[0]!.reject(cause);
    const error = await failed.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(PartLoadError);
    expect((error as PartLoadError).cause).to.equal(cause);
    expect((error as PartLoadError).message).to.match(/could not be loaded/);
    expect(part.error).to.equal(error);
    const again = part.load();
    expect(calls.length).to.equal(2);
    expect(part.error).to.equal(undefined);
    calls[1]!.resolve('loaded');
    expect(await again).to.equal('loaded');
  });
});

describe('OnDemandPart', () => {
  it('shows a loading state, then on failure an error with Retry, which loads the part again', async () => {
    const el = await fixture<PartHost>(testHtml`<on-demand-host></on-demand-host>`);
    const root = el.shadowRoot!;
    await waitUntil(() => part.calls.length === 1, 'the part starts loading when first rendered');
    expect(root.querySelector('[role="status"]')?.textContent).to.equal('Loading…');

    part.calls[0]!.reject(new TypeError('offline'));
    await waitUntil(() => root.querySelector('[role="alert"]'), 'the failure is shown');
    expect(root.querySelector('[role="alert"]')!.textContent).to.match(/could not be loaded/);
    expect(part.calls.length, 'no load again before Retry').to.equal(1);

    root.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await waitUntil(() => root.querySelector('[role="status"]'), 'Retry shows the loading state again');
    expect(part.calls.length).to.equal(2);
    part.calls[1]!.resolve({ greeting: 'Hello' });
    await waitUntil(() => root.querySelector('.ready'), 'the part is shown');
    expect(root.querySelector('.ready')!.textContent).to.equal('Hello');
    expect(root.querySelector('[role="alert"]')).to.equal(null);

    el.requestUpdate();
    await el.updateComplete;
    expect(part.calls.length, 'a loaded part is not imported again').to.equal(2);
  });
});
