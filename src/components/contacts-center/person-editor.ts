/**
 * The person form of <contacts-center> at work: the viewer's own profile (`updateProfile`) or one of their
 * personal contacts (`addContact`, `updateContact`, `deleteContact`). It keeps the draft and each field's
 * message, checks before saving (focus goes to the first field in error), saves in one call (one transaction),
 * shows a refusal next to the field the adapter names, and says what happened. The form itself is person-form.ts.
 */
import { msg, str } from '@lit/localize';
import type { LitElement, TemplateResult } from 'lit';
import type { ContactsBackend } from '../../backend/backend.js';
import { hasPersonalContacts } from '../../backend/personal-contacts.js';
import { ContactsError } from '../../model/errors.js';
import type { Person } from '../../model/person.js';
import type { Question } from '../shared/confirm-dialog.js';
import { avatarFromFile, AvatarImageError } from './avatar-image.js';
import { checkDraft, draftOf, fieldOfError, inputOf, type PersonDraft } from './person-draft.js';
import { personForm } from './person-form.js';
import { nameInText } from '../shared/user-text.js';
import { emit } from '../shared/events.js';

/** What the form edits: the viewer's profile, a new contact, or an existing contact (by id). */
export type EditTarget = { kind: 'profile' } | { kind: 'contact'; id: string | null };

/** What the editor needs from its element. */
export interface PersonEditorOptions {
  backend(): ContactsBackend | undefined;
  confirm(question: Question): Promise<boolean>;
  announce(text: string): void;
  /** A failure that is no field's (storage, network). */
  reportError(error: unknown, action: 'profile' | 'contact' | 'delete-contact', personIds?: string[]): void;
  /** The person whose profile is open under the form, if any. */
  openedId(): string | null;
  showPerson(id: string): void;
  closeProfile(): Promise<void>;
}

export class PersonEditor {
  private target: EditTarget | undefined;
  private draft: PersonDraft = draftOf(undefined);
  private problems = new Map<string, string>();
  private busy = false;
  private avatarMessage: string | undefined;

  constructor(
    private readonly host: LitElement,
    private readonly options: PersonEditorOptions,
  ) {}

  get isOpen(): boolean {
    return this.target !== undefined;
  }

  /** Opens the form on `person` (the viewer, or a contact of theirs) or, for a new contact, empty. */
  async open(target: EditTarget, person: Person | undefined): Promise<void> {
    this.target = target;
    this.draft = draftOf(person);
    this.problems = new Map();
    this.avatarMessage = undefined;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>('#editor-heading')?.focus();
  }

  /** Opens the form on the viewer's own person, read afresh. */
  async openProfile(): Promise<void> {
    const backend = this.options.backend();
    if (!backend) return;
    try {
      await this.open({ kind: 'profile' }, await backend.getViewer());
    } catch (error) {
      this.options.reportError(error, 'profile');
    }
  }

  /** Closes the form; `person` is what was saved (absent after Cancel), `deleted` the contact that was deleted. */
  close(result: { person?: Person; deleted?: string } = {}): void {
    if (!this.target) return;
    this.target = undefined;
    this.host.requestUpdate();
    void this.afterClose(result);
  }

  /** Says what was done (`cc-action`) and puts focus where the user goes on: a saved contact opens. */
  private async afterClose({ person, deleted }: { person?: Person; deleted?: string }): Promise<void> {
    const own = person !== undefined && person.id === this.options.backend()?.viewerId;
    if (person) emit(this.host, 'cc-action', { action: own ? 'profile' : 'contact', personIds: [person.id] });
    if (deleted) {
      emit(this.host, 'cc-action', { action: 'delete-contact', personIds: [deleted] });
      if (this.options.openedId() === deleted) return this.options.closeProfile();
    }
    if (person && !own) return this.options.showPerson(person.id);
    await this.host.updateComplete;
    const back = this.options.openedId() !== null ? '#profile-name' : '.edit-profile';
    this.host.renderRoot.querySelector<HTMLElement>(back)?.focus();
  }

