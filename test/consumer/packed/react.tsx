// A React 19 + TypeScript app on the installed package: a property object reaches the element intact, the
// element renders, and its `cc-*` events reach React's `oncc-*` handlers.
import type {} from 'contacts-center/react';
import 'contacts-center';
import type { SelectEventDetail } from 'contacts-center';
import { createRoot } from 'react-dom/client';
import { check, report, shadowText, until } from './report.js';
import { joesBackend } from './world.js';

const backend = joesBackend();
const selections: SelectEventDetail[] = [];

function App() {
  return (
    <contacts-backend backend={backend}>
      <contacts-center filter="all" oncc-select={(event) => selections.push(event.detail)} />
    </contacts-backend>
  );
}

const host = document.createElement('div');
document.body.append(host);
createRoot(host).render(<App />);

const center = () => document.querySelector('contacts-center');
await report({
  'the backend property arrives as the same object': async () => {
    await until(() => document.querySelector('contacts-backend')?.backend, 'contacts-backend has its backend');
    check(document.querySelector('contacts-backend')!.backend === backend, 'the element holds another object');
  },
  'filter is set as the property': () => check(center()?.filter === 'all', `filter is ${center()?.filter}`),
  'the element renders the people': async () => {
    await until(
      () => shadowText(center()).includes('Jane Doe') && shadowText(center()).includes('Richard Roe'),
      'Jane and Richard are listed',
    );
  },
  'cc-select reaches the oncc-select handler': async () => {
    center()!.shadowRoot!.querySelector<HTMLElement>('[role="row"][data-id="jane"]')!.click();
    await until(() => selections.length > 0, 'the handler heard cc-select');
    check(selections[0]!.personId === 'jane', `the detail names ${selections[0]!.personId}`);
  },
});
