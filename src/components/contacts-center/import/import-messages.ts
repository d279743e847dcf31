// The import panel's sentences. Functions, because msg() must run at render time, in the current locale.

import { msg, str } from '@lit/localize';
import { formatCount } from '../../../i18n/formatters.js';
import type { VCardIssueCode } from '../../../vcard/parse/types.js';
import type { VCardFileErrorCode } from '../../../vcard/import/file.js';
import type { MatchReason } from '../../../vcard/import/match.js';
import type { MergeChoice, MergeField } from '../../../vcard/import/merge.js';

/** Why a file cannot be imported. */
export function fileErrorText(code: VCardFileErrorCode): string {
  switch (code) {
    case 'too-large':
      return msg('This file is too large to import.');
    case 'not-vcard':
      return msg('This file is not a vCard file (.vcf): it holds no contact card.');
    case 'bad-charset':
      return msg(
        'This file is not in UTF-8 and does not say which character set it uses. Choose the one it was saved in, then read it again.',
      );
  }
}

/** Why a card could not be read. */
export function issueText(code: VCardIssueCode): string {
  switch (code) {
    case 'unterminated-card':
      return msg('The card does not end (no END:VCARD).');
    case 'no-name':
      return msg('The card has no name, email or phone number.');
    case 'unsupported-version':
      return msg('The card is of a vCard version other than 2.1, 3.0 or 4.0.');
    case 'outside-card':
      return msg('Text outside any card.');
    default:
      return msg('Part of the card could not be read.');
  }
}

/** "Card 3, line 17: …" */
export const issueLine = (card: number, line: number, text: string): string =>
  msg(str`Card ${formatCount(card)}, line ${formatCount(line)}: ${text}`);

export const summaryText = (fresh: number, duplicates: number, unreadable: number): string =>
  msg(str`${formatCount(fresh)} new, ${formatCount(duplicates)} duplicates, ${formatCount(unreadable)} unreadable`);

export const progressText = (done: number, total: number): string => msg(str`Imported ${formatCount(done)} of ${formatCount(total)}`);

export const finishedText = (done: number, merges: number): string =>
  msg(str`Import finished: ${formatCount(done - merges)} added, ${formatCount(merges)} merged.`);

export const cancelledText = (done: number, total: number): string =>
  msg(str`Import cancelled after ${formatCount(done)} of ${formatCount(total)}. Undo removes what was imported.`);

export const interruptedText = (source: string, done: number, total: number): string =>
  source
    ? msg(str`The import of ${source} stopped at ${formatCount(done)} of ${formatCount(total)}.`)
    : msg(str`An import stopped at ${formatCount(done)} of ${formatCount(total)}.`);

export function matchText(by: MatchReason): string {
  switch (by) {
    case 'uid':
      return msg('same card (UID)');
    case 'email':
      return msg('same email');
    case 'phone':
      return msg('same phone');
    case 'name':
      return msg('same name');
  }
}

export function choiceText(choice: MergeChoice): string {
  switch (choice) {
    case 'mine':
      return msg('Keep mine');
    case 'theirs':
      return msg('Take theirs');
    case 'both':
      return msg('Keep both');
  }
}

export function fieldText(field: MergeField): string {
  switch (field) {
    case 'displayName':
      return msg('Name');
    case 'givenName':
      return msg('Given name');
    case 'familyName':
      return msg('Family name');
    case 'additionalNames':
      return msg('Middle names');
    case 'phoneticName':
      return msg('Reading');
    case 'jobTitle':
      return msg('Job title');
    case 'organization':
      return msg('Organisation');
    case 'birthday':
      return msg('Birthday');
    case 'note':
      return msg('Note');
    case 'avatarUrl':
      return msg('Photo');
    case 'emails':
      return msg('Emails');
    case 'phones':
      return msg('Phones');
    case 'addresses':
      return msg('Addresses');
    case 'urls':
      return msg('Websites');
  }
}
