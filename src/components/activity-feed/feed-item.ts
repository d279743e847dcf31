/**
 * What one feed row says: an activity in words (with links in a post recognised safely), a group's summary
 * ("Jane Doe posted 4 times"), and the pieces every row shows (the time, the activity's link).
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { Activity } from '../../model/activity.js';
import type { Person } from '../../model/person.js';
import { formatCount } from '../../i18n/formatters.js';
import { getLocale } from '../../i18n/localization.js';
import { linkText, linkUrl } from '../../model/url-policy.js';
import { nameInText } from '../shared/user-text.js';
import { exactTime, isoTime, relativeTime } from '../shared/relative-time.js';
import type { FeedGroup } from './feed-groups.js';
import { linkified } from './linkify.js';

/** Who the other people of `connected` activities are: a Person, `null` when unavailable, absent while unknown. */
export type Targets = ReadonlyMap<string, Person | null>;

/** What happened, in words. */
export function describe(activity: Activity, viewerId: string | undefined, targets: Targets): string | (string | TemplateResult)[] {
  switch (activity.kind) {
    case 'connected': {
      if (activity.targetId && activity.targetId === viewerId) return msg('connected with you');
      const target = activity.targetId ? targets.get(activity.targetId) : undefined;
      return target ? msg(str`connected with ${nameInText(target)}`) : msg('made a new connection');
    }
    case 'post':
      return linkified(activity.text);
    case 'joined':
      return msg('joined');
    case 'profile-updated':
      return msg('updated their profile');
    default:
      return activity.text || activity.kind;
  }
}

/**
 * A collapsed group in words: "posted 4 times" (after the actor's name), or a whole sentence for connections,
 * "Jane Doe and 3 others are now connected with Richard Roe" (the list joined as the locale joins lists).
 */
export function describeGroup(group: FeedGroup, viewerId: string | undefined, targets: Targets): string {
  const count = group.entries.length;
  if (group.kind === 'posts') return msg(str`posted ${formatCount(count)} times`);
  const others = msg(str`${formatCount(count - 1)} other people`);
  const people = new Intl.ListFormat(getLocale(), { type: 'conjunction' }).format([nameInText(group.entries[0]!.actor), others]);
  const targetId = group.entries[0]!.activity.targetId;
  if (targetId === viewerId) return msg(str`${people} are now connected with you`);
  const target = targetId ? targets.get(targetId) : undefined;
  return target ? msg(str`${people} are now connected with ${nameInText(target)}`) : msg(str`${people} made new connections`);
}

export function renderTime(time: number): TemplateResult {
  return html`<time part="time" datetime=${isoTime(time)} title=${exactTime(time)}>${relativeTime(time)}</time>`;
}

export function renderLink(link: string | undefined): TemplateResult | typeof nothing {
  if (!link) return nothing;
  // The URL policy decides what may be a link; the visible text is the parsed URL's, so it says where it goes.
  const href = linkUrl(link);
  return href
    ? html`<div><a part="link" href=${href} dir="ltr" target="_blank" rel="noopener noreferrer nofollow">${linkText(href)}</a></div>`
    : html`<div><bdi part="link">${link}</bdi></div>`;
}
