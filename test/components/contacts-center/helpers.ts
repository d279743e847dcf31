import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ContactsBackend } from '../../../src/backend/backend.js';
import type { WorldData } from '../../../src/backend/indexeddb/index.js';
import { person } from '../../helpers/world.js';
import '../../../src/components/contacts-center/contacts-center.js';
import type { ContactsCenter } from '../../../src/components/contacts-center/contacts-center.js';

/** Mounts a <contacts-center> on `backend`, wide enough for two panes, and waits for its first list. */
export async function mount(
  backend: ContactsBackend,
  options: { width?: number; personId?: string; filter?: string; pageSize?: number } = {},
): Promise<ContactsCenter> {
  const el = await fixture<ContactsCenter>(
    html`<contacts-center
      .backend=${backend}
      person-id=${ifDefined(options.personId)}
      filter=${options.filter ?? 'all'}
      page-size=${options.pageSize ?? 100}
      style="width:${options.width ?? 1000}px; --cc-list-height: 420px"
    ></contacts-center>`,
  );
  await waitUntil(() => listSettled(el), 'the list did not load', { timeout: 5000 });
  return el;
}

/** The element's shadow root. */
export function root(el: ContactsCenter): ShadowRoot {
  return el.shadowRoot!;
}

/** The list shows rows, an empty message or an error (not "Loading"). */
export function listSettled(el: ContactsCenter): boolean {
  const r = root(el);
  return !!r.querySelector('[role="row"], [part~="empty"], [part~="list-error"]') && !r.querySelector('.grid[aria-busy="true"]');
}

/** Rendered rows, in list order. */
export function rows(el: ContactsCenter): HTMLElement[] {
  return [...root(el).querySelectorAll<HTMLElement>('[role="row"]')].sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index));
}

/** Names on the rendered rows, in list order. */
export function rowNames(el: ContactsCenter): string[] {
  return rows(el).map((r) => r.querySelector('[part~="name"]')!.textContent!.trim());
}

export function rowByName(el: ContactsCenter, name: string): HTMLElement {
  const row = rows(el).find((r) => r.querySelector('[part~="name"]')!.textContent!.trim() === name);
  if (!row) throw new Error(`no row for ${name}; rows: ${rowNames(el).join(', ')}`);
  return row;
}

export function badgeOf(row: HTMLElement): string {
  return row.querySelector('[part~="badge"]')?.textContent?.trim() ?? '';
}

/** The accessible-ish name of a button: aria-label, else its trimmed text. */
function nameOf(button: HTMLElement): string {
  return (button.getAttribute('aria-label') ?? button.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Buttons named exactly `name` within `scope`. */
export function buttons(scope: ParentNode, name: string): HTMLButtonElement[] {
  return [...scope.querySelectorAll<HTMLButtonElement>('button')].filter((b) => nameOf(b) === name);
}

/** The one button named `name` within `scope` (a part of the element, or its shadow root). */
export function button(scope: ParentNode, name: string): HTMLButtonElement {
  const found = buttons(scope, name);
  if (found.length !== 1) {
    const all = [...scope.querySelectorAll('button')].map(nameOf).join(' | ');
    throw new Error(`expected one "${name}" button, found ${found.length}; buttons: ${all}`);
  }
  return found[0]!;
}

/** Names of the profile's action buttons, in order. */
export function actionNames(el: ContactsCenter): string[] {
  return [...profile(el).querySelectorAll<HTMLButtonElement>('[part~="actions"] button')].map(nameOf);
}

export function profile(el: ContactsCenter): HTMLElement {
  const section = root(el).querySelector<HTMLElement>('[part~="profile"]');
  if (!section) throw new Error('no profile is open');
  return section;
}

export function statusText(el: ContactsCenter): string {
  return root(el).querySelector('[role="status"]')!.textContent!.trim();
}

export function alertText(el: ContactsCenter): string {
  return root(el).querySelector('[role="alert"]')!.textContent!.trim();
}

export async function waitForStatus(el: ContactsCenter, text: string): Promise<void> {
  try {
    await waitUntil(() => statusText(el) === text, undefined, { timeout: 5000 });
  } catch {
    throw new Error(`status never said "${text}" (it says "${statusText(el)}"; alert: "${alertText(el)}")`);
  }
}

/** Opens `name`'s profile by clicking their row, and waits for its relationship to load. */
export async function openProfile(el: ContactsCenter, name: string): Promise<HTMLElement> {
  rowByName(el, name).querySelector<HTMLElement>('[part~="name"]')!.click();
  await waitUntil(
    () => root(el).querySelector('#profile-name')?.textContent?.trim() === name && actionNames(el).length > 1,
    `the profile of ${name} did not open`,
  );
  return profile(el);
}

/** Clicks a profile action and waits for the live region to say `message`. */
export async function act(el: ContactsCenter, action: string, message: string): Promise<void> {
  const target = button(profile(el), action);
  // A pointer click focuses the button; a scripted click() does not.
  target.focus();
  target.click();
  await waitForStatus(el, message);
}

/** The open confirmation dialog. */
export async function openDialog(el: ContactsCenter): Promise<HTMLDialogElement> {
  const dialog = root(el).querySelector('dialog')!;
  await waitUntil(() => dialog.open, 'the confirmation dialog did not open');
  return dialog;
}

/** Types into the search field one character at a time, `gap` ms apart, as a user would. */
export async function type(el: ContactsCenter, text: string, gap = 20): Promise<void> {
  const input = searchInput(el);
  input.focus();
  for (const ch of text) {
    input.value += ch;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: ch }));
    if (gap) await aTimeout(gap);
  }
}

