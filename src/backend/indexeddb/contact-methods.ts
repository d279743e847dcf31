/**
 * The IndexedDB adapter's personal contacts and contact imports, framed as its other changes are: arguments
 * checked, one transaction per call (personal-contacts.ts and contact-imports.ts do the work), the change
 * published after commit. The adapter (backend.ts) hands its methods to an instance of this class.
 */
import type { BackendChange, ReadOptions } from '../backend.js';
import type { ContactLink, ContactLinks } from '../contact-links.js';
import type { ContactImportPlan, ContactImports, ContactImportStatus } from '../contact-imports.js';
import { newContactId, noSuchContact, type ContactInput, type PersonalContacts } from '../personal-contacts.js';
import { checkId } from '../validate.js';
import type { Person } from '../../model/person.js';
import type { ConnectionLifecycle } from './connection-lifecycle.js';
import { beginImportIn, cancelImportIn, continueImportIn, IMPORT_STORES, latestImportIn, undoImportIn } from './contact-imports.js';
import { requirePerson } from './graph.js';
import { addContactIn, deleteContactIn, updateContactIn } from './personal-contacts.js';
import { CONTACT_LINKS, NOTES, PEOPLE, type Transaction } from './schema.js';
import { contactLinkIn, linkedContactIn, LINK_STORES, linkIn, unlinkIn } from './contact-links.js';

/** What the methods need of the adapter. */
export interface ContactFrame {
  readonly viewerId: string;
  readonly connection: ConnectionLifecycle;
  publish(change: BackendChange): void;
  /** The adapter's strictly increasing clock. */
  now(): number;
}

export class ContactMethods implements PersonalContacts, ContactImports, ContactLinks {
  constructor(private readonly frame: ContactFrame) {}

  async addContact(input: ContactInput): Promise<Person> {
    const { checkContactInput } = await import('../contact-input.js');
    const { viewerId, connection } = this.frame;
    const person = { ...checkContactInput(input, newContactId()), updatedAt: this.frame.now() };
    await connection.run([PEOPLE], 'readwrite', async (tx) => {
      await requirePerson(tx, viewerId, true);
      await addContactIn(tx, viewerId, person);
    });
    this.frame.publish({ topics: ['people'], personIds: [person.id] });
    return person;
  }

  async updateContact(id: string, input: ContactInput): Promise<Person> {
    const contactId = checkId(id);
    const { checkContactInput } = await import('../contact-input.js');
    const person = { ...checkContactInput(input, contactId), updatedAt: this.frame.now() };
    await this.frame.connection.run([PEOPLE], 'readwrite', (tx) => updateContactIn(tx, this.frame.viewerId, person));
    this.frame.publish({ topics: ['people'], personIds: [contactId] });
    return person;
  }

  async deleteContact(id: string): Promise<void> {
    const contactId = checkId(id);
    const { viewerId, connection } = this.frame;
    if (contactId === viewerId) throw noSuchContact(contactId);
    await connection.run([PEOPLE, NOTES, CONTACT_LINKS], 'readwrite', (tx) => deleteContactIn(tx, viewerId, contactId));
    this.frame.publish({ topics: ['people'], personIds: [contactId] });
  }

  async beginContactImport(plan: ContactImportPlan): Promise<ContactImportStatus> {
    // The plan's checks (the schema validator among them) load on the first import, not with the adapter.
    const { checkImportPlan } = await import('../contact-import-plan.js');
    const now = this.frame.now();
    const { viewerId } = this.frame;
    return this.frame.connection.run(IMPORT_STORES, 'readwrite', async (tx) => {
      await requirePerson(tx, viewerId, true);
      return beginImportIn(tx, viewerId, plan, now, checkImportPlan);
    });
  }

  async continueContactImport(importId: string, limit: number): Promise<ContactImportStatus> {
    const id = checkId(importId, 'import id');
    const now = this.frame.now();
    const { status, ids } = await this.frame.connection.run(IMPORT_STORES, 'readwrite', (tx) =>
      continueImportIn(tx, this.frame.viewerId, id, limit, now),
    );
    if (ids.length > 0) this.frame.publish({ topics: ['people'], personIds: ids });
    return status;
  }

  cancelContactImport(importId: string): Promise<ContactImportStatus> {
    const id = checkId(importId, 'import id');
    return this.frame.connection.run(IMPORT_STORES, 'readwrite', (tx) => cancelImportIn(tx, this.frame.viewerId, id));
  }

  async undoContactImport(importId: string): Promise<ContactImportStatus> {
    const id = checkId(importId, 'import id');
    const { status, ids } = await this.frame.connection.run(IMPORT_STORES, 'readwrite', (tx) => undoImportIn(tx, this.frame.viewerId, id));
    if (ids.length > 0) this.frame.publish({ topics: ['people'], personIds: ids });
    return status;
  }

  latestContactImport(): Promise<ContactImportStatus | null> {
    return this.frame.connection.run(IMPORT_STORES, 'readonly', (tx) => latestImportIn(tx, this.frame.viewerId));
  }

  getContactLink(contactId: string, options?: ReadOptions): Promise<ContactLink> {
    const id = checkId(contactId, 'contact id');
    return this.frame.connection.run(LINK_STORES, 'readonly', (tx) => contactLinkIn(tx, this.frame.viewerId, id), options?.signal);
  }

  getLinkedContact(personId: string, options?: ReadOptions): Promise<Person | null> {
    const id = checkId(personId);
    return this.frame.connection.run(LINK_STORES, 'readonly', (tx) => linkedContactIn(tx, this.frame.viewerId, id), options?.signal);
  }

  linkContact(contactId: string, memberId: string): Promise<ContactLink> {
    const id = checkId(contactId, 'contact id');
    const member = checkId(memberId, 'member id');
    const at = this.frame.now();
    return this.changeLink(id, (tx) => linkIn(tx, this.frame.viewerId, id, member, at));
  }

  unlinkContact(contactId: string): Promise<ContactLink> {
    const id = checkId(contactId, 'contact id');
    return this.changeLink(id, (tx) => unlinkIn(tx, this.frame.viewerId, id));
  }

  /** A link is the viewer's alone: the change names the viewer and the contact, never the member. */
  private async changeLink(contactId: string, change: (tx: Transaction) => Promise<boolean>): Promise<ContactLink> {
    const { viewerId } = this.frame;
    const { changed, link } = await this.frame.connection.run(LINK_STORES, 'readwrite', async (tx) => {
      const changed = await change(tx);
      return { changed, link: await contactLinkIn(tx, viewerId, contactId) };
    });
    if (changed) this.frame.publish({ topics: ['people'], personIds: [viewerId, contactId] });
    return link;
  }
}
