import { msg, str } from '@lit/localize';
import type { PeopleFilter, RelationshipCounts } from '../../backend/backend.js';
import type { Relationship, RelationshipAction } from '../../model/relationship.js';
import { numberFormat, pluralRules } from '../../i18n/formatters.js';

// Every user-visible sentence of <contacts-center>, in one place. Functions (not constants) because msg()
// must run at render time, in the current locale.

/** The plural category of `n` in the current locale. */
function plural(n: number): Intl.LDMLPluralRule {
  return pluralRules().select(n);
}

/** `n` written for the current locale ("10,000"). */
export function formatCount(n: number): string {
  return numberFormat().format(n);
}

/** The home view's count controls. */
export function countText(kind: 'connections' | 'following' | 'incoming' | 'followers', counts: RelationshipCounts): string {
  const n = counts[kind];
  const f = formatCount(n);
  const one = plural(n) === 'one';
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
  return labels;
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
  switch (action) {
    case 'connect':
      return msg('Connect');
    case 'cancel-request':
      return msg('Cancel request');
    case 'accept':
      return msg('Accept');
    case 'decline':
      return msg('Decline');
    case 'disconnect':
      return msg('Disconnect');
    case 'follow':
      return msg('Follow');
    case 'unfollow':
      return msg('Unfollow');
    case 'block':
      return msg('Block');
    case 'unblock':
      return msg('Unblock');
    case 'vcard':
      return msg('vCard');
  }
}

/** What the live region says after a single-person action succeeded. */
export function actionDoneText(action: RelationshipAction | 'vcard', name: string, r?: Relationship): string {
  switch (action) {
    case 'connect':
      // Connecting to someone who had already asked accepts their request at once.
      return r?.connected ? msg(str`You are now connected with ${name}.`) : msg(str`Connection request sent to ${name}.`);
    case 'cancel-request':
      return msg(str`Connection request to ${name} cancelled.`);
    case 'accept':
      return msg(str`You are now connected with ${name}.`);
    case 'decline':
      return msg(str`You declined ${name}'s connection request.`);
    case 'disconnect':
      return msg(str`You are no longer connected with ${name}.`);
    case 'follow':
      return msg(str`You are now following ${name}.`);
    case 'unfollow':
      return msg(str`You unfollowed ${name}.`);
    case 'block':
      return msg(str`You blocked ${name}.`);
    case 'unblock':
      return msg(str`You unblocked ${name}.`);
    case 'vcard':
      return msg(str`Downloaded ${name}'s vCard.`);
  }
}

/** Bulk actions offered for the selected rows. */
export type BulkAction = 'connect' | 'follow' | 'unfollow' | 'block';

/** The success half of a bulk report: "Followed 2 people". */
function bulkDonePart(action: BulkAction, n: number): string {
  const f = formatCount(n);
  const one = plural(n) === 'one';
  switch (action) {
    case 'connect':
      return one ? msg(str`Sent a connection request to ${f} person`) : msg(str`Sent connection requests to ${f} people`);
    case 'follow':
      return one ? msg(str`Followed ${f} person`) : msg(str`Followed ${f} people`);
    case 'unfollow':
      return one ? msg(str`Unfollowed ${f} person`) : msg(str`Unfollowed ${f} people`);
    case 'block':
      return one ? msg(str`Blocked ${f} person`) : msg(str`Blocked ${f} people`);
  }
}

/** The report after a bulk action, e.g. "Followed 2 people; 1 failed: You already follow Jane Doe." */
export function bulkDoneText(action: BulkAction, succeeded: number, failed: number, reason: string): string {
  const done = bulkDonePart(action, succeeded);
  if (failed === 0) return msg(str`${done}.`);
  return msg(str`${done}; ${formatCount(failed)} failed: ${reason}`);
}

export function selectedText(n: number): string {
  return msg(str`${formatCount(n)} selected`);
}

export function bulkVCardText(n: number): string {
  const f = formatCount(n);
  return plural(n) === 'one' ? msg(str`Downloaded a vCard of ${f} person.`) : msg(str`Downloaded a vCard of ${f} people.`);
}

export function allConnectionsVCardText(n: number): string {
  const f = formatCount(n);
  return plural(n) === 'one'
    ? msg(str`Downloaded ${f} connection as vCard.`)
    : msg(str`Downloaded ${f} connections as vCard.`);
}

export function blockConfirmTitle(name: string): string {
  return msg(str`Block ${name}?`);
}

export function bulkBlockConfirmTitle(n: number): string {
  const f = formatCount(n);
  return plural(n) === 'one' ? msg(str`Block ${f} person?`) : msg(str`Block ${f} people?`);
}

/** The list's empty state. */
export function emptyText(filter: PeopleFilter, query: string): string {
  if (query.trim()) return msg(str`No people match “${query.trim()}”`);
  switch (filter) {
    case 'all':
      return msg('There is no one here yet');
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
  }
}
