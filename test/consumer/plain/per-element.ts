// A TypeScript consumer of one per-element entry: its `cc-*` events are typed without the root entry.
import 'contacts-center/contacts-center.js';

const center = document.createElement('contacts-center');
center.filter = 'following';
center.addEventListener('cc-select', (event) => console.log(event.detail.personId, event.detail.selectedIds));
center.addEventListener('cc-action', (event) => console.log(event.detail.action));
// @ts-expect-error not a filter
center.filter = 'bogus';