export function searchInput(el: ContactsCenter): HTMLInputElement {
  return root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
}

/** Chooses a filter in the filter control, as a user would. */
export async function chooseFilter(el: ContactsCenter, value: string): Promise<void> {
  const select = root(el).querySelector<HTMLSelectElement>('select[part~="filter"]')!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
  await waitUntil(() => listSettled(el), `the ${value} list did not load`);
}

/** The element's focused node inside its shadow root. */
export function focused(el: ContactsCenter): Element | null {
  return root(el).activeElement;
}

export async function key(target: HTMLElement, keyName: string): Promise<void> {
  target.dispatchEvent(new KeyboardEvent('keydown', { key: keyName, bubbles: true, composed: true, cancelable: true }));
  await aTimeout(0);
}

/** A captured download: the file name and its text. */
export interface Download {
  fileName: string;
  text: string;
}

/**
 * Captures file downloads (an <a download> clicked with a blob URL) instead of saving them: records each
 * blob as it becomes a URL, and each click's file name. `restore()` puts the browser back.
 */
export function captureDownloads(): { downloads: () => Promise<Download[]>; restore: () => void } {
  const blobs = new Map<string, Blob>();
  const clicks: { fileName: string; href: string }[] = [];
  const createObjectURL = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (obj: Blob | MediaSource): string => {
    const url = createObjectURL.call(URL, obj);
    if (obj instanceof Blob) blobs.set(url, obj);
    return url;
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement): void {
    if (this.hasAttribute('download')) clicks.push({ fileName: this.download, href: this.href });
    else click.call(this);
  };
  return {
    downloads: () => Promise.all(clicks.map(async ({ fileName, href }) => ({ fileName, text: (await blobs.get(href)?.text()) ?? '' }))),
    restore: () => {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    },
  };
}

/** Asserts the element passes axe in its current state. */
export async function expectAccessible(el: ContactsCenter): Promise<void> {
  await el.updateComplete;
  await expect(el).to.be.accessible();
}

/**
 * A small world around the viewer Mary Major ("me"), with one person in every relationship state:
 * Jane (connected), John (followed), Richard (unrelated, full profile), Rita (asked me), Ralph (asked me too),
 * Sam (I asked), Fred (follows me), Bob (I blocked).
 */
export function smallWorld(): WorldData {
  return {
    people: [
      person('me', 'Mary Major', { jobTitle: 'Editor' }),
      person('jane', 'Jane Doe', { jobTitle: 'Engineer', organization: 'Acme' }),
      person('john', 'John Doe', { jobTitle: 'Designer' }),
      person('richard', 'Richard Roe', {
        jobTitle: 'Architect',
        organization: 'Roe & Sons',
        emails: [{ type: 'work', value: 'richard@example.com' }],
        phones: [{ type: 'mobile', value: '+1 (555) 010-9999' }],
        addresses: [{ type: 'work', street: '1 Main St', locality: 'Springfield', postalCode: '12345', country: 'USA' }],
        urls: ['https://roe.example/', 'javascript:alert(1)'],
        birthday: '1980-04-05',
        note: 'Met at the conference.',
      }),
      person('rita', 'Rita Request'),
      person('ralph', 'Ralph Request'),
      person('sam', 'Sam Sent'),
      person('fred', 'Fred Follower'),
      person('bob', 'Bob Blocked'),
    ],
    relations: [
      { type: 'connection', fromId: 'me', toId: 'jane' },
      { type: 'follow', fromId: 'me', toId: 'john' },
      { type: 'follow', fromId: 'fred', toId: 'me' },
      { type: 'block', fromId: 'me', toId: 'bob' },
    ],
    requests: [
      { fromId: 'rita', toId: 'me' },
      { fromId: 'ralph', toId: 'me' },
      { fromId: 'me', toId: 'sam' },
    ],
  };
}
