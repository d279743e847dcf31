/**
 * The person form of <contacts-center> as the element holds it: the editor, the form and the draft checks load
 * the first time a form opens (a dynamic import), not with the page, since most visits never edit anyone.
 */
import type { LitElement, TemplateResult } from 'lit';
import type { Person } from '../../model/person.js';
import type { EditTarget, PersonEditor, PersonEditorOptions } from './person-editor.js';

export class PersonEditorOnDemand {
  #editor: PersonEditor | undefined;
  #loading: Promise<PersonEditor> | undefined;

  constructor(
    private readonly host: LitElement,
    private readonly options: PersonEditorOptions,
  ) {}

  get isOpen(): boolean {
    return this.#editor?.isOpen ?? false;
  }

  /** Opens the form on `person` (the viewer, or a contact of theirs) or, for a new contact, empty. */
  async open(target: EditTarget, person: Person | undefined): Promise<void> {
    const editor = await this.#load(target.kind);
    await editor?.open(target, person);
  }

  /** Opens the form on the viewer's own person, read afresh. */
  async openProfile(): Promise<void> {
    await (await this.#load('profile'))?.openProfile();
  }

  close(): void {
    this.#editor?.close();
  }

  render(): TemplateResult | undefined {
    return this.#editor?.render();
  }

  /** The editor, loaded once; a failed load (a network error) is reported and tried again next time. */
  async #load(action: 'profile' | 'contact'): Promise<PersonEditor | undefined> {
    this.#loading ??= import('./person-editor.js').then(({ PersonEditor }) => (this.#editor = new PersonEditor(this.host, this.options)));
    try {
      return await this.#loading;
    } catch (error) {
      this.#loading = undefined;
      this.options.reportError(error, action);
      return undefined;
    }
  }
}
