import { expect, waitUntil } from '@open-wc/testing';
import { MemoryWorld } from '../../../src/backend/memory/index.js';
import { AVATAR_IMAGE, AvatarImageError, avatarFromFile } from '../../../src/components/contacts-center/avatar-image.js';
import type { ContactsCenter } from '../../../src/components/contacts-center/contacts-center.js';
import { button, expectAccessible, mount, openDialog, root, rowNames, smallWorld } from './helpers.js';

const form = (el: ContactsCenter) => root(el).querySelector<HTMLFormElement>('#person-form');
const field = (el: ContactsCenter, id: string) => root(el).querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${CSS.escape(id)}`)!;

function type(el: ContactsCenter, id: string, value: string): void {
  const input = field(el, id);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/** The id of the input the form made for the first entry of a list (`emails-12`). */
const firstEntry = (el: ContactsCenter, list: string) =>
  root(el).querySelector<HTMLInputElement>(`input[id^="${list}-"]:not([id$="-type"])`)!.id;

async function openForm(el: ContactsCenter, name: string): Promise<void> {
  button(root(el), name).click();
  await waitUntil(() => form(el), 'the form did not open');
  await el.updateComplete;
}

async function pngOf(width: number, height: number): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d')!;
  for (let x = 0; x < width; x += 7) {
    context.fillStyle = `hsl(${x % 360} 80% 50%)`;
    context.fillRect(x, 0, 7, height);
  }
  return new Promise((resolve) => canvas.toBlob((blob) => resolve(blob!), 'image/png'));
}

describe('<contacts-center> person form', () => {
  it('edits the viewer’s profile: each bad field gets its message beside it, nothing is saved until all are fixed', async () => {
    const world = new MemoryWorld(smallWorld());
    const backend = world.backendFor('me');
    const el = await mount(backend);
    await openForm(el, 'Edit profile');
    expect(root(el).activeElement?.id).to.equal('editor-heading');
    expect(field(el, 'displayName').value).to.equal('Mary Major');
    expect(field(el, 'jobTitle').value).to.equal('Editor');
    await expectAccessible(el);

    type(el, 'displayName', ' \u200b ');
    button(root(el), 'Add an email').click();
    button(root(el), 'Add a website').click();
    await el.updateComplete;
    const email = firstEntry(el, 'emails');
    const url = firstEntry(el, 'urls');
    type(el, email, 'mary.example.com');
    type(el, url, 'javascript:alert(1)');
    type(el, 'birthday', '1 April');
    const before = await backend.getViewer();
    button(root(el), 'Save').click();
    await waitUntil(() => field(el, 'displayName').getAttribute('aria-invalid') === 'true', 'no message');
    for (const id of ['displayName', email, url, 'birthday']) {
      const input = field(el, id);
      expect(input.getAttribute('aria-invalid'), id).to.equal('true');
      const message = root(el).getElementById(`${id}-error`);
      expect(message, id).to.exist;
      expect(input.getAttribute('aria-describedby')!.split(' ')).to.include(`${id}-error`);
    }
    expect(root(el).getElementById('displayName-error')!.textContent).to.equal('Enter the name to show.');
    expect(root(el).getElementById(`${url}-error`)!.textContent).to.equal('Enter a web address starting with https://.');
    expect(root(el).activeElement?.id, 'focus on the first field in error').to.equal('displayName');
    expect(await backend.getViewer()).to.deep.equal(before);
    await expectAccessible(el);

    type(el, 'displayName', 'Mary Major-Minor');
    await el.updateComplete;
    expect(root(el).getElementById('displayName-error'), 'a fixed field loses its message').to.equal(null);
    type(el, 'phoneticName', 'めありー');
    type(el, email, 'mary@example.com');
    type(el, url, 'https://mary.example.com/');
    type(el, 'birthday', '--04-01');
    type(el, 'note', 'I edit books.');
    const jane = await mount(world.backendFor('jane'));
    button(root(el), 'Save').click();
    await waitUntil(() => !form(el), 'the form did not close');
    const saved = await backend.getViewer();
    expect(saved).to.include({ displayName: 'Mary Major-Minor', phoneticName: 'めありー', birthday: '--04-01', note: 'I edit books.' });
    expect(saved.emails).to.deep.equal([{ type: 'home', value: 'mary@example.com' }]);
    expect(saved.urls).to.deep.equal(['https://mary.example.com/']);
    await waitUntil(
      () => root(el).querySelector('[part~="viewer-name"]')?.textContent === 'Mary Major-Minor',
      'the home view did not update',
    );
    await waitUntil(() => rowNames(jane).includes('Mary Major-Minor'), 'another viewer’s list did not update live');
  });

  it('Escape and Cancel leave without saving, and focus goes back to Edit profile', async () => {
    const backend = new MemoryWorld(smallWorld()).backendFor('me');
    const el = await mount(backend);
    await openForm(el, 'Edit profile');
    type(el, 'displayName', 'Someone Else');
    field(el, 'displayName').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await waitUntil(() => !form(el), 'Escape did not close the form');
    await waitUntil(() => root(el).activeElement?.classList.contains('edit-profile'), 'focus did not go back');
    expect((await backend.getViewer()).displayName).to.equal('Mary Major');
  });

  it('adds, edits and deletes a personal contact through the same form', async () => {
    const backend = new MemoryWorld(smallWorld()).backendFor('me');
    const el = await mount(backend);
    await openForm(el, 'New contact');
    expect(root(el).querySelector('#editor-heading')!.textContent).to.equal('New contact');
    type(el, 'displayName', 'Pat Plumber');
    type(el, 'note', 'Fixed the boiler.');
    button(root(el), 'Save').click();
    await waitUntil(() => root(el).querySelector('#profile-name')?.textContent?.trim() === 'Pat Plumber', 'the new contact did not open');
    const id = el.personId!;
    expect((await backend.getPerson(id)).note).to.equal('Fixed the boiler.');
    await waitUntil(() => rowNames(el).includes('Pat Plumber'), 'the list did not update');

    await openForm(el, 'Edit or delete');
    expect(root(el).querySelector('#editor-heading')!.textContent).to.equal('Edit contact');
    type(el, 'displayName', 'Pat Pipes');
    button(root(el), 'Save').click();
    await waitUntil(() => root(el).querySelector('#profile-name')?.textContent?.trim() === 'Pat Pipes', 'the edit did not show');

    await openForm(el, 'Edit or delete');
    button(root(el), 'Delete contact').click();
    const dialog = await openDialog(el);
    button(dialog, 'Delete').click();
    await waitUntil(() => el.personId === null, 'the profile did not close');
    await waitUntil(() => !rowNames(el).includes('Pat Pipes'), 'the row did not go');
    const rest = await backend.searchPeople({ filter: 'mine' });
    expect(rest.items).to.deep.equal([]);
  });

  it('an image file becomes a small JPEG avatar; a file that is no image is refused', async () => {
    const url = await avatarFromFile(await pngOf(1200, 800));
    expect(url.startsWith('data:image/jpeg;base64,')).to.equal(true);
    expect(url.length).to.be.at.most(AVATAR_IMAGE.maxChars);
    const image = new Image();
    image.src = url;
    await image.decode();
    expect([image.naturalWidth, image.naturalHeight]).to.deep.equal([AVATAR_IMAGE.size, AVATAR_IMAGE.size]);
    const tiny = await avatarFromFile(await pngOf(1200, 800), { size: 256, maxChars: 4000 });
    expect(tiny.length, 'a tight cap is met by lower quality or size').to.be.at.most(4000);
    let failure: unknown;
    try {
      await avatarFromFile(new Blob(['not a picture'], { type: 'image/png' }));
    } catch (error) {
      failure = error;
    }
    expect(failure).to.be.instanceOf(AvatarImageError);
    expect((failure as AvatarImageError).failure).to.equal('not-an-image');
  });
});
