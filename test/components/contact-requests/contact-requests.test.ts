import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../activity-feed/wait.js';
import '../../../src/components/activity-feed/activity-feed.js';
import type { ActivityFeed } from '../../../src/components/activity-feed/activity-feed.js';
import '../../../src/components/contact-requests/contact-requests.js';
import type { ContactRequests } from '../../../src/components/contact-requests/contact-requests.js';
import { person, useWorld } from '../../helpers/world.js';
import { labels, settled as feedSettled, summaries } from '../activity-feed/dom.js';
import { announcement, button, names, part, section, settled } from './dom.js';

describe('<contact-requests> on IndexedDB', () => {
  const world = useWorld(() => ({
    people: [
      person('jane', 'Jane Doe', { jobTitle: 'Designer' }),
      person('joe', 'Joe Bloggs', { jobTitle: 'Engineer' }),
      person('richard', 'Richard Roe', { jobTitle: 'Analyst' }),
    ],
  }));

  async function requestsFor(viewerId: string, compact = false): Promise<ContactRequests> {
    const el = await fixture<ContactRequests>(html`<contact-requests ?compact=${compact} .backend=${world.backendFor(viewerId)}></contact-requests>`);
    await settled(el);
    return el;
  }

  async function feedFor(viewerId: string, personId?: string): Promise<ActivityFeed> {
    const el = await fixture<ActivityFeed>(html`<activity-feed .personId=${personId} .backend=${world.backendFor(viewerId)}></activity-feed>`);
    await feedSettled(el);
    return el;
  }

  it('two viewers: a request arrives live, Accept connects both sides everywhere at once', async () => {
    const recipient = await requestsFor('jane');
    const sender = await requestsFor('joe');
    const recipientBadge = await requestsFor('jane', true);
    const recipientOwn = await feedFor('jane', 'jane');
    const recipientFeed = await feedFor('jane');
    const senderFeed = await feedFor('joe');
    expect(names(recipient, 'incoming')).to.deep.equal([]);

    // Joe asks from his own session (another adapter instance on the same database).
    const joe = world.backendFor('joe');
    await joe.requestConnection('jane');
    await waitUntil(() => names(recipient, 'incoming').length === 1, 'the request did not arrive live', { timeout: 5_000 });
    expect(names(recipient, 'incoming')).to.deep.equal(['Joe Bloggs']);
    expect(section(recipient, 'incoming').querySelector('[part="job"]')!.textContent).to.equal('Engineer');
    await waitUntil(() => names(sender, 'outgoing').join() === 'Jane Doe', 'the sender did not see the sent request');
    await waitUntil(() => part(recipientBadge, 'trigger')!.getAttribute('aria-label') === 'Connection requests, 1 pending', 'the badge did not count it');

    button(recipient, 'incoming', 'Joe Bloggs', 'Accept').click();
    await waitUntil(() => announcement(recipient) === 'You are now connected with Joe Bloggs.', 'no announcement');
    await waitUntil(() => names(sender, 'outgoing').length === 0, "the sender's sent list did not empty live", { timeout: 5_000 });
    expect(section(sender, 'outgoing').querySelector('[part="empty"]')).to.exist;
    await waitUntil(() => part(recipientBadge, 'trigger')!.getAttribute('aria-label') === 'Connection requests, none pending', 'the badge did not clear');

    const jane = world.backendFor('jane');
    expect((await jane.getRelationship('joe')).connected).to.be.true;
    expect((await joe.getRelationship('jane')).connected).to.be.true;
    expect((await jane.getCounts()).connections).to.equal(1);
    expect((await joe.getCounts()).connections).to.equal(1);
    expect((await jane.getCounts()).incoming).to.equal(0);
    expect((await joe.getCounts()).outgoing).to.equal(0);

    // The adapter records a 'connected' activity by each side: both network feeds show the other's live,
    // and the recipient's own activity (as their profile shows it) has theirs.
    await waitUntil(() => summaries(senderFeed).includes('connected with you'), "the sender's feed did not show the connection", { timeout: 5_000 });
    expect(labels(senderFeed)[summaries(senderFeed).indexOf('connected with you')]).to.equal('Jane Doe');
    await waitUntil(() => summaries(recipientFeed).includes('connected with you'), "the recipient's feed did not show the connection", { timeout: 5_000 });
    expect(labels(recipientFeed)[summaries(recipientFeed).indexOf('connected with you')]).to.equal('Joe Bloggs');
    await waitUntil(() => summaries(recipientOwn).includes('connected with Joe Bloggs'), "the recipient's activity did not show it", { timeout: 5_000 });
    await expect(recipient).to.be.accessible();
  });

  it('declines: the request goes, the sender can ask again', async () => {
    const richard = world.backendFor('richard');
    await richard.requestConnection('jane');
    const el = await requestsFor('jane');
    expect(names(el, 'incoming')).to.deep.equal(['Richard Roe']);
    button(el, 'incoming', 'Richard Roe', 'Decline').click();
    await waitUntil(() => announcement(el) === "Declined Richard Roe's request.");
    await waitUntil(() => names(el, 'incoming').length === 0);
    const relationship = await richard.getRelationship('jane');
    expect(relationship.connected).to.be.false;
    expect(relationship.requestSent).to.be.false;
    expect(section(el, 'incoming').querySelector('[part="empty"]')!.textContent).to.equal('No pending requests.');
  });

  it('cancels a sent request, and the recipient sees it go live', async () => {
    await world.backendFor('jane').requestConnection('joe');
    const el = await requestsFor('jane');
    const recipient = await requestsFor('joe');
    expect(names(el, 'outgoing')).to.deep.equal(['Joe Bloggs']);
    expect(names(recipient, 'incoming')).to.deep.equal(['Jane Doe']);
    const action = new Promise<CustomEvent>((resolve) => el.addEventListener('cc-action', resolve, { once: true }));
    button(el, 'outgoing', 'Joe Bloggs', 'Cancel request').click();
    const { detail } = await action;
    expect(detail.action).to.equal('cancel-request');
    expect(detail.personIds).to.deep.equal(['joe']);
    expect(detail.relationship.requestSent).to.be.false;
    await waitUntil(() => announcement(el) === 'Cancelled your request to Joe Bloggs.');
    await waitUntil(() => names(recipient, 'incoming').length === 0, 'the recipient still sees it', { timeout: 5_000 });
    expect((await world.backendFor('joe').getCounts()).incoming).to.equal(0);
  });

  it('a request withdrawn in another session leaves the list, and accepting the stale row connects no one', async () => {
    const richard = world.backendFor('richard');
    await richard.requestConnection('jane');
    const el = await requestsFor('jane');
    // Whether the withdrawal's notification or the click arrives first, the row must go and no connection form.
    const accept = button(el, 'incoming', 'Richard Roe', 'Accept');
    await richard.cancelRequest('jane');
    accept.click();
    await waitUntil(() => names(el, 'incoming').length === 0, 'the stale row stayed', { timeout: 5_000 });
    expect((await world.backendFor('jane').getRelationship('richard')).connected).to.be.false;
  });

  it('compact mode counts and lists pending requests from storage', async () => {
    await world.backendFor('joe').requestConnection('jane');
    await world.backendFor('richard').requestConnection('jane');
    const el = await requestsFor('jane', true);
    await waitUntil(() => part(el, 'trigger')!.getAttribute('aria-label') === 'Connection requests, 2 pending');
    el.open();
    await waitUntil(() => part(el, 'popover')!.matches(':popover-open'));
    expect(names(el, 'incoming').sort()).to.deep.equal(['Joe Bloggs', 'Richard Roe']);
    await expect(el).to.be.accessible();
  });
});
