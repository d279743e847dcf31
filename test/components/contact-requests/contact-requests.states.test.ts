import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../activity-feed/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import type { WorldRequest } from '../../../src/backend/world.js';
import '../../../src/components/contact-requests/contact-requests.js';
import type { ContactRequests } from '../../../src/components/contact-requests/contact-requests.js';
import { ContactsError } from '../../../src/model/errors.js';
import type { PersonInput } from '../../../src/model/person.js';
import { NO_RELATIONSHIP } from '../../../src/model/relationship.js';
import { deferred, memoryBackend, wrapBackend } from '../../helpers/backend.js';
import { person } from '../../helpers/world.js';
import { announcement, button, names, part, row, section, settled } from './dom.js';

const PEOPLE = [
  person('me', 'Mary Major'),
  person('joe', 'Joe Bloggs', { jobTitle: 'Engineer' }),
  person('richard', 'Richard Roe'),
  person('jane', 'Jane Doe'),
];

/**
 * An in-memory adapter for "me" with pending requests from `incoming` (the first the newest) and to `outgoing`.
 * `extra` adds people to the world.
 */
function requestsBackend(incoming: string[], outgoing: string[] = [], extra: PersonInput[] = []) {
  const now = Date.now();
  const requests: WorldRequest[] = [
    ...incoming.map((fromId, i) => ({ fromId, toId: 'me', createdAt: now - i * 1000 })),
    ...outgoing.map((toId, i) => ({ fromId: 'me', toId, createdAt: now - i * 1000 })),
  ];
  return memoryBackend({ people: [...PEOPLE, ...extra], requests });
}

describe('<contact-requests> (in-memory backend)', () => {
  it('shows loading, then both lists with name, job title and time', async () => {
    const gate = deferred();
    const real = memoryBackend({
      people: PEOPLE,
      requests: [
        { fromId: 'joe', toId: 'me', createdAt: Date.now() - 3 * 60_000 },
        { fromId: 'me', toId: 'richard' },
      ],
    });
    const backend = wrapBackend(real, {
      listRequests: (direction, options) =>
        direction === 'incoming' ? gate.promise.then(() => real.listRequests(direction, options)) : real.listRequests(direction, options),
    });
    const el = await fixture<ContactRequests>(html`<contact-requests .backend=${backend}></contact-requests>`);
    expect(section(el, 'incoming').getAttribute('aria-busy')).to.equal('true');
    expect(section(el, 'incoming').querySelector('[part="loading"]')!.textContent).to.equal('Loading requests…');
    gate.resolve();
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
    const el = await fixture<ContactRequests>(html`<contact-requests .backend=${requestsBackend([], [])}></contact-requests>`);
    await settled(el);
    expect(section(el, 'incoming').querySelector('[part="empty"]')!.textContent).to.equal('No pending requests.');
    expect(section(el, 'outgoing').querySelector('[part="empty"]')!.textContent).to.equal('No sent requests are pending.');
    await expect(el).to.be.accessible();
  });

  it('disables a row while its action is pending, then announces the result and emits cc-action', async () => {
    const gate = deferred();
    const real = requestsBackend(['joe', 'richard']);
    const backend = wrapBackend(real, { acceptRequest: (id) => gate.promise.then(() => real.acceptRequest(id)) });
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
    gate.resolve();
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
    const backend = wrapBackend(requestsBackend(['joe']), {
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
    const real = requestsBackend(['joe']);
    const flaky = wrapBackend(real, {
      listRequests: (direction, options) =>
        fail && direction === 'incoming' ? Promise.reject(new Error('offline')) : real.listRequests(direction, options),
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
    const many = Array.from({ length: 7 }, (_, i) => person(`p${i}`, `Person ${i}`));
    const backend = requestsBackend(
      many.map((p) => p.id),
      [],
      many,
    );
    const el = await fixture<ContactRequests>(html`<contact-requests page-size="3" .backend=${backend}></contact-requests>`);
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
      const backend = requestsBackend(['joe']);
      const el = await fixture<ContactRequests>(html`<contact-requests compact .backend=${backend}></contact-requests>`);
      await waitUntil(() => part(el, 'trigger')!.getAttribute('aria-label') === 'Connection requests, 1 pending', 'singular');
      expect(part(el, 'badge')!.textContent).to.equal('1');
      await backend.world.backendFor('richard').requestConnection('me');
      await backend.world.backendFor('jane').requestConnection('me');
      await waitUntil(() => part(el, 'trigger')!.getAttribute('aria-label') === 'Connection requests, 3 pending', 'plural');
      await expect(el).to.be.accessible();
    });

    it('opens a popover, moves focus into it, and Escape closes it and returns focus', async () => {
      const el = await fixture<ContactRequests>(html`<contact-requests compact .backend=${requestsBackend(['joe'])}></contact-requests>`);
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
        html`<contact-requests compact .backend=${requestsBackend(['joe', 'richard'])}></contact-requests>`,
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
