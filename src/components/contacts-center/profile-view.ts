import { CONTACT_ID_PREFIX } from '../../backend/personal-contacts.js';
import { TEXT_LIMITS } from '../../backend/limits.js';
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import type { ContactsBackend, MuteDuration, MutualConnections } from '../../backend/backend.js';
import { MUTE_DURATIONS } from '../../backend/vocabulary.js';
import type { Email, Person, Phone, PostalAddress } from '../../model/person.js';
import { muteActionOf, type Relationship, type RelationshipAction } from '../../model/relationship.js';
import { addressLanguage, addressLines } from '../shared/address.js';
import { avatar } from '../shared/avatar.js';
import type { PersonOpenEventDetail } from '../shared/events.js';
import { muteDurationLabel, offeredActions, RELATIONSHIP_ACTION_TABLE } from '../shared/relationship-actions.js';
import { formatBirthday } from './birthday.js';
import { linkText, linkUrl } from '../../model/url-policy.js';
import { mailtoHref, telHref } from './links.js';
import { actionLabel, relationshipSentence } from './messages.js';
import { shownName } from '../shared/user-text.js';
import { mutualView } from './mutual-view.js';
import '../activity-feed/activity-feed.js';

/** Everything the profile pane shows and the callbacks of its controls. */
export interface ProfileViewProps {
  person: Person;
  /** `undefined` while it loads. */
  relationship: Relationship | undefined;
  /** A load failure in words, with a Retry button. */
  error: string | undefined;
  /** The action in progress; its button is disabled until it settles. */
  pending: RelationshipAction | 'vcard' | null;
  backend: ContactsBackend | undefined;
  /** An action's button was clicked, on the profile of `person`. */
  onAction: (action: RelationshipAction | 'vcard', person: Person, event: Event) => void;
  onBack: () => void;
  onRetry: () => void;
  /** The people the viewer and this person are both connected with; `undefined` while unknown. */
  mutual?: MutualConnections | undefined;
  /** A person chosen among the mutual connections. */
  onOpenPerson?: (personId: string) => void;
  /** Opens the form on this personal contact (shown for the viewer's own contacts only). */
  onEditContact?: (person: Person) => void;
  /** A person chosen in the recent-activity feed. */
  onFeedPersonOpen: (event: CustomEvent<PersonOpenEventDetail>) => void;
  /** How long Mute mutes, and its change. */
  muteDuration: MuteDuration;
  onMuteDuration: (duration: MuteDuration) => void;
  /** The private note's section (or nothing). */
  privateNote: TemplateResult | typeof nothing;
  /** The contact link's section (or nothing). */
  contactLink?: TemplateResult | typeof nothing;
}

export function typeLabel(type: Email['type'] | Phone['type'] | PostalAddress['type']): string {
  switch (type) {
    case 'work':
      return msg('Work');
    case 'home':
      return msg('Home');
    case 'mobile':
      return msg('Mobile');
    case 'fax':
      return msg('Fax');
    default:
      return msg('Other');
  }
}

function detail(term: string, values: readonly TemplateResult[]): TemplateResult | typeof nothing {
  if (values.length === 0) return nothing;
  return html`<div class="detail">
    <dt>${term}</dt>
    ${values.map((value) => html`<dd class="user-text">${value}</dd>`)}
  </div>`;
}

function webAddress(value: string): TemplateResult {
  const href = linkUrl(value);
  return href ? html`<a href=${href} dir="ltr" target="_blank" rel="noopener noreferrer">${linkText(href)}</a>` : html`<bdi>${value}</bdi>`;
}

function phone(value: Phone): TemplateResult {
  const href = telHref(value.value);
  const label = html`<span class="kind">${typeLabel(value.type)}</span>`;
  return href ? html`${label} <a href=${href}>${value.value}</a>` : html`${label} ${value.value}`;
}

