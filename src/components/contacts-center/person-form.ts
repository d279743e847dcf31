/**
 * The person form's template: every field with a visible label, its message next to it (`aria-invalid`,
 * `aria-describedby`), lists whose entries are added and removed with buttons, and an avatar picked from a file.
 * User text only ever goes into `.value` bindings, never into markup.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ADDRESS_TYPES, EMAIL_TYPES, PHONE_TYPES } from '../../model/person.js';
import { imageUrl } from '../../model/url-policy.js';
import { typeLabel } from './profile-view.js';
import type { EditTarget } from './person-editor.js';
import {
  ADDRESS_PARTS,
  fieldId,
  newEntry,
  TEXT_FIELDS,
  type AddressPart,
  type Keyed,
  type ListField,
  type PersonDraft,
  type TextField,
} from './person-draft.js';

export interface PersonFormProps {
  target: EditTarget;
  draft: PersonDraft;
  problems: ReadonlyMap<string, string>;
  avatarMessage: string | undefined;
  busy: boolean;
  onEdit(change: (draft: PersonDraft) => void): void;
  onAvatar(file: File | undefined): void;
  onSave(): void;
  onCancel(): void;
  onDelete(): void;
}

function textLabel(field: TextField): string {
  switch (field) {
    case 'displayName':
      return msg('Name shown');
    case 'givenName':
      return msg('Given name');
    case 'familyName':
      return msg('Family name');
    case 'phoneticName':
      return msg('Reading of the name (phonetic)');
    case 'jobTitle':
      return msg('Job title');
    default:
      return msg('Organisation');
  }
}

function partLabel(part: AddressPart): string {
  switch (part) {
    case 'street':
      return msg('Street');
    case 'locality':
      return msg('City');
    case 'region':
      return msg('Region or prefecture');
    case 'postalCode':
      return msg('Postal code');
    default:
      return msg('Country');
  }
}

/** The message slot of field `id` and the attributes its input takes. */
function problem(
  props: PersonFormProps,
  id: string,
  hint?: string,
): { invalid: 'true' | 'false'; describedBy: string; text: TemplateResult } {
  const text = props.problems.get(id);
  const ids = [hint ? `${id}-hint` : '', text ? `${id}-error` : ''].filter(Boolean).join(' ');
  return {
    invalid: text ? 'true' : 'false',
    describedBy: ids,
    text: html`${hint ? html`<span class="field-hint" id="${id}-hint">${hint}</span>` : nothing}${
      text ? html`<span class="field-error" part="field-error" id="${id}-error">${text}</span>` : nothing
    }`,
  };
}

