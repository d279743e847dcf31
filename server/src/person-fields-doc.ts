/**
 * The OpenAPI description of a person's fields as a request body (POST /profile, POST /contacts): each field with
 * its type, list and limit from the contract (limits.ts, person.ts). It documents; the library's own check
 * (checkProfileInput, checkContactInput) validates, so a refusal's words name the field as in every adapter.
 */
import { ADDRESS_TYPES, EMAIL_TYPES, MAX_LIST_ENTRIES, PHONE_TYPES, TEXT_LIMITS } from './shared.js';

const text = (description: string, maxLength: number = TEXT_LIMITS.text) => ({ type: 'string' as const, maxLength, description });
const typed = (types: readonly string[], what: string) => ({
  type: 'array' as const,
  maxItems: MAX_LIST_ENTRIES,
  description: `${what}, each with its kind.`,
  items: {
    type: 'object' as const,
    additionalProperties: false,
    required: ['type', 'value'],
    properties: { type: { type: 'string' as const, enum: [...types] }, value: text('Not blank.') },
  },
});
const part = (description: string) => text(description);

/** The JSON Schema of a person's fields without `id` and `updatedAt` (the server gives both). */
export function personFieldsDoc(description: string) {
  return {
    type: 'object' as const,
    description,
    additionalProperties: false,
    required: ['displayName'],
    properties: {
      displayName: text('The name shown; must hold a visible character.'),
      givenName: text('Given name.'),
      familyName: text('Family name.'),
      additionalNames: text('Middle names.'),
      phoneticName: text('How the name is read (furigana), used for name order and search.'),
      jobTitle: text('Job title.'),
      organization: text('Organisation.'),
      emails: typed(EMAIL_TYPES, 'Email addresses'),
      phones: typed(PHONE_TYPES, 'Phone numbers'),
      addresses: {
        type: 'array' as const,
        maxItems: MAX_LIST_ENTRIES,
        description: 'Postal addresses, each with its kind and any of its parts.',
        items: {
          type: 'object' as const,
          additionalProperties: false,
          required: ['type'],
          properties: {
            type: { type: 'string' as const, enum: [...ADDRESS_TYPES] },
            poBox: part('Post office box.'),
            extended: part('Flat, suite or building.'),
            street: part('Street and number.'),
            locality: part('Town or city.'),
            region: part('Region, state or prefecture.'),
            postalCode: part('Postal code.'),
            country: part('Country.'),
          },
        },
      },
      urls: {
        type: 'array' as const,
        maxItems: MAX_LIST_ENTRIES,
        description: 'Web addresses (http or https).',
        items: text('Not blank.', TEXT_LIMITS.url),
      },
      birthday: { type: 'string' as const, pattern: '^(?:\\d{4}-\\d{2}-\\d{2}|--\\d{2}-?\\d{2})$', description: 'YYYY-MM-DD or --MM-DD.' },
      note: text('A free-text note.'),
      avatarUrl: text('An http(s) URL or a data:image URL of a small picture.', TEXT_LIMITS.avatarUrl),
      uid: text('The vCard UID the person came with (kept from an imported card); absent, it is derived from the id.', TEXT_LIMITS.id),
    },
  };
}
