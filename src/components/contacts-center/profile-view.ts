import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ContactsBackend } from '../../backend/backend.js';
import type { Email, Person, Phone, PostalAddress } from '../../model/person.js';
import type { Relationship, RelationshipAction } from '../../model/relationship.js';
import { addressLanguage, addressLines } from '../shared/address.js';
import { avatar } from '../shared/avatar.js';
import type { PersonOpenEventDetail } from '../shared/events.js';
import { offeredActions, RELATIONSHIP_ACTION_TABLE } from '../shared/relationship-actions.js';
import { formatBirthday } from './birthday.js';
import { mailtoHref, safeWebUrl, telHref } from './links.js';
import { actionLabel, relationshipSentence } from './messages.js';

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
  onAction: (action: RelationshipAction | 'vcard', event: Event) => void;
  onBack: () => void;
  onRetry: () => void;
  /** A person chosen in the recent-activity feed. */
  onFeedPersonOpen: (event: CustomEvent<PersonOpenEventDetail>) => void;
}

function typeLabel(type: Email['type'] | Phone['type'] | PostalAddress['type']): string {
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
    ${values.map((value) => html`<dd>${value}</dd>`)}
  </div>`;
}

function webAddress(value: string): TemplateResult {
  const href = safeWebUrl(value);
  return href ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${value}</a>` : html`${value}`;
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
  const list: (RelationshipAction | 'vcard')[] = props.relationship ? [...offeredActions(props.relationship), 'vcard'] : ['vcard'];
  return html`<div class="actions" part="actions" role="group" aria-label=${msg(str`Actions for ${props.person.displayName}`)}>
    ${list.map(
      (action) =>
        html`<button
          type="button"
          part="action action-${action}"
          class=${action === 'vcard' ? '' : (RELATIONSHIP_ACTION_TABLE[action].emphasis ?? '')}
          data-action=${action}
          ?disabled=${props.pending !== null}
          aria-busy=${props.pending === action ? 'true' : 'false'}
          @click=${(event: Event) => props.onAction(action, event)}
        >
          ${actionLabel(action)}
        </button>`,
    )}
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
        <h2 id="profile-name" part="profile-name" tabindex="-1">${person.displayName}</h2>
        ${person.jobTitle ? html`<p class="job" part="job-title">${person.jobTitle}</p>` : nothing}
        ${person.organization ? html`<p class="organization" part="organization">${person.organization}</p>` : nothing}
        <p class="relationship" part="relationship">${props.relationship ? relationshipSentence(props.relationship) : msg('Loading…')}</p>
      </div>
    </div>
    ${
      props.error
        ? html`<div class="load-error" part="error">
            <p>${props.error}</p>
            <button type="button" @click=${props.onRetry}>${msg('Retry')}</button>
          </div>`
        : nothing
    }
    ${actions(props)} ${details(person)}
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
