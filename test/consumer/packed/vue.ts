// A Vue 3 + TypeScript app on the installed package: a property object reaches the element intact, the element
// renders, and its `cc-*` events reach Vue's `@cc-*` handlers.
import 'contacts-center';
import type { SelectEventDetail } from 'contacts-center';
import { createApp, h } from 'vue';
import App from './App.vue';
import { check, report, shadowText, until } from './report.js';
import { joesBackend } from './world.js';

const backend = joesBackend();
const selections: SelectEventDetail[] = [];
const host = document.createElement('div');
document.body.append(host);
createApp({ render: () => h(App, { backend, onSelect: (detail: SelectEventDetail) => selections.push(detail) }) }).mount(host);

const center = () => document.querySelector('contacts-center');
await report({
  'the backend property arrives as the same object': async () => {
    await until(() => document.querySelector('contacts-backend')?.backend, 'contacts-backend has its backend');
    check(document.querySelector('contacts-backend')!.backend === backend, 'the element holds another object');
  },
  'the element renders the people': async () => {
    await until(
      () => shadowText(center()).includes('Jane Doe') && shadowText(center()).includes('Richard Roe'),
      'Jane and Richard are listed',
    );
  },
  'cc-select reaches the @cc-select handler': async () => {
    center()!.shadowRoot!.querySelector<HTMLElement>('[role="row"][data-id="jane"]')!.click();
    await until(() => selections.length > 0, 'the handler heard cc-select');
    check(selections[0]!.personId === 'jane', `the detail names ${selections[0]!.personId}`);
  },
});