/** A postal address in its country's order, one line per part (a Japanese one marked as Japanese). */
function postalAddress(value: PostalAddress): TemplateResult {
  const lines = addressLines(value);
  return html`<span class="kind">${typeLabel(value.type)}</span>
    <address class="address" lang=${ifDefined(addressLanguage(value))}>
      ${lines.map((line, i) => html`${i > 0 ? html`<br />` : nothing}${line}`)}
    </address>`;
}

/** The person's contact details as a description list. */
function details(person: Person): TemplateResult {
  return html`<dl class="details" part="details">
    ${detail(
      msg('Email'),
      person.emails.map((e) => html`<span class="kind">${typeLabel(e.type)}</span> <a href=${mailtoHref(e.value)}>${e.value}</a>`),
    )}
    ${detail(msg('Phone'), person.phones.map(phone))} ${detail(msg('Address'), person.addresses.map(postalAddress))}
    ${detail(msg('Website'), person.urls.map(webAddress))}
    ${detail(msg('Birthday'), person.birthday ? [html`${formatBirthday(person.birthday)}`] : [])}
    ${detail(msg('Note'), person.note ? [html`<span class="note">${person.note}</span>`] : [])}
  </dl>`;
}

function actions(props: ProfileViewProps): TemplateResult {
  // A personal contact takes no relationship action (the adapter refuses them): only the download.
  const social = props.relationship && !props.person.id.startsWith(CONTACT_ID_PREFIX);
  const list: (RelationshipAction | 'vcard')[] = social ? [...offeredActions(props.relationship!), 'vcard'] : ['vcard'];
  return html`<div class="actions" part="actions" role="group" aria-label=${msg(str`Actions for ${shownName(props.person)}`)}>
    ${list.map(
      (action) =>
        html`<button
          type="button"
          part="action action-${action}"
          class=${action === 'vcard' ? '' : (RELATIONSHIP_ACTION_TABLE[action].emphasis ?? '')}
          data-action=${action}
          ?disabled=${props.pending !== null}
          aria-busy=${props.pending === action ? 'true' : 'false'}
          @click=${(event: Event) => props.onAction(action, props.person, event)}
        >
          ${actionLabel(action)}
        </button>`,
    )}
    ${
      !social && props.onEditContact && props.person.id.startsWith(CONTACT_ID_PREFIX)
        ? html`<button type="button" part="action action-edit" data-action="edit" @click=${() => props.onEditContact?.(props.person)}>
            ${msg('Edit or delete')}
          </button>`
        : nothing
    }
  </div>`;
}

/**
 * The note of the pending request between the two, labelled by who wrote it, and the optional note field offered
 * beside Connect (sent with it; the adapter refuses one over `TEXT_LIMITS.requestNote`, which `maxlength` keeps).
 */
function requestNote(props: ProfileViewProps): unknown {
  const r = props.relationship;
  if (!r || props.person.id.startsWith(CONTACT_ID_PREFIX)) return nothing;
  if (r.requestNote && (r.requestReceived || r.requestSent)) {
    return html`<p class="request-note" part="request-note-text">
      <span class="request-note-label">${r.requestReceived ? msg('Their note:') : msg('Your note:')}</span>
      <q class="user-text" dir="auto">${r.requestNote}</q>
    </p>`;
  }
  if (!offeredActions(r).includes('connect')) return nothing;
  // Keyed by person, so a note typed for one person never goes to the next one opened.
  return keyed(
    props.person.id,
    html`<div class="request-note-field" part="request-note-field">
      <label for="request-note">${msg('Note with your request (optional)')}</label>
      <textarea
        id="request-note"
        part="request-note"
        rows="2"
        maxlength=${TEXT_LIMITS.requestNote}
        aria-describedby="request-note-hint"
        ?disabled=${props.pending !== null}
      ></textarea>
      <span id="request-note-hint" class="hint"
        >${msg(str`Plain text, up to ${TEXT_LIMITS.requestNote} characters. Sent when you press Connect.`)}</span
      >
    </div>`,
  );
}

