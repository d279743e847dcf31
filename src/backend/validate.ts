/** Argument checks shared by the adapter and the importer. Each failure is an `invalid-input` ContactsError. */
import type { ActivityInput } from './backend.js';
import { FEED_TABS, MUTE_DURATIONS, isOneOf, type FeedTab, type MuteDuration } from './vocabulary.js';
import { PRIVATE_NOTE_MAX, isWellFormedText } from './limits.js';
import { invalidInput } from './errors.js';

/** Longest id accepted (ids are opaque, but unbounded keys would be abuse). */
export const MAX_ID_LENGTH = 256;

/** True for a usable id: a non-blank string of at most MAX_ID_LENGTH characters. */
export function isValidId(id: unknown): id is string {
  return typeof id === 'string' && id.trim().length > 0 && id.length <= MAX_ID_LENGTH;
}

/** Rejects anything that is not a usable id. `what` names the argument in the message. */
export function checkId(id: unknown, what = 'person id'): string {
  if (!isValidId(id)) throw invalidInput(`The ${what} must be a non-empty string of at most ${MAX_ID_LENGTH} characters.`);
  return id;
}

/** The feed options' `tab`, checked: absent, or one of `FEED_TABS` (`invalid-input` otherwise). */
export function checkFeedTab(tab: unknown): FeedTab | undefined {
  if (tab === undefined || tab === null) return undefined;
  if (!isOneOf(FEED_TABS, tab)) throw invalidInput(`"${String(tab)}" is not a feed tab; use one of ${FEED_TABS.join(', ')}.`);
  return tab;
}

/** Longest activity kind, text and link accepted by `postActivity`. */
const MAX_KIND = 64;
const MAX_TEXT = 10_000;
const MAX_LINK = 2048;

/** Checks what a host posts as the viewer: a non-empty kind, a text, and an optional link, each within bounds. */
export function checkActivityInput(input: ActivityInput): ActivityInput {
  if (typeof input !== 'object' || input === null) throw invalidInput('The activity must be an object with a kind and a text.');
  const { kind, text, link } = input;
  if (typeof kind !== 'string' || kind.trim() === '' || kind.length > MAX_KIND) {
    throw invalidInput(`The activity kind must be a non-empty string of at most ${MAX_KIND} characters.`);
  }
  if (typeof text !== 'string' || text.length > MAX_TEXT)
    throw invalidInput(`The activity text must be a string of at most ${MAX_TEXT} characters.`);
  if (link !== undefined && (typeof link !== 'string' || link.length > MAX_LINK)) {
    throw invalidInput(`The activity link must be a string of at most ${MAX_LINK} characters.`);
  }
  return link === undefined ? { kind, text } : { kind, text, link };
}

/** The mute options checked: the duration, default `until-unmuted` (`invalid-input` for anything else). */
export function checkMuteOptions(options: unknown): MuteDuration {
  if (options === undefined || options === null) return 'until-unmuted';
  if (typeof options !== 'object') throw invalidInput('The mute options must be an object.');
  const { duration = 'until-unmuted' } = options as { duration?: unknown };
  if (!isOneOf(MUTE_DURATIONS, duration))
    throw invalidInput(`"${String(duration)}" is not a mute duration; use one of ${MUTE_DURATIONS.join(', ')}.`);
  return duration;
}

/**
 * A private note checked and trimmed: a string of at most `PRIVATE_NOTE_MAX` code units without a lone surrogate
 * (`invalid-input` otherwise). Only spaces count as no note (`''`).
 */
export function checkPrivateNote(text: unknown): string {
  if (typeof text !== 'string') throw invalidInput('The private note must be a string.');
  if (text.length > PRIVATE_NOTE_MAX)
    throw invalidInput(`The private note is too long: at most ${PRIVATE_NOTE_MAX} characters (this one has ${text.length}).`);
  if (!isWellFormedText(text)) throw invalidInput('The private note holds a broken character (a lone surrogate).');
  return text.trim();
}
