import type { DefineComponent } from "vue";

import type { ActivityFeed } from "../dist/components/activity-feed/activity-feed.js";
import type { ContactRequests } from "../dist/components/contact-requests/contact-requests.js";
import type { ContactsBackendElement } from "../dist/components/contacts-backend/contacts-backend.js";
import type { ContactsCenter } from "../dist/components/contacts-center/contacts-center.js";

type ActivityFeedProps = {
  /** Only this person's activities. Absent: the viewer's network feed. */
  "person-id"?: ActivityFeed["personId"];
  /** Activities per page, 1 to 100. */
  "page-size"?: ActivityFeed["pageSize"];
  /** Load the next page when the end of the list scrolls into view (the "Show more" button stays). */
  infinite?: ActivityFeed["infinite"];
  /** UI language (BCP 47). Absent: the nearest `lang` attribute. */
  locale?: ActivityFeed["locale"];
  /** The adapter to use. Without it, the nearest `backendContext` provider's adapter is used. */
  backend?: ActivityFeed["backend"];
  /** The user chose a person's name. `detail: { personId, selectedIds: [] }`, so a host can open the profile. */
  "oncc-select"?: (
    e: CustomEvent<import("../dist/components/activity-feed/activity-feed.js").SelectEventDetail>,
  ) => void;
  /** Loading failed. `detail: { error, message, action: 'load' }`. */
  "oncc-error"?: (e: CustomEvent<import("../dist/components/activity-feed/activity-feed.js").ErrorEventDetail>) => void;
};

type ContactRequestsProps = {
  /** Show a header button with the pending count that opens the lists in a popover. */
  compact?: ContactRequests["compact"];
  /** Requests per page in each list, 1 to 200. */
  "page-size"?: ContactRequests["pageSize"];
  /** UI language (BCP 47). Absent: the nearest `lang` attribute. */
  locale?: ContactRequests["locale"];
  /** The adapter to use. Without it, the nearest `backendContext` provider's adapter is used. */
  backend?: ContactRequests["backend"];
  /** An action succeeded. `detail: { action: 'accept' | 'decline' | 'cancel-request', personIds: [id], relationship }`. */
  "oncc-action"?: (
    e: CustomEvent<import("../dist/components/contact-requests/contact-requests.js").ActionEventDetail>,
  ) => void;
  /** An action or a load failed. `detail: { error, message, action, personIds? }`. */
  "oncc-error"?: (
    e: CustomEvent<import("../dist/components/contact-requests/contact-requests.js").ErrorEventDetail>,
  ) => void;
};

type ContactsBackendElementProps = {
  /** The IndexedDB database the built-in adapter uses. */
  "database-name"?: ContactsBackendElement["databaseName"];
  /** The person the built-in adapter acts for. Without it (and without `backend`) the elements have no backend. */
  "viewer-id"?: ContactsBackendElement["viewerId"];
  /** Any adapter; when set, it is provided instead of the built-in one. */
  backend?: ContactsBackendElement["backend"];
  /** The backend the elements inside currently get. */
  currentBackend?: ContactsBackendElement["currentBackend"];
};

type ContactsCenterProps = {
  /** Which people the list shows. */
  filter?: ContactsCenter["filter"];
  /** The search text. Typing updates it (and the attribute); setting it searches. */
  query?: ContactsCenter["query"];
  /** The person whose profile is open; `null` for none. Setting it opens the profile (deep link). */
  "person-id"?: ContactsCenter["personId"];
  /** The vCard version the download buttons write: `3.0` (most compatible, default) or `4.0`. */
  "vcard-version"?: ContactsCenter["vcardVersion"];
  /** Rows fetched per page, 1 to 200. */
  "page-size"?: ContactsCenter["pageSize"];
  /** UI language (BCP 47). Absent: the nearest `lang` attribute. */
  locale?: ContactsCenter["locale"];
  /** Ids of the rows selected for bulk actions. */
  selectedIds?: ContactsCenter["selectedIds"];
  /** The adapter to use. Without it, the nearest `backendContext` provider's adapter is used. */
  backend?: ContactsCenter["backend"];
  /** The open profile or the bulk selection changed. `detail: { personId, selectedIds }`. */
  "oncc-select"?: (
    e: CustomEvent<import("../dist/components/contacts-center/contacts-center.js").SelectEventDetail>,
  ) => void;
  /** An action completed. `detail: { action, personIds, relationship? }` (`relationship` for single-person relationship actions; `action: 'vcard'` for downloads). */
  "oncc-action"?: (
    e: CustomEvent<import("../dist/components/contacts-center/contacts-center.js").ActionEventDetail>,
  ) => void;
  /** An action or a load failed. `detail: { error, message, action?, personIds? }`; `message` is what the user was shown. */
  "oncc-error"?: (
    e: CustomEvent<import("../dist/components/contacts-center/contacts-center.js").ErrorEventDetail>,
  ) => void;
};

