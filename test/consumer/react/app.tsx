// A React 19 + TypeScript consumer, type-checked against the package's generated types (scripts/check-consumer-types.js).
import type {} from 'contacts-center/react';
import { IndexedDBBackend, type ContactsBackend } from 'contacts-center';

export function App({ backend = new IndexedDBBackend({ databaseName: 'my-contacts', viewerId: 'me' }) }: { backend?: ContactsBackend }) {
  return (
    <contacts-backend backend={backend}>
      <contacts-center
        filter="connections"
        person-id="p1"
        page-size={50}
        oncc-select={(event) => {
          const id: string | null = event.detail.personId;
          console.log(id, event.detail.selectedIds.length);
        }}
        oncc-action={(event) => console.log(event.detail.action, event.detail.personIds)}
        oncc-error={(event) => console.log(event.detail.message)}
      />
      <activity-feed oncc-person-open={(event) => console.log(event.detail.personId)} />
      <contact-requests compact oncc-action={(event) => console.log(event.detail.relationship)} />
      {/* @ts-expect-error a misspelled attribute */}
      <contacts-center fitler="all" />
      {/* @ts-expect-error not a filter */}
      <contacts-center filter="bogus" />
      {/* @ts-expect-error the detail of cc-select has no `action` */}
      <contacts-center oncc-select={(event) => console.log(event.detail.action)} />
    </contacts-backend>
  );
}
