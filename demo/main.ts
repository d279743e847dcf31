/**
 * The demo dashboard: the three elements on the IndexedDB adapter, no server; or, served by
 * `npm run start:shared`, on the reference server (see server-backend.ts). The provider module comes
 * first so it listens before the elements are defined and ask for their backend.
 */
import { provider } from './provider.js';
import '../src/components/contacts-center/contacts-center.js';
import '../src/components/activity-feed/activity-feed.js';
import '../src/components/contact-requests/contact-requests.js';
import type { ContactsBackend } from '../src/backend/backend.js';
import type { ImportProgress } from '../src/backend/indexeddb/index.js';
import { isContactsError } from '../src/model/errors.js';
import type { Person } from '../src/model/person.js';
import { DATABASE_NAME, ensureSeeded, openBackend, resetDatabase } from './database.js';
import { demoPeople } from './directory.js';
import { applyLanguage, languageFromUrl, t, type DemoLanguage } from './language.js';
import { DEMO_VIEWER_ID } from './seed/world.js';
import { contactsApi, openServerBackend } from './server-backend.js';

const select = document.querySelector<HTMLSelectElement>('#viewer')!;
const languageSelect = document.querySelector<HTMLSelectElement>('#language')!;
const resetButton = document.querySelector<HTMLButtonElement>('#reset')!;
const status = document.querySelector<HTMLElement>('#status')!;

/** The server's API root when the page runs on the reference server (the server seeds and keeps the world). */
const api = contactsApi();
const open = (viewerId: string): ContactsBackend => (api ? openServerBackend(api, viewerId) : openBackend(viewerId));

let backend: ContactsBackend | undefined;

function say(text: string): void {
  status.textContent = text;
}

/** Import progress in words: the activities (and the feeds they fan out to) are most of the work. */
function sayProgress(action: string): (progress: ImportProgress) => void {
  return ({ phase, done, total }) => say(`${action} ${t(phase)} ${Math.round((done / Math.max(total, 1)) * 100)}%…`);
}

/** The viewer named in `?viewer=`, so two tabs can be two people. */
function viewerFromUrl(): string {
  return new URL(location.href).searchParams.get('viewer') || DEMO_VIEWER_ID;
}

/** Keeps `?viewer=` (and `?person=`, the open profile) in the URL, so a reload or a copied link shows the same. */
function remember(name: 'viewer' | 'person', value: string | null): void {
  const url = new URL(location.href);
  if (value) url.searchParams.set(name, value);
  else url.searchParams.delete(name);
  history.replaceState(null, '', url);
}

/**
 * Points every element at a new adapter acting as `viewerId`, then closes the old one (after the swap,
 * so no element is left holding a closed adapter). Falls back to Joe Bloggs for an unknown id.
 */
async function showViewer(viewerId: string): Promise<Person> {
  let next = open(viewerId);
  let viewer: Person;
  try {
    viewer = await next.getViewer();
  } catch (error) {
    next.close();
    if (!isContactsError(error, 'not-found') || viewerId === DEMO_VIEWER_ID) throw error;
    say(`There is no person “${viewerId}” in the demo data; showing Joe Bloggs instead.`);
    next = open(DEMO_VIEWER_ID);
    viewer = await next.getViewer();
  }
  const old = backend;
  backend = next;
  provider.setValue(next);
  old?.close();
  remember('viewer', viewer.id);
  // One's own profile has no actions; close it when switching to that person.
  if (center.personId === viewer.id) center.personId = null;
  select.value = viewer.id;
  document.title = `${viewer.displayName} · ${t('title')}`;
  return viewer;
}

/** Fills "Viewing as" with everyone in the demo world. */
function fillViewerSelect(current: string): void {
  const options = demoPeople().map((person) => {
    const option = document.createElement('option');
    option.value = person.id;
    option.textContent = person.displayName;
    return option;
  });
  select.replaceChildren(...options);
  select.value = current;
  select.disabled = false;
}

async function start(): Promise<void> {
  say(t('preparing'));
  // The server's world is shared: no one page resets it.
  resetButton.hidden = api !== undefined;
  const seeded = api ? false : await ensureSeeded(sayProgress(t('creating')));
  fillViewerSelect(viewerFromUrl());
  await showViewer(viewerFromUrl());
  say(seeded ? t('created') : '');
  document.documentElement.dataset['demoReady'] = 'true';
}

select.addEventListener('change', () => {
  showViewer(select.value).catch(fail);
});

resetButton.addEventListener('click', async () => {
  if (!confirm(t('confirmReset'))) return;
  resetButton.disabled = true;
  select.disabled = true;
  say(t('resetting'));
  try {
    // Let go of the database first: deleting waits for every open connection.
    provider.setValue(undefined);
    backend?.close();
    backend = undefined;
    await resetDatabase(sayProgress(t('resettingProgress')));
    await showViewer(select.value || DEMO_VIEWER_ID);
    select.disabled = false;
    say(t('resetDone'));
  } catch (error) {
    fail(error);
  } finally {
    resetButton.disabled = false;
  }
});

const center = document.querySelector('contacts-center')!;

// A name chosen in the feed opens that person's profile in the people panel.
document.querySelector('activity-feed')?.addEventListener('cc-person-open', (event) => {
  const personId = event.detail.personId;
  center.personId = personId; // a property set by the page: the element emits no cc-select for it
  remember('person', personId);
});

// The open profile is part of the URL: `?person=jane-doe` opens it on load.
center.personId = new URL(location.href).searchParams.get('person');
center.addEventListener('cc-select', (event) => remember('person', event.detail.personId));

function fail(error: unknown): void {
  console.error(error);
  say(`${t('failed')} ${error instanceof Error ? error.message : String(error)}`);
}

// English or Japanese: the page's words here, the elements' own through <html lang>.
languageSelect.value = languageFromUrl();
applyLanguage(languageSelect.value as DemoLanguage);
languageSelect.addEventListener('change', () => applyLanguage(languageSelect.value as DemoLanguage));

start().catch(fail);

// For scripts/screenshot.js and tests that watch the page.
Object.assign(window, { demoDatabaseName: DATABASE_NAME });
