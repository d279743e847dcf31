import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../activity-feed/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import type { Page, RelationshipCounts, RequestEntry } from '../../../src/backend/backend.js';
import '../../../src/components/contact-requests/contact-requests.js';
import type { ContactRequests } from '../../../src/components/contact-requests/contact-requests.js';
import { ContactsError } from '../../../src/model/errors.js';
import { toPerson, type Person } from '../../../src/model/person.js';
import { NO_RELATIONSHIP, type Relationship } from '../../../src/model/relationship.js';
import { deferred, stubBackend } from '../activity-feed/stub-backend.js';
import { announcement, button, names, part, row, section, settled } from './dom.js';

const joe = toPerson({ id: 'joe', displayName: 'Joe Bloggs', jobTitle: 'Engineer' });
const richard = toPerson({ id: 'richard', displayName: 'Richard Roe' });
const jane = toPerson({ id: 'jane', displayName: 'Jane Doe' });

function request(from: Person, to: string, createdAt = Date.now()): RequestEntry {
  return { request: { id: `${from.id}->${to}`, fromId: from.id, toId: to, status: 'pending', createdAt }, person: from };
}

function pageOf(entries: RequestEntry[], options: { cursor?: string | null; limit?: number } = {}): Promise<Page<RequestEntry>> {
  const start = options.cursor ? Number(options.cursor) : 0;
  const limit = options.limit ?? 20;
  return Promise.resolve({
    items: entries.slice(start, start + limit),
    next: start + limit < entries.length ? String(start + limit) : null,
  });
}

function counts(incoming: number): Promise<RelationshipCounts> {
  return Promise.resolve({ connections: 0, following: 0, followers: 0, incoming, outgoing: 0, blocked: 0 });
}

/** A stub over mutable lists, where accept/decline/cancel remove the request. */
function requestsStub(incoming: RequestEntry[], outgoing: RequestEntry[] = [], extra: Parameters<typeof stubBackend>[0] = {}) {
  const remove = (list: RequestEntry[], id: string) =>
    list.splice(
      list.findIndex((e) => e.person.id === id),
      1,
    );
  return stubBackend({
    listRequests: (direction, options) => pageOf(direction === 'incoming' ? incoming : outgoing, options),
    getCounts: () => counts(incoming.length),
    acceptRequest: (id) => (remove(incoming, id), Promise.resolve({ ...NO_RELATIONSHIP, connected: true })),
    declineRequest: (id) => (remove(incoming, id), Promise.resolve({ ...NO_RELATIONSHIP })),
    cancelRequest: (id) => (remove(outgoing, id), Promise.resolve({ ...NO_RELATIONSHIP })),
    ...extra,
  });
}