  private edit(change: (draft: PersonDraft) => void): void {
    change(this.draft);
    // A field's message goes once it is fixed; new ones wait for Save (no scolding while typing).
    if (this.problems.size > 0) {
      const now = checkDraft(this.draft);
      for (const id of [...this.problems.keys()]) if (!now.has(id)) this.problems.delete(id);
    }
    this.host.requestUpdate();
  }

  private async pickAvatar(file: File | undefined): Promise<void> {
    if (!file) return;
    try {
      const url = await avatarFromFile(file);
      this.avatarMessage = undefined;
      this.edit((d) => (d.avatarUrl = url));
      this.options.announce(msg('Picture ready; save to keep it.'));
    } catch (error) {
      this.avatarMessage =
        error instanceof AvatarImageError && error.failure === 'too-large'
          ? msg('This picture is too large; choose a smaller one.')
          : msg('This file is not a picture this browser can read; choose a PNG, JPEG, GIF or WebP image.');
      this.host.requestUpdate();
    }
  }

  private async focusFirstProblem(): Promise<void> {
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>('#person-form [aria-invalid="true"]')?.focus();
  }

  private async save(): Promise<void> {
    const backend = this.options.backend();
    const target = this.target;
    if (!backend || !target || this.busy) return;
    this.problems = checkDraft(this.draft);
    this.avatarMessage = undefined;
    if (this.problems.size > 0) {
      this.host.requestUpdate();
      this.options.announce(msg('Some fields need attention.'));
      return this.focusFirstProblem();
    }
    this.busy = true;
    this.host.requestUpdate();
    const input = inputOf(this.draft);
    try {
      let person: Person;
      if (target.kind === 'profile') person = await backend.updateProfile(input);
      else if (!hasPersonalContacts(backend)) throw new ContactsError('invalid-state', 'This adapter keeps no personal contacts.');
      else person = target.id === null ? await backend.addContact(input) : await backend.updateContact(target.id, input);
      this.options.announce(target.kind === 'profile' ? msg('Your profile is saved.') : msg(str`${nameInText(person)} is saved.`));
      this.busy = false;
      this.close({ person });
    } catch (error) {
      this.busy = false;
      const field = error instanceof ContactsError && error.code === 'invalid-input' ? fieldOfError(error.message, this.draft) : undefined;
      if (field) {
        this.problems = new Map([[field, msg('This value is not accepted; check it.')]]);
        this.host.requestUpdate();
        return this.focusFirstProblem();
      }
      this.host.requestUpdate();
      this.options.reportError(error, target.kind, target.kind === 'contact' && target.id ? [target.id] : undefined);
    }
  }

  private async remove(): Promise<void> {
    const backend = this.options.backend();
    const target = this.target;
    if (!backend || target?.kind !== 'contact' || target.id === null || this.busy || !hasPersonalContacts(backend)) return;
    const name = this.draft.text.displayName.trim() || msg('this contact');
    const sure = await this.options.confirm({
      title: msg('Delete this contact?'),
      body: msg(str`${name} will be removed from your contacts. This cannot be undone.`),
      confirmLabel: msg('Delete'),
    });
    if (!sure) return;
    this.busy = true;
    this.host.requestUpdate();
    try {
      await backend.deleteContact(target.id);
      this.busy = false;
      this.options.announce(msg(str`${name} is deleted.`));
      this.close({ deleted: target.id });
    } catch (error) {
      this.busy = false;
      this.host.requestUpdate();
      this.options.reportError(error, 'delete-contact', [target.id]);
    }
  }

  render(): TemplateResult | undefined {
    const target = this.target;
    if (!target) return undefined;
    return personForm({
      target,
      draft: this.draft,
      problems: this.problems,
      avatarMessage: this.avatarMessage,
      busy: this.busy,
      onEdit: (change) => this.edit(change),
      onAvatar: (file) => void this.pickAvatar(file),
      onSave: () => void this.save(),
      onCancel: () => this.close(),
      onDelete: () => void this.remove(),
    });
  }
}
