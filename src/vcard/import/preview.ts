// A file's cards sorted into new, duplicates and unreadable, and the plan the user's choices make of them.

import type { ContactImportPlan, ContactImportWrite } from '../../backend/contact-imports.js';
import { TEXT_LIMITS } from '../../backend/limits.js';
import type { Person } from '../../model/person.js';
import type { ImportedPerson, ParsedVCard, VCardIssue, VCardParseResult } from '../parse/types.js';
import { ContactMatcher, type MatchReason } from './match.js';
import { differingFields, mergeContact, type MergeChoices, type MergeField } from './merge.js';

/** A card that is one of the viewer's contacts already. */
export interface ImportDuplicate {
  card: ParsedVCard;
  contact: Person;
  by: MatchReason;
  /** The fields where the card differs from the contact (empty: nothing to merge). */
  fields: MergeField[];
  /** The user's choice per field (defaults apply to the rest). */
  choices: MergeChoices;
  /** Leave the contact as it is and skip the card. */
  skip: boolean;
}

/** What an import would do, shown before anything is written. */
export interface ImportPreview {
  /** Cards that are nobody the viewer keeps yet. */
  fresh: ParsedVCard[];
  duplicates: ImportDuplicate[];
  /** Cards that could not be read (card number, line and why) and text outside cards. */
  unreadable: VCardIssue[];
}

/** Sorts the cards of a read file against the viewer's contacts. */
export function previewImport(result: VCardParseResult, contacts: readonly Person[]): ImportPreview {
  const matcher = new ContactMatcher(contacts);
  const fresh: ParsedVCard[] = [];
  const duplicates: ImportDuplicate[] = [];
  for (const card of result.cards) {
    const match = matcher.match(card);
    if (!match) fresh.push(card);
    else duplicates.push({ card, ...match, fields: differingFields(match.contact, card.person), choices: {}, skip: false });
  }
  return { fresh, duplicates, unreadable: result.errors };
}

/** A new contact from a card, keeping the card's UID (one that fits an id's length) for the next import to match. */
function withUid(card: ParsedVCard): ImportedPerson {
  const uid = card.uid?.trim();
  return uid && uid.length <= TEXT_LIMITS.id ? { ...card.person, uid } : card.person;
}

/**
 * The writes the preview makes: each new card added, each duplicate not skipped and with something to merge
 * merged into its contact. Several cards of one contact merge into it in file order, as one write.
 */
export function planOf(preview: ImportPreview, source = ''): ContactImportPlan {
  const writes: ContactImportWrite[] = preview.fresh.map((card) => ({ contact: withUid(card) }));
  const merges = new Map<string, ImportedPerson>();
  for (const d of preview.duplicates) {
    if (d.skip || d.fields.length === 0) continue;
    const previous = merges.get(d.contact.id);
    merges.set(d.contact.id, mergeContact(previous ? { ...previous, id: d.contact.id } : d.contact, d.card.person, d.choices));
  }
  for (const [mergeInto, contact] of merges) writes.push({ mergeInto, contact });
  return { source, writes };
}
