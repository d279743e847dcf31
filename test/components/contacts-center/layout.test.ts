import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { ContactsCenter } from '../../../src/components/contacts-center/contacts-center.js';
import { useWorld } from '../../helpers/world.js';
import { listSettled, openProfile, root, smallWorld } from './helpers.js';

describe('<contacts-center> layout', () => {
  const world = useWorld(smallWorld);

  for (const width of [1000, 500]) {
    it(`keeps an open profile inside an element of fixed height, scrolling it (${width}px wide)`, async () => {
      const el = await fixture<ContactsCenter>(
        html`<contacts-center .backend=${world.backendFor('me')} filter="all" style="width:${width}px; height:260px"></contacts-center>`,
      );
      await waitUntil(() => listSettled(el), 'the list did not load');
      await openProfile(el, 'Richard Roe');
      const pane = root(el).querySelector<HTMLElement>('[part="profile-pane"]')!;
      const host = el.getBoundingClientRect();
      const box = pane.getBoundingClientRect();
      expect(box.bottom, 'the pane ends inside the element').to.be.at.most(host.bottom + 1);
      expect(pane.scrollHeight, 'the profile is taller than the pane').to.be.greaterThan(pane.clientHeight);
      // Its last action can be scrolled to.
      const actions = [...pane.querySelectorAll<HTMLElement>('[part~="action"]')];
      actions.at(-1)!.scrollIntoView({ block: 'end' });
      expect(actions.at(-1)!.getBoundingClientRect().bottom).to.be.at.most(host.bottom + 1);
    });
  }
});
