import { expect, waitUntil } from '@open-wc/testing';
import { setLocale } from '../../../src/i18n/localization.js';
import { useWorld } from '../../helpers/world.js';
import type { ContactsCenter } from '../../../src/components/contacts-center/contacts-center.js';
import {
  button,
  captureDownloads,
  expectAccessible,
  mount,
  openProfile,
  profile,
  root,
  rowByName,
  rowNames,
  smallWorld,
  waitForStatus,
} from './helpers.js';

const muteGroup = (el: ContactsCenter) => profile(el).querySelector<HTMLElement>('[part~="mute"]')!;

/** The mute durations offered, in the contract's order (MUTE_DURATIONS). */
const DURATION_LABELS = ['For 1 hour', 'For 1 day', 'For 1 week', 'Until I unmute'];

describe('<contacts-center> mute and private note', () => {
  const world = useWorld(smallWorld);
  afterEach(() => setLocale('en'));

  it('mutes for the chosen time by keyboard, says so, shows it, and unmutes', async () => {
    const el = await mount(world.backend);
    await world.backend.postActivity({ kind: 'post', text: 'hello' });
    await openProfile(el, 'Jane Doe');
    const group = muteGroup(el);
    expect(group.getAttribute('role')).to.equal('group');
    const select = group.querySelector('select')!;
    expect([...select.options].map((o) => o.textContent!.trim())).to.deep.equal(DURATION_LABELS);
    select.focus();
    select.value = 'week';
    select.dispatchEvent(new Event('change'));
    await expectAccessible(el);
    button(group, 'Mute').click();
    await waitForStatus(el, 'You muted Jane Doe for 1 week.');
    const relationship = await world.backend.getRelationship('jane');
    expect(relationship.muted).to.equal(true);
    expect(relationship.mutedUntil! - Date.now()).to.be.within(604_800_000 - 60_000, 604_800_000 + 1000);
    expect(relationship.connected, 'the connection stays').to.equal(true);
    await waitUntil(() => profile(el).querySelector('[part~="relationship"]')!.textContent!.includes('Muted until'));
    expect(muteGroup(el).querySelector('select'), 'no duration to choose while muted').to.equal(null);
    button(muteGroup(el), 'Unmute').click();
    await waitForStatus(el, 'You unmuted Jane Doe.');
    expect((await world.backend.getRelationship('jane')).muted).to.equal(false);
  });

  it('bulk mutes from the selection bar, and lists muted people under the Muted filter', async () => {
    const el = await mount(world.backend);
    const select = root(el).querySelector<HTMLSelectElement>('select[part~="filter"]')!;
    expect([...select.options].map((o) => o.textContent!.trim())).to.include('Muted');
    for (const name of ['John Doe', 'Richard Roe']) rowByName(el, name).querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await el.updateComplete;
    const bar = root(el).querySelector<HTMLElement>('[part~="bulk-bar"]')!;
    button(bar, 'Mute').click();
    await waitForStatus(el, 'Muted 2 people.');
    el.filter = 'muted';
    await waitUntil(() => rowNames(el).join() === 'John Doe,Richard Roe');
    expect((await world.backend.getRelationship('john')).following, 'a mute ends no follow').to.equal(true);
    await expectAccessible(el);
  });

  it("bulk mutes for the time chosen beside the bar's Mute", async () => {
    const el = await mount(world.backend);
    for (const name of ['John Doe', 'Richard Roe']) rowByName(el, name).querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await el.updateComplete;
    const bar = root(el).querySelector<HTMLElement>('[part~="bulk-bar"]')!;
    const select = bar.querySelector<HTMLSelectElement>('[part~="bulk-mute-duration"] select')!;
    expect(select.value, 'until unmuted unless chosen').to.equal('until-unmuted');
    expect([...select.options].map((o) => o.textContent!.trim())).to.deep.equal(DURATION_LABELS);
    select.focus();
    select.value = 'day';
    select.dispatchEvent(new Event('change'));
    await expectAccessible(el);
    button(bar, 'Mute').click();
    await waitForStatus(el, 'Muted 2 people.');
    for (const id of ['john', 'richard']) {
      const r = await world.backend.getRelationship(id);
      expect(r.mutedUntil! - Date.now(), `${id} is muted for a day`).to.be.within(86_400_000 - 60_000, 86_400_000 + 1000);
    }
  });

  it('keeps a private note that only the viewer sees, refuses one too long with the draft kept, and puts it in the vCard on request', async () => {
    const el = await mount(world.backend);
    await openProfile(el, 'Richard Roe');
    await waitUntil(() => profile(el).querySelector('[part~="private-note"]'));
    const section = profile(el).querySelector<HTMLElement>('[part~="private-note"]')!;
    expect(section.textContent).to.contain('Only you can see this note.');
    const area = section.querySelector('textarea')!;
    area.value = 'We met in Osaka.';
    area.dispatchEvent(new Event('input'));
    await el.updateComplete;
    button(section, 'Save note').click();
    await waitForStatus(el, 'Private note saved.');
    expect(await world.backend.getPrivateNote('richard')).to.equal('We met in Osaka.');
    expect(await world.backendFor('richard').getPrivateNote('me')).to.equal('');
    await expectAccessible(el);

    // A note over the limit (a script can pass maxlength): refused in words beside it, the stored note unchanged.
    const long = 'x'.repeat(2001);
    const areaNow = profile(el).querySelector<HTMLTextAreaElement>('[part~="private-note-input"]')!;
    areaNow.value = long;
    areaNow.dispatchEvent(new Event('input'));
    await el.updateComplete;
    button(profile(el).querySelector<HTMLElement>('[part~="private-note"]')!, 'Save note').click();
    await waitUntil(() => profile(el).querySelector('[part~="private-note-error"]'));
    expect(profile(el).querySelector('[part~="private-note-error"]')!.getAttribute('role')).to.equal('alert');
    expect(await world.backend.getPrivateNote('richard')).to.equal('We met in Osaka.');
    areaNow.value = 'We met in Osaka.';
    areaNow.dispatchEvent(new Event('input'));
    await el.updateComplete;

    const downloads = captureDownloads();
    try {
      button(profile(el), 'vCard').click();
      await waitForStatus(el, "Downloaded Richard Roe's vCard.");
      const checkbox = profile(el).querySelector<HTMLInputElement>('[part~="private-note-vcard"]')!;
      checkbox.click();
      await el.updateComplete;
      button(profile(el), 'vCard').click();
      await waitUntil(async () => (await downloads.downloads()).length === 2);
      const [without, withNote] = await downloads.downloads();
      expect(without!.text).to.contain('NOTE:Met at the conference.');
      expect(without!.text).not.to.contain('Osaka');
      expect(withNote!.text.replace(/\r\n[ \t]/g, '')).to.contain('NOTE:Met at the conference.\\n\\nWe met in Osaka.');
    } finally {
      downloads.restore();
    }
  });

  it('speaks Japanese', async () => {
    await setLocale('ja');
    const el = await mount(world.backend);
    await openProfile(el, 'Jane Doe');
    const group = muteGroup(el);
    group.querySelector('select')!.value = 'day';
    group.querySelector('select')!.dispatchEvent(new Event('change'));
    button(group, 'ミュート').click();
    await waitForStatus(el, 'Jane Doeさんを1日ミュートしました。');
    await waitUntil(() => profile(el).querySelector('[part~="private-note"]'));
    expect(profile(el).querySelector('[part~="private-note"]')!.textContent).to.contain('このメモはあなただけが見られます。');
    await expectAccessible(el);
  });
});
