import { IndexedDBBackend, importWorld } from '../../../src/index.js'; // importing the package defines the elements

await importWorld('my-contacts', {
  people: [
    { id: 'me', displayName: 'Joe Bloggs' },
    { id: 'jane', displayName: 'Jane Doe' },
  ],
  relations: [{ type: 'follow', fromId: 'me', toId: 'jane' }],
});

const center = document.createElement('contacts-center');
center.backend = new IndexedDBBackend({ databaseName: 'my-contacts', viewerId: 'me' });
center.addEventListener('cc-action', (event) => console.log(event.detail.action, event.detail.personIds));
document.body.append(center);