function textInput(
  props: PersonFormProps,
  id: string,
  label: string,
  value: string,
  set: (value: string) => void,
  options: { type?: string; hint?: string; required?: boolean } = {},
): TemplateResult {
  const p = problem(props, id, options.hint);
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <input
      id=${id}
      type=${options.type ?? 'text'}
      dir="auto"
      .value=${live(value)}
      ?required=${options.required ?? false}
      aria-invalid=${p.invalid}
      aria-describedby=${p.describedBy || nothing}
      @input=${(e: Event) => set((e.target as HTMLInputElement).value)}
    />
    ${p.text}
  </div>`;
}

function typeSelect<T extends string>(id: string, label: string, types: readonly T[], value: T, set: (value: T) => void): TemplateResult {
  return html`<select id=${id} aria-label=${label} @change=${(e: Event) => set((e.target as HTMLSelectElement).value as T)}>
    ${types.map((t) => html`<option value=${t} ?selected=${t === value}>${typeLabel(t as never)}</option>`)}
  </select>`;
}

function listSection<T>(
  props: PersonFormProps,
  field: ListField,
  legend: string,
  addLabel: string,
  entries: Keyed<T>[],
  row: (entry: Keyed<T>, n: number) => TemplateResult,
): TemplateResult {
  const whole = props.problems.get(field);
  return html`<fieldset class="list-field">
    <legend>${legend}</legend>
    ${entries.map(
      (entry, i) =>
        html`<div class="list-entry">
          ${row(entry, i + 1)}
          <button
            type="button"
            class="remove"
            aria-label=${msg(str`Remove ${legend} ${i + 1}`)}
            @click=${() => props.onEdit((d) => ((d[field] as Keyed<unknown>[]) = (d[field] as Keyed<unknown>[]).filter((e) => e.key !== entry.key)))}
          >
            ${msg('Remove')}
          </button>
        </div>`,
    )}
    ${whole ? html`<span class="field-error" part="field-error" id="${field}-error">${whole}</span>` : nothing}
    <button
      type="button"
      class="add"
      data-add=${field}
      @click=${() => props.onEdit((d) => (d[field] as Keyed<unknown>[]).push(newEntry(field)))}
    >
      ${addLabel}
    </button>
  </fieldset>`;
}

function typedValue(
  props: PersonFormProps,
  field: 'emails' | 'phones',
  entry: Keyed<{ type: string; value: string }>,
  n: number,
): TemplateResult {
  const id = fieldId(field, entry.key);
  const p = problem(props, id);
  const what = field === 'emails' ? msg(str`Email ${n}`) : msg(str`Phone ${n}`);
  const types: readonly string[] = field === 'emails' ? EMAIL_TYPES : PHONE_TYPES;
  return html`${typeSelect(`${id}-type`, msg(str`Kind of ${what}`), types, entry.value.type, (t) => props.onEdit(() => (entry.value.type = t)))}
    <input
      id=${id}
      type=${field === 'emails' ? 'email' : 'tel'}
      dir="ltr"
      aria-label=${what}
      .value=${live(entry.value.value)}
      aria-invalid=${p.invalid}
      aria-describedby=${p.describedBy || nothing}
      @input=${(e: Event) => props.onEdit(() => (entry.value.value = (e.target as HTMLInputElement).value))}
    />
    ${p.text}`;
}

function avatarField(props: PersonFormProps): TemplateResult {
  const src = imageUrl(props.draft.avatarUrl);
  const message = props.avatarMessage ?? props.problems.get('avatar');
  return html`<div class="field avatar-field">
    ${src ? html`<img class="avatar avatar-preview" src=${src} alt=${msg('Your picture as it will be shown')} />` : nothing}
    <label for="avatar">${msg('Picture')}</label>
    <input
      id="avatar"
      type="file"
      accept="image/*"
      aria-invalid=${message ? 'true' : 'false'}
      aria-describedby=${message ? 'avatar-error' : nothing}
      @change=${(e: Event) => props.onAvatar((e.target as HTMLInputElement).files?.[0])}
    />
    ${props.draft.avatarUrl ? html`<button type="button" class="remove" @click=${() => props.onEdit((d) => (d.avatarUrl = undefined))}>${msg('Remove picture')}</button>` : nothing}
    ${message ? html`<span class="field-error" part="field-error" id="avatar-error">${message}</span>` : nothing}
  </div>`;
}

/** The form: the viewer's profile, or a personal contact (new or existing, with Delete). */
export function personForm(props: PersonFormProps): TemplateResult {
  const { draft, target } = props;
  const heading = target.kind === 'profile' ? msg('Edit your profile') : target.id === null ? msg('New contact') : msg('Edit contact');
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    event.stopPropagation();
    props.onCancel();
  };
  return html`<section class="person-editor" part="editor" aria-labelledby="editor-heading" @keydown=${onKeydown}>
    <h2 id="editor-heading" tabindex="-1">${heading}</h2>
    <form
      id="person-form"
      novalidate
      aria-busy=${props.busy ? 'true' : 'false'}
      @submit=${(e: Event) => (e.preventDefault(), props.onSave())}
    >
      ${avatarField(props)}
      ${TEXT_FIELDS.map((f) => textInput(props, f, textLabel(f), draft.text[f], (v) => props.onEdit((d) => (d.text[f] = v)), { required: f === 'displayName' }))}
      ${listSection(props, 'emails', msg('Email'), msg('Add an email'), draft.emails, (e, n) => typedValue(props, 'emails', e, n))}
      ${listSection(props, 'phones', msg('Phone'), msg('Add a phone'), draft.phones, (e, n) => typedValue(props, 'phones', e, n))}
      ${listSection(
        props,
        'addresses',
        msg('Address'),
        msg('Add an address'),
        draft.addresses,
        (entry, n) =>
          html`<div class="address-entry">
            ${typeSelect(`${fieldId('addresses', entry.key)}-type`, msg(str`Kind of address ${n}`), ADDRESS_TYPES, entry.value.type, (t) => props.onEdit(() => (entry.value.type = t)))}
            ${ADDRESS_PARTS.map((part) => textInput(props, fieldId('addresses', entry.key, part), partLabel(part), entry.value[part] ?? '', (v) => props.onEdit(() => (entry.value[part] = v))))}
          </div>`,
      )}
      ${listSection(props, 'urls', msg('Website'), msg('Add a website'), draft.urls, (entry, n) => {
        const id = fieldId('urls', entry.key);
        const p = problem(props, id);
        return html`<input
            id=${id}
            type="url"
            dir="ltr"
            aria-label=${msg(str`Website ${n}`)}
            .value=${live(entry.value)}
            placeholder="https://"
            aria-invalid=${p.invalid}
            aria-describedby=${p.describedBy || nothing}
            @input=${(e: Event) => props.onEdit(() => (entry.value = (e.target as HTMLInputElement).value))}
          />${p.text}`;
      })}
      ${textInput(props, 'birthday', msg('Birthday'), draft.birthday, (v) => props.onEdit((d) => (d.birthday = v)), { hint: msg('YYYY-MM-DD, or --MM-DD without the year') })}
      ${(() => {
        const p = problem(props, 'note');
        return html`<div class="field">
          <label for="note">${target.kind === 'profile' ? msg('About you') : msg('Note')}</label>
          <textarea
            id="note"
            dir="auto"
            rows="4"
            .value=${live(draft.note)}
            aria-invalid=${p.invalid}
            aria-describedby=${p.describedBy || nothing}
            @input=${(e: Event) => props.onEdit((d) => (d.note = (e.target as HTMLTextAreaElement).value))}
          ></textarea
          >${p.text}
        </div>`;
      })()}
      <div class="form-actions">
        <button type="submit" class="primary" part="editor-save" ?disabled=${props.busy}>${msg('Save')}</button>
        <button type="button" part="editor-cancel" @click=${props.onCancel}>${msg('Cancel')}</button>
        ${
          target.kind === 'contact' && target.id !== null
            ? html`<button type="button" class="danger" part="editor-delete" ?disabled=${props.busy} @click=${props.onDelete}>
                ${msg('Delete contact')}
              </button>`
            : nothing
        }
      </div>
    </form>
  </section>`;
}
