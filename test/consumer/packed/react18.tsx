// A React 18 app (bundled with react@18, scripts/test-packed.js) on the package's React components: React 18 sets
// JSX props on custom elements as attributes and cannot listen to their events, so it uses
// `contacts-center/react-wrappers.js`, which sets properties and maps `onCc…` props to the `cc-…` events.
import type { SelectEventDetail } from 'contacts-center';
import { ContactsBackendElement, ContactsCenter } from 'contacts-center/react-wrappers.js';
import { version } from 'react';
import { createRoot } from 'react-dom/client';
import { check, report, shadowText, until } from './report.js';
import { joesBackend } from './world.js';

const backend = joesBackend();
const selections: SelectEventDetail[] = [];

function App() {
  return (
    <ContactsBackendElement backend={backend}>
      <ContactsCenter filter="all" onCcSelect={(event) => selections.push(event.detail)} />
    </ContactsBackendElement>
  );
}

const host = document.createElement('div');
document.body.append(host);
createRoot(host).render(<App />);

const center = () => document.querySelector('contacts-center');
await report({
  'the app runs on React 18': () => check(version.startsWith('18.'), `React ${version}`),
  'the backend property arrives as the same object': async () => {
    await until(() => document.querySelector('contacts-backend')?.backend, 'contacts-backend has its backend');
    check(document.querySelector('contacts-backend')!.backend === backend, 'the element holds another object');
  },
  'filter is set as the property': () => check(center()?.filter === 'all', `filter is ${center()?.filter}`),
  'the element renders the people': () =>
    until(() => shadowText(center()).includes('Jane Doe') && shadowText(center()).includes('Richard Roe'), 'Jane and Richard are listed'),
  'cc-select reaches the onCcSelect prop': async () => {
    center()!.shadowRoot!.querySelector<HTMLElement>('[role="row"][data-id="jane"]')!.click();
    await until(() => selections.length > 0, 'the handler heard cc-select');
    check(selections[0]!.personId === 'jane', `the detail names ${selections[0]!.personId}`);
  },
});

// @ts-expect-error not a filter
export const wrong = <ContactsCenter filter="bogus" />;