describe('<contact-requests> (stub backend)', () => {
  it('shows loading, then both lists with name, job title and time', async () => {
    const gate = deferred<Page<RequestEntry>>();
    const backend = requestsStub([], [request(jane, 'me')], {
      listRequests: (direction, options) => (direction === 'incoming' ? gate.promise : pageOf([request(richard, 'me')], options)),
    });
    const el = await fixture<ContactRequests>(html`<contact-requests .backend=${backend}></contact-requests>`);
    expect(section(el, 'incoming').getAttribute('aria-busy')).to.equal('true');
    expect(section(el, 'incoming').querySelector('[part="loading"]')!.textContent).to.equal('Loading requests…');
    gate.resolve({ items: [request(joe, 'me', Date.now() - 3 * 60_000)], next: null });
    await settled(el);
    expect(names(el, 'incoming')).to.deep.equal(['Joe Bloggs']);
    expect(names(el, 'outgoing')).to.deep.equal(['Richard Roe']);
    const joeRow = row(el, 'incoming', 'Joe Bloggs')!;
    expect(joeRow.querySelector('[part="job"]')!.textContent).to.equal('Engineer');
    expect(joeRow.querySelector('time')!.textContent!.trim()).to.equal('3 minutes ago');
    expect(section(el, 'incoming').querySelector('h2')!.textContent).to.equal('Requests for you');
    expect(section(el, 'outgoing').querySelector('h2')!.textContent).to.equal('Sent requests');
    const accept = button(el, 'incoming', 'Joe Bloggs', 'Accept');
    expect(el.shadowRoot!.getElementById(accept.getAttribute('aria-describedby')!)!.textContent).to.equal('Joe Bloggs');
    await expect(el).to.be.accessible();
  });

  it('shows empty states', async () => {
    const el = await fixture<ContactRequests>(html`<contact-requests .backend=${requestsStub([], [])}></contact-requests>`);
    await settled(el);
    expect(section(el, 'incoming').querySelector('[part="empty"]')!.textContent).to.equal('No pending requests.');
    expect(section(el, 'outgoing').querySelector('[part="empty"]')!.textContent).to.equal('No sent requests are pending.');
    await expect(el).to.be.accessible();
  });

  it('disables a row while its action is pending, then announces the result and emits cc-action', async () => {
    const gate = deferred<Relationship>();
    const backend = requestsStub([request(joe, 'me'), request(richard, 'me')], [], { acceptRequest: () => gate.promise });
    const el = await fixture<ContactRequests>(html`<contact-requests .backend=${backend}></contact-requests>`);
    await settled(el);
    const accept = button(el, 'incoming', 'Joe Bloggs', 'Accept');
    accept.focus();
    accept.click();
    await el.updateComplete;
    expect(accept.disabled).to.be.true;
    expect(button(el, 'incoming', 'Joe Bloggs', 'Decline').disabled).to.be.true;
    expect(button(el, 'incoming', 'Richard Roe', 'Accept').disabled).to.be.false;
    const action = oneEvent(el, 'cc-action');
    gate.resolve({ ...NO_RELATIONSHIP, connected: true });
    const { detail } = await action;
    expect(detail).to.deep.equal({ action: 'accept', personIds: ['joe'], relationship: { ...NO_RELATIONSHIP, connected: true } });
    await el.updateComplete;
    expect(announcement(el)).to.equal('You are now connected with Joe Bloggs.');
    expect(part(el, 'announcement')!.getAttribute('aria-live')).to.equal('polite');
    expect(names(el, 'incoming')).to.deep.equal(['Richard Roe']);
    // Focus moves to the next row rather than being lost with the removed one.
    expect(el.shadowRoot!.activeElement).to.equal(button(el, 'incoming', 'Richard Roe', 'Accept'));
  });

  it('shows a failed action in words and emits cc-error', async () => {
    const backend = requestsStub([request(joe, 'me')], [], {
      declineRequest: () => Promise.reject(new ContactsError('not-found', 'That request no longer exists.')),
    });
    const el = await fixture<ContactRequests>(html`<contact-requests .backend=${backend}></contact-requests>`);
    await settled(el);
    const error = oneEvent(el, 'cc-error');
    button(el, 'incoming', 'Joe Bloggs', 'Decline').click();
    const { detail } = await error;
    expect(detail.action).to.equal('decline');
    expect(detail.personIds).to.deep.equal(['joe']);
    await el.updateComplete;
    expect(part(el, 'action-error')!.textContent).to.equal('That request no longer exists.');
    expect(part(el, 'action-error')!.getAttribute('role')).to.equal('alert');
    expect(announcement(el)).to.equal('');
  });

  it('shows a load error with "Try again"', async () => {
    let fail = true;
    const backend = requestsStub([request(joe, 'me')], [], {});
    const real = backend.listRequests.bind(backend);
    const flaky = stubBackend({
      listRequests: (direction, options) =>
        fail && direction === 'incoming' ? Promise.reject(new Error('offline')) : real(direction, options),
      getCounts: () => counts(1),
    });
    const el = await fixture<ContactRequests>(html`<contact-requests .backend=${flaky}></contact-requests>`);
    await settled(el);
    const incoming = section(el, 'incoming');
    expect(incoming.querySelector('[part="error"]')!.textContent).to.contain('Something went wrong');
    await expect(el).to.be.accessible();
    fail = false;
    incoming.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await waitUntil(() => names(el, 'incoming').length === 1);
    expect(incoming.querySelector('[part="error"]')).to.equal(null);
  });

  it('pages long lists with "Show more"', async () => {
    const many = Array.from({ length: 7 }, (_, i) =>
      request(toPerson({ id: `p${i}`, displayName: `Person ${i}` }), 'me', Date.now() - i * 1000),
    );
    const el = await fixture<ContactRequests>(html`<contact-requests page-size="3" .backend=${requestsStub(many)}></contact-requests>`);
    await settled(el);
    expect(names(el, 'incoming')).to.have.length(3);
    for (const expected of [6, 7]) {
      section(el, 'incoming').querySelector<HTMLButtonElement>('[part="more"]')!.click();
      await waitUntil(() => names(el, 'incoming').length === expected);
    }
    expect(new Set(names(el, 'incoming')).size).to.equal(7);
    expect(section(el, 'incoming').querySelector('[part="more"]')).to.equal(null);
  });

  describe('compact', () => {
    it('names the pending count on the button, singular and plural', async () => {
      const incoming = [request(joe, 'me')];
      const backend = requestsStub(incoming);
      const el = await fixture<ContactRequests>(html`<contact-requests compact .backend=${backend}></contact-requests>`);
      await waitUntil(() => part(el, 'trigger')!.getAttribute('aria-label') === 'Connection requests, 1 pending', 'singular');
      expect(part(el, 'badge')!.textContent).to.equal('1');
      incoming.push(request(richard, 'me'), request(jane, 'me'));
      backend.notify({ topics: ['requests'], personIds: [] });
      await waitUntil(() => part(el, 'trigger')!.getAttribute('aria-label') === 'Connection requests, 3 pending', 'plural');
      await expect(el).to.be.accessible();
    });

    it('opens a popover, moves focus into it, and Escape closes it and returns focus', async () => {
      const el = await fixture<ContactRequests>(
        html`<contact-requests compact .backend=${requestsStub([request(joe, 'me')])}></contact-requests>`,
      );
      await settled(el);
      const trigger = part(el, 'trigger') as HTMLButtonElement;
      const popover = part(el, 'popover')!;
      expect(popover.matches(':popover-open')).to.be.false;
      trigger.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => popover.matches(':popover-open'), 'did not open');
      await waitUntil(() => popover.contains(el.shadowRoot!.activeElement), 'focus did not move in');
      expect(popover.getAttribute('role')).to.equal('dialog');
      expect(trigger.getAttribute('popovertarget')).to.equal(popover.id);
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Close');
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !popover.matches(':popover-open'), 'did not close');
      await waitUntil(() => el.shadowRoot!.activeElement === trigger, 'focus did not return');
    });

    it('acts from inside the popover, keeping it open', async () => {
      const el = await fixture<ContactRequests>(
        html`<contact-requests compact .backend=${requestsStub([request(joe, 'me'), request(richard, 'me')])}></contact-requests>`,
      );
      await settled(el);
      el.open();
      const popover = part(el, 'popover')!;
      await waitUntil(() => popover.matches(':popover-open'));
      button(el, 'incoming', 'Richard Roe', 'Decline').click();
      await waitUntil(() => announcement(el) === "You declined Richard Roe's connection request.");
      expect(popover.matches(':popover-open')).to.be.true;
      await waitUntil(() => part(el, 'trigger')!.getAttribute('aria-label') === 'Connection requests, 1 pending');
      el.close();
      await waitUntil(() => !popover.matches(':popover-open'));
    });
  });
});
