import { msg, str } from '@lit/localize';
import type { PeopleFilter, RelationshipCounts } from '../../backend/backend.js';
import type { Relationship, RelationshipAction } from '../../model/relationship.js';
import { dateTimeFormat, formatCount, isSingular } from '../../i18n/formatters.js';
import { RELATIONSHIP_ACTION_TABLE } from '../shared/relationship-actions.js';

// The user-visible sentences of <contacts-center>; those of relationship actions are in the shared action
// table. Functions (not constants) because msg() must run at render time, in the current locale.

/** The home view's count controls. */
export function countText(kind: 'connections' | 'following' | 'incoming' | 'followers', counts: RelationshipCounts): string {
  const n = counts[kind];
  const f = formatCount(n);
  const one = isSingular(n);
  switch (kind) {
    case 'connections':
      return one ? msg(str`You have ${f} connection`) : msg(str`You have ${f} connections`);
    case 'following':
      return one ? msg(str`You are following ${f} person`) : msg(str`You are following ${f} people`);
    case 'incoming':
      return one ? msg(str`${f} pending request`) : msg(str`${f} pending requests`);
    case 'followers':
      return one ? msg(str`${f} follower`) : msg(str`${f} followers`);
  }
}

/** The filter control's choices, in display order. */
export function filterLabel(filter: PeopleFilter): string {
  switch (filter) {
    case 'all':
      return msg('All people');
    case 'mine':
      return msg('My contacts');
    case 'connections':
      return msg('Connections');
    case 'following':
      return msg('Following');
    case 'followers':
      return msg('Followers');
    case 'incoming':
      return msg('Requests');
    case 'outgoing':
      return msg('Sent requests');
    case 'blocked':
      return msg('Blocked');
    case 'muted':
      return msg('Muted');
    case 'suggested':
      return msg('Suggested');
  }
}

/** Facts of a relationship as short labels, most important first. Empty when the two are unrelated. */
export function relationshipLabels(r: Relationship): string[] {
  if (r.blocking) return [msg('Blocked')];
  const labels: string[] = [];
  if (r.connected) labels.push(msg('Connected'));
  else if (r.requestReceived) labels.push(msg('Wants to connect with you'));
  else if (r.requestSent) labels.push(msg('Request sent'));
  if (r.following) labels.push(msg('Following'));
  if (r.followedBy) labels.push(msg('Follows you'));
  if (r.muted) labels.push(r.mutedUntil === null ? msg('Muted') : msg(str`Muted until ${mutedUntilText(r.mutedUntil)}`));
  return labels;
}

/** When a timed mute ends, as date and time in the current locale ("Dec 3, 2:00 PM"). */
function mutedUntilText(until: number): string {
  return dateTimeFormat({ month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }).format(until);
}

/** The one badge a list row shows: the most important fact, or nothing. */
export function badgeText(r: Relationship): string | undefined {
  return relationshipLabels(r)[0];
}

/** The relationship in words, for the profile. */
export function relationshipSentence(r: Relationship): string {
  if (r.blockedBy && !r.blocking) return msg('You cannot interact with this person.');
  const labels = relationshipLabels(r);
  return labels.length ? labels.join(' · ') : msg('Not connected');
}

/** Accessible name (and visible text) of an action button. */
export function actionLabel(action: RelationshipAction | 'vcard'): string {
  return action === 'vcard' ? msg('vCard') : RELATIONSHIP_ACTION_TABLE[action].label();
}

/** What the live region says after one person's vCard was downloaded. */
export function vcardDoneText(name: string): string {
  return msg(str`Downloaded ${name}'s vCard.`);
}

export function selectedText(n: number): string {
  return msg(str`${formatCount(n)} selected`);
}

export function bulkVCardText(n: number): string {
  const f = formatCount(n);
  return isSingular(n) ? msg(str`Downloaded a vCard of ${f} person.`) : msg(str`Downloaded a vCard of ${f} people.`);
}

export function allConnectionsVCardText(n: number): string {
  const f = formatCount(n);
  return isSingular(n) ? msg(str`Downloaded ${f} connection as vCard.`) : msg(str`Downloaded ${f} connections as vCard.`);
}

/** The list's empty state. */
export function emptyText(filter: PeopleFilter, query: string): string {
  if (query.trim()) return msg(str`No people match “${query.trim()}”`);
  switch (filter) {
    case 'all':
      return msg('There is no one here yet');
    case 'mine':
      return msg('You have no personal contacts yet');
    case 'connections':
      return msg('You have no connections yet');
    case 'following':
      return msg('You are not following anyone yet');
    case 'followers':
      return msg('No one follows you yet');
    case 'incoming':
      return msg('You have no pending requests');
    case 'outgoing':
      return msg('You have no sent requests');
    case 'blocked':
      return msg('You have not blocked anyone');
    case 'muted':
      return msg('You have not muted anyone');
    case 'suggested':
      return msg('No one to suggest yet');
  }
}

/** After Select all: how many people the selection now holds. */
export function selectedAllText(n: number): string {
  const f = formatCount(n);
  return isSingular(n) ? msg(str`Selected ${f} person.`) : msg(str`Selected all ${f} people.`);
}