/**
 * Mute (with how long: a native select, keyboard and screen reader complete) or Unmute, in a group of its own:
 * nobody else is told, and it ends no connection or follow.
 */
function muteControls(props: ProfileViewProps): TemplateResult | typeof nothing {
  const action = props.relationship && !props.person.id.startsWith(CONTACT_ID_PREFIX) ? muteActionOf(props.relationship) : undefined;
  if (!action) return nothing;
  const button = html`<button
    type="button"
    part="action action-${action}"
    data-action=${action}
    ?disabled=${props.pending !== null}
    aria-busy=${props.pending === action ? 'true' : 'false'}
    @click=${(event: Event) => props.onAction(action, props.person, event)}
  >
    ${actionLabel(action)}
  </button>`;
  return html`<div class="actions mute" part="mute" role="group" aria-label=${msg(str`Mute ${shownName(props.person)}`)}>
    ${
      action === 'mute'
        ? html`<label class="mute-duration" part="mute-duration"
            >${msg('Mute for')}
            <select
              ?disabled=${props.pending !== null}
              @change=${(event: Event) => props.onMuteDuration((event.target as HTMLSelectElement).value as MuteDuration)}
            >
              ${MUTE_DURATIONS.map((d) => html`<option value=${d} ?selected=${d === props.muteDuration}>${muteDurationLabel(d)}</option>`)}
            </select></label
          >`
        : nothing
    }
    ${button}
  </div>`;
}

/** The open person's profile: who they are, how they relate to the viewer, what can be done, what they did. */
export function profileView(props: ProfileViewProps): TemplateResult {
  const { person } = props;
  return html`<section class="profile" part="profile" aria-labelledby="profile-name">
    <button type="button" class="back" part="back-button" @click=${props.onBack}>${msg('Back to list')}</button>
    <div class="profile-head">
      ${avatar(person, 'avatar profile-avatar')}
      <div class="profile-title">
        <h2 id="profile-name" class="user-text" part="profile-name" dir="auto" tabindex="-1">${shownName(person)}</h2>
        ${person.jobTitle ? html`<p class="job user-text" part="job-title" dir="auto">${person.jobTitle}</p>` : nothing}
        ${person.organization ? html`<p class="organization user-text" part="organization" dir="auto">${person.organization}</p>` : nothing}
        <p class="relationship" part="relationship">${props.relationship ? relationshipSentence(props.relationship) : msg('Loading…')}</p>
      </div>
    </div>
    ${mutualView(props.mutual, (id) => props.onOpenPerson?.(id))}
    ${
      props.error
        ? html`<div class="load-error" part="error">
            <p>${props.error}</p>
            <button type="button" @click=${props.onRetry}>${msg('Retry')}</button>
          </div>`
        : nothing
    }
    ${requestNote(props)} ${actions(props)} ${muteControls(props)} ${details(person)} ${props.contactLink ?? nothing} ${props.privateNote}
    <section class="activity" part="activity" aria-labelledby="activity-heading">
      <h3 id="activity-heading">${msg('Recent activity')}</h3>
      <activity-feed person-id=${person.id} .backend=${props.backend} @cc-person-open=${props.onFeedPersonOpen}></activity-feed>
    </section>
  </section>`;
}

/** The profile pane while its person loads (opened by id, not from a row), or after that failed. */
export function profileLoading(props: { error: string | undefined; onBack: () => void; onRetry: () => void }): TemplateResult {
  return html`<section class="profile" part="profile" aria-label=${msg('Profile')}>
    <button type="button" class="back" part="back-button" @click=${props.onBack}>${msg('Back to list')}</button>
    ${
      props.error
        ? html`<div class="load-error" part="error">
            <p>${props.error}</p>
            <button type="button" @click=${props.onRetry}>${msg('Retry')}</button>
          </div>`
        : html`<p>${msg('Loading…')}</p>`
    }
  </section>`;
}