export type CustomElements = {
  /**
   * The activity feed of the viewer's network, or of one person.
   * ---
   *
   *
   * ### **Events:**
   *  - **cc-select** - The user chose a person's name. `detail: { personId, selectedIds: [] }`, so a host can open the profile.
   * - **cc-error** - Loading failed. `detail: { error, message, action: 'load' }`.
   *
   * ### **Methods:**
   *  - **refresh(): _Promise<void>_** - Reloads the feed from its first page.
   *
   *
   *
   * ### **CSS Properties:**
   *  - **--cc-color-background** - Page background. _(default: undefined)_
   * - **--cc-color-surface** - Background of each activity. _(default: undefined)_
   * - **--cc-color-text** - Text colour. _(default: undefined)_
   * - **--cc-color-text-muted** - Times and secondary text. _(default: undefined)_
   * - **--cc-color-border** - Borders and skeleton placeholders. _(default: undefined)_
   * - **--cc-color-accent** - Links. _(default: undefined)_
   * - **--cc-color-danger** - Error text. _(default: undefined)_
   * - **--cc-focus-ring-color** - Focus outline. _(default: undefined)_
   * - **--cc-radius** - Corner radius. _(default: undefined)_
   * - **--cc-spacing** - Base spacing. _(default: undefined)_
   * - **--cc-font-family** - Font. _(default: undefined)_
   * - **--cc-font-size** - Base font size. _(default: undefined)_
   * - **--cc-avatar-size** - Avatar diameter. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **feed** - The list of activities (`role="feed"`).
   * - **item** - One activity (`<article>`); grouped follow-ups also have the `continued` class.
   * - **avatar** - The actor's avatar.
   * - **header** - The line with the actor's name and the time.
   * - **actor** - The actor's name, a button that emits `cc-select`.
   * - **time** - The relative time (`<time>`, exact time in its tooltip).
   * - **summary** - What happened: the post's text, or e.g. "connected with Jane Doe".
   * - **link** - The activity's link: an `<a>` for http(s) URLs, plain text otherwise.
   * - **skeleton** - The placeholder shown while the first page loads.
   * - **status** - The screen-reader status ("Loading activity…").
   * - **empty** - The message when there is nothing to show.
   * - **error** - The failure message and its "Try again" button.
   * - **retry** - The "Try again" button.
   * - **more** - The "Show more" button.
   */
  "activity-feed": DefineComponent<ActivityFeedProps>;

  /**
   * Incoming and sent connection requests, inline or behind a header button.
   * ---
   *
   *
   * ### **Events:**
   *  - **cc-action** - An action succeeded. `detail: { action: 'accept' | 'decline' | 'cancel-request', personIds: [id], relationship }`.
   * - **cc-error** - An action or a load failed. `detail: { error, message, action, personIds? }`.
   *
   * ### **Methods:**
   *  - **refresh(): _Promise<void>_** - Reloads both lists and the count.
   * - **open(): _void_** - Compact mode: opens the popover.
   * - **close(): _void_** - Compact mode: closes the popover.
   *
   *
   *
   * ### **CSS Properties:**
   *  - **--cc-color-background** - Background (also of the popover). _(default: undefined)_
   * - **--cc-color-surface** - Background of each request. _(default: undefined)_
   * - **--cc-color-text** - Text colour. _(default: undefined)_
   * - **--cc-color-text-muted** - Job titles and times. _(default: undefined)_
   * - **--cc-color-border** - Borders. _(default: undefined)_
   * - **--cc-color-accent** - The "Accept" button and the count badge. _(default: undefined)_
   * - **--cc-color-on-accent** - Text on the accent colour. _(default: undefined)_
   * - **--cc-color-success** - The status message. _(default: undefined)_
   * - **--cc-color-danger** - Error text. _(default: undefined)_
   * - **--cc-focus-ring-color** - Focus outline. _(default: undefined)_
   * - **--cc-radius** - Corner radius. _(default: undefined)_
   * - **--cc-spacing** - Base spacing. _(default: undefined)_
   * - **--cc-font-family** - Font. _(default: undefined)_
   * - **--cc-font-size** - Base font size. _(default: undefined)_
   * - **--cc-avatar-size** - Avatar diameter. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **trigger** - Compact mode: the header button (its accessible name includes the pending count).
   * - **badge** - Compact mode: the count on the button.
   * - **popover** - Compact mode: the popover holding the lists.
   * - **close** - Compact mode: the popover's "Close" button.
   * - **announcement** - The polite status message after an action.
   * - **action-error** - The message when an action failed.
   * - **section** - Each list's section; also `incoming` or `outgoing`.
   * - **heading** - Each list's heading.
   * - **list** - Each list (`<ul>`).
   * - **request** - One request row (`<li>`).
   * - **avatar** - The other person's avatar.
   * - **name** - The other person's name.
   * - **job** - The other person's job title.
   * - **time** - When the request was sent.
   * - **actions** - A row's buttons.
   * - **accept** - The "Accept" button.
   * - **decline** - The "Decline" button.
   * - **cancel** - The "Cancel request" button.
   * - **empty** - A list's "none" message.
   * - **loading** - A list's loading message.
   * - **error** - A list's failure message with its "Try again" button.
   * - **retry** - The "Try again" button.
   * - **more** - A list's "Show more" button.
   */
  "contact-requests": DefineComponent<ContactRequestsProps>;

  /**
   * Provides a backend adapter to the elements inside it.
   * ---
   *
   *
   * ### **Slots:**
   *  - _default_ - The elements that use the backend.
   */
  "contacts-backend": DefineComponent<ContactsBackendElementProps>;

  /**
   * People directory with relationship actions, bulk actions and vCard export.
   * ---
   *
   *
   * ### **Events:**
   *  - **cc-select** - The open profile or the bulk selection changed. `detail: { personId, selectedIds }`.
   * - **cc-action** - An action completed. `detail: { action, personIds, relationship? }` (`relationship` for single-person relationship actions; `action: 'vcard'` for downloads).
   * - **cc-error** - An action or a load failed. `detail: { error, message, action?, personIds? }`; `message` is what the user was shown.
   *
   * ### **Methods:**
   *  - **clearSelection(): _void_** - Clears the bulk selection.
   *
   *
   *
   * ### **CSS Properties:**
   *  - **--cc-color-background** - Background. _(default: undefined)_
   * - **--cc-color-surface** - Surfaces: buttons, badges, hovered rows. _(default: undefined)_
   * - **--cc-color-text** - Text colour. _(default: undefined)_
   * - **--cc-color-text-muted** - Secondary text: job titles, counts. _(default: undefined)_
   * - **--cc-color-border** - Borders and separators. _(default: undefined)_
   * - **--cc-color-accent** - Primary buttons, selected rows, links. _(default: undefined)_
   * - **--cc-color-on-accent** - Text on the accent colour. _(default: undefined)_
   * - **--cc-color-danger** - Destructive buttons and errors. _(default: undefined)_
   * - **--cc-color-success** - The status message. _(default: undefined)_
   * - **--cc-focus-ring-color** - Focus outline. _(default: undefined)_
   * - **--cc-radius** - Corner radius. _(default: undefined)_
   * - **--cc-spacing** - Base spacing. _(default: undefined)_
   * - **--cc-font-family** - Font. _(default: undefined)_
   * - **--cc-font-size** - Base font size. _(default: undefined)_
   * - **--cc-avatar-size** - Avatar diameter. _(default: undefined)_
   * - **--cc-list-height** - Height of the list when the element itself has no fixed height. _(default: 28rem)_
   *
   * ### **CSS Parts:**
   *  - **layout** - The grid holding the two panes.
   * - **main-pane** - The pane with home, search, bulk bar and list.
   * - **profile-pane** - The pane with the open profile (or, when wide, a placeholder).
   * - **home** - The home view: the viewer and their numbers.
   * - **viewer** - The viewer's avatar and name.
   * - **viewer-avatar** - The viewer's avatar (also `avatar`).
   * - **viewer-name** - The viewer's name.
   * - **counts** - The group of count buttons.
   * - **count** - Each count button; also `count-connections`, `count-following`, `count-incoming`, `count-followers`.
   * - **toolbar** - The search field and filter.
   * - **search** - The search field (`type=search`).
   * - **filter** - The filter `<select>`.
   * - **bulk-bar** - The bar of bulk actions, shown while rows are selected.
   * - **bulk-count** - "3 selected".
   * - **bulk-action** - Each bulk action button; also `bulk-action-<action>` (connect, follow, unfollow, block, vcard, clear).
   * - **list** - The people grid (`role="grid"`), the scroll container.
   * - **row** - One person row; selected rows also have `row-selected`.
   * - **checkbox** - A row's selection checkbox.
   * - **avatar** - Avatars in rows.
   * - **name** - A row's name.
   * - **job-title** - A row's or the profile's job title.
   * - **badge** - A row's relationship badge.
   * - **loading** - The loading message of the list.
   * - **loading-more** - Shown while the next page loads.
   * - **empty** - The list's empty message.
   * - **list-error** - The list's failure message and Retry button.
   * - **download-all** - The "Download all connections as vCard" button.
   * - **profile** - The profile section.
   * - **back-button** - The profile's "Back to list" button.
   * - **profile-avatar** - The profile's avatar (also `avatar`).
   * - **error** - The profile's load failure and its Retry button.
   * - **profile-name** - The profile's heading.
   * - **organization** - The profile's organization.
   * - **relationship** - The relationship in words.
   * - **actions** - The profile's action buttons.
   * - **action** - Each action button; also `action-<action>` (connect, cancel-request, accept, decline, disconnect, follow, unfollow, block, unblock, vcard).
   * - **details** - The profile's contact details.
   * - **activity** - The profile's recent activity.
   * - **placeholder** - The empty profile pane.
   * - **status** - The polite live region that says what happened.
   * - **alert** - The failure message (`role="alert"`).
   * - **dialog** - The confirmation dialog.
   * - **dialog-confirm** - The dialog's confirming button.
   * - **dialog-cancel** - The dialog's Cancel button.
   */
  "contacts-center": DefineComponent<ContactsCenterProps>;
};

declare module "vue" {
  // eslint-disable-next-line @typescript-eslint/no-empty-interface
  interface GlobalComponents extends CustomElements {}
}

declare global {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-interface
    interface IntrinsicElements extends CustomElements {}
  }
}
