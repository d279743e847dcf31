// One duplicate, side by side: each differing field with the contact's value, the card's, and the choice.

import { msg, str } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import type { Person, PostalAddress } from '../../../model/person.js';
import type { ImportedPerson } from '../../../vcard/parse/types.js';
import { defaultChoice, LIST_FIELDS, type MergeChoice, type MergeField } from '../../../vcard/import/merge.js';
import type { ImportDuplicate } from '../../../vcard/import/preview.js';
import { choiceText, fieldText, matchText } from './import-messages.js';

const addressText = (a: PostalAddress): string =>
  [a.poBox, a.extended, a.street, a.locality, a.region, a.postalCode, a.country].filter(Boolean).join(', ');

/** A field's value as plain text (never HTML). */
function valueText(person: Person | ImportedPerson, field: MergeField): string {
  switch (field) {
    case 'emails':
    case 'phones':
      return person[field].map((v) => v.value).join(', ');
    case 'addresses':
      return person.addresses.map(addressText).join('; ');
    case 'urls':
      return person.urls.join(', ');
    case 'avatarUrl':
      return person.avatarUrl?.startsWith('data:') ? msg('(an image)') : (person.avatarUrl ?? '');
    default:
      return person[field] ?? '';
  }
}

const choicesOf = (field: MergeField): readonly MergeChoice[] =>
  (LIST_FIELDS as readonly string[]).includes(field) ? ['mine', 'theirs', 'both'] : ['mine', 'theirs'];

export interface MergeViewProps {
  duplicate: ImportDuplicate;
  /** Its position, for unique radio group names. */
  index: number;
  onChoice(field: MergeField, choice: MergeChoice): void;
  onSkip(skip: boolean): void;
}

/** A disclosure per duplicate: the name, why it matched, and (open) the fields to merge with their choices. */
export function mergeView({ duplicate: d, index, onChoice, onSkip }: MergeViewProps): TemplateResult {
  const name = d.contact.displayName;
  return html`<details class="duplicate" part="import-duplicate">
    <summary>${name} <span class="muted">(${matchText(d.by)})</span></summary>
    <label class="skip"
      ><input type="checkbox" .checked=${d.skip} @change=${(e: Event) => onSkip((e.target as HTMLInputElement).checked)} />
      ${msg('Skip this card (leave my contact as it is)')}</label
    >
    ${
      d.fields.length === 0
        ? html`<p class="muted">${msg('Nothing new in this card.')}</p>`
        : html`<table class="merge" ?hidden=${d.skip}>
            <caption class="visually-hidden">
              ${msg(str`Merge into ${name}`)}
            </caption>
            <thead>
              <tr>
                <th scope="col">${msg('Field')}</th>
                <th scope="col">${msg('Mine')}</th>
                <th scope="col">${msg('In the file')}</th>
                <th scope="col">${msg('Keep')}</th>
              </tr>
            </thead>
            <tbody>
              ${d.fields.map((field) => {
                const chosen = d.choices[field] ?? defaultChoice(field, d.contact);
                return html`<tr>
                  <th scope="row">${fieldText(field)}</th>
                  <td>${valueText(d.contact, field)}</td>
                  <td>${valueText(d.card.person, field)}</td>
                  <td>
                    <fieldset>
                      <legend class="visually-hidden">${fieldText(field)}</legend>
                      ${choicesOf(field).map(
                        (choice) =>
                          html`<label
                            ><input
                              type="radio"
                              name=${`merge-${index}-${field}`}
                              .checked=${chosen === choice}
                              @change=${() => onChoice(field, choice)}
                            />${choiceText(choice)}</label
                          >`,
                      )}
                    </fieldset>
                  </td>
                </tr>`;
              })}
            </tbody>
          </table>`
    }
  </details>`;
}
