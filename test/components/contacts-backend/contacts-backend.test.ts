import { ContextConsumer } from '@lit/context';
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import type { ContactsBackend } from '../../../src/backend/backend.js';
import { backendContext } from '../../../src/backend/context.js';
import { IndexedDBBackend } from '../../../src/backend/indexeddb/index.js';
import { isContactsError } from '../../../src/model/errors.js';
import '../../../src/components/contacts-backend/contacts-backend.js';
import type { ContactsBackendElement } from '../../../src/components/contacts-backend/contacts-backend.js';
import { person, useWorld } from '../../helpers/world.js';

/** A minimal element that reads the backend from context, as every library element does. */
@customElement('test-backend-consumer')
class TestBackendConsumer extends LitElement {
  readonly consumer = new ContextConsumer(this, { context: backendContext, subscribe: true });
  get backend(): ContactsBackend | undefined {
    return this.consumer.value;
  }
}

describe('<contacts-backend>', () => {
  const world = useWorld(() => ({ people: [person('joe', 'Joe Bloggs'), person('jane', 'Jane Doe')] }));

  it('provides the built-in IndexedDB adapter acting for viewer-id', async () => {
    const el = await fixture<ContactsBackendElement>(
      html`<contacts-backend database-name=${world.databaseName} viewer-id="joe"
        ><test-backend-consumer></test-backend-consumer
      ></contacts-backend>`,
    );
    const consumer = el.querySelector<TestBackendConsumer>('test-backend-consumer')!;
    expect(consumer.backend).to.be.instanceOf(IndexedDBBackend);
    expect((await consumer.backend!.getViewer()).displayName).to.equal('Joe Bloggs');
    el.remove();
  });

  it('re-points its elements when viewer-id changes, closing the adapter it replaced', async () => {
    const el = await fixture<ContactsBackendElement>(
      html`<contacts-backend database-name=${world.databaseName} viewer-id="joe"
        ><test-backend-consumer></test-backend-consumer
      ></contacts-backend>`,
    );
    const consumer = el.querySelector<TestBackendConsumer>('test-backend-consumer')!;
    const first = consumer.backend!;
    el.viewerId = 'jane';
    await el.updateComplete;
    expect(consumer.backend).not.to.equal(first);
    expect((await consumer.backend!.getViewer()).displayName).to.equal('Jane Doe');
    const closed = await first.getViewer().then(
      () => null,
      (error: unknown) => error,
    );
    expect(isContactsError(closed, 'storage')).to.be.true;
    el.remove();
  });

  it('provides a backend set as a property instead of the built-in one', async () => {
    const given = world.backendFor('jane');
    const el = await fixture<ContactsBackendElement>(
      html`<contacts-backend viewer-id="joe" .backend=${given}><test-backend-consumer></test-backend-consumer></contacts-backend>`,
    );
    expect(el.querySelector<TestBackendConsumer>('test-backend-consumer')!.backend).to.equal(given);
  });

  it('provides nothing without a viewer-id or a backend', async () => {
    const el = await fixture<ContactsBackendElement>(
      html`<contacts-backend><test-backend-consumer></test-backend-consumer></contacts-backend>`,
    );
    expect(el.querySelector<TestBackendConsumer>('test-backend-consumer')!.backend).to.equal(undefined);
  });
});
