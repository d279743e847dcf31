import type { ActivityFeed } from "../dist/components/activity-feed/activity-feed.js";
import type { ContactRequests } from "../dist/components/contact-requests/contact-requests.js";
import type { ContactsBackendElement } from "../dist/components/contacts-backend/contacts-backend.js";
import type { ContactsCenter } from "../dist/components/contacts-center/contacts-center.js";

/**
 * This type can be used to create scoped tags for your components.
 *
 * Usage:
 *
 * ```ts
 * import type { ScopedElements } from "path/to/library/jsx-integration";
 *
 * declare module "my-library" {
 *   namespace JSX {
 *     interface IntrinsicElements
 *       extends ScopedElements<'test-', ''> {}
 *   }
 * }
 * ```
 *
 */
export type ScopedElements<Prefix extends string = "", Suffix extends string = ""> = {
  [Key in keyof CustomElements as `${Prefix}${Key}${Suffix}`]: CustomElements[Key];
};

type BaseProps = {
  /** Content added between the opening and closing tags of the element */
  children?: any;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  class?: string;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  className?: string;
  /** Takes an object where the key is the class name(s) and the value is a boolean expression. When true, the class is applied, and when false, it is removed. */
  classList?: Record<string, boolean | undefined>;
  /** Specifies the text direction of the element. */
  dir?: "ltr" | "rtl";
  /** Contains a space-separated list of the part names of the element that should be exposed on the host element. */
  exportparts?: string;
  /** For <label> and <output>, lets you associate the label with some control. */
  htmlFor?: string;
  /** Specifies whether the element should be hidden. */
  hidden?: boolean | string;
  /** A unique identifier for the element. */
  id?: string;
  /** Keys tell React which array item each component corresponds to */
  key?: string | number;
  /** Specifies the language of the element. */
  lang?: string;
  /** Contains a space-separated list of the part names of the element. Part names allows CSS to select and style specific elements in a shadow tree via the ::part pseudo-element. */
  part?: string;
  /** Use the ref attribute with a variable to assign a DOM element to the variable once the element is rendered. */
  ref?: unknown | ((e: unknown) => void);
  /** Adds a reference for a custom element slot */
  slot?: string;
  /** Prop for setting inline styles */
  style?: Record<string, string | number>;
  /** Overrides the default Tab button behavior. Avoid using values other than -1 and 0. */
  tabIndex?: number;
  /** Specifies the tooltip text for the element. */
  title?: string;
  /** Passing 'no' excludes the element content from being translated. */
  translate?: "yes" | "no";
};

type BaseEvents = {};

export type ActivityFeedProps = {
  /** Only this person's activities (no tabs, no composer). Absent: the viewer's network feed. */
  "person-id"?: ActivityFeed["personId"];
  /** The tab shown: `all`, `connections`, `following` or `me` (anything else reads as `all`). */
  tab?: ActivityFeed["tab"];
  /** Hide the tab bar (the host picks the tab with `tab`). */
  "hide-tabs"?: ActivityFeed["hideTabs"];
  /** Turn the composer off. */
  "no-composer"?: ActivityFeed["noComposer"];
  /** IANA time zone of the day headings (e.g. `Asia/Tokyo`). Absent: the browser's. */
  "time-zone"?: ActivityFeed["timeZone"];
  /** Activities per page, 1 to 100. */
  "page-size"?: ActivityFeed["pageSize"];
  /** Load the next page when the end of the list scrolls into view (the "Show more" button stays). */
  infinite?: ActivityFeed["infinite"];
  /** UI language (BCP 47). Absent: the nearest `lang` attribute. */
  locale?: ActivityFeed["locale"];
  /** People never shown in the feed, not even by name in a group (blocked people are left out by the backend;
this is for more, e.g. muted people). Activities by them, and connections with them, are left out. */
  hidePerson?: ActivityFeed["hidePerson"];
  /** The adapter to use. Without it, the nearest `backendContext` provider's adapter is used. */
  backend?: ActivityFeed["backend"];
  /** The user chose a person's name, so a host can open their profile. `detail: { personId }`. */
  "oncc-person-open"?: (
    e: CustomEvent<import("../dist/components/activity-feed/activity-feed.js").PersonOpenEventDetail>,
  ) => void;
  /** The user chose a tab (the `tab` attribute has changed). `detail: { tab }`. */
  "oncc-tab-change"?: (
    e: CustomEvent<import("../dist/components/activity-feed/activity-feed.js").FeedTabEventDetail>,
  ) => void;
  /** Loading or posting failed. `detail: { error, message, action }` with `action` `'load'` or `'post'`. */
  "oncc-error"?: (e: CustomEvent<import("../dist/components/activity-feed/activity-feed.js").ErrorEventDetail>) => void;
};

export type ContactRequestsProps = {
  /** Show a header button with the pending count that opens the lists in a popover. */
  compact?: ContactRequests["compact"];
  /** Requests per page in each list, 1 to 200. */
  "page-size"?: ContactRequests["pageSize"];
  /** UI language (BCP 47). Absent: the nearest `lang` attribute. */
  locale?: ContactRequests["locale"];
  /** The adapter to use. Without it, the nearest `backendContext` provider's adapter is used. */
  backend?: ContactRequests["backend"];
  /** An action succeeded. `detail: { action: 'accept' | 'decline' | 'ignore-requests' | 'cancel-request', personIds: [id], relationship }`. */
  "oncc-action"?: (
    e: CustomEvent<import("../dist/components/contact-requests/contact-requests.js").ActionEventDetail>,
  ) => void;
  /** An action or a load failed. `detail: { error, message, action, personIds? }`. */
  "oncc-error"?: (
    e: CustomEvent<import("../dist/components/contact-requests/contact-requests.js").ErrorEventDetail>,
  ) => void;
};

export type ContactsBackendElementProps = {
  /** The IndexedDB database the built-in adapter uses. */
  "database-name"?: ContactsBackendElement["databaseName"];
  /** The person the built-in adapter acts for. Without it (and without `backend`) the elements have no backend. */
  "viewer-id"?: ContactsBackendElement["viewerId"];
  /** The reference server's API root (e.g. `https://contacts.example.com/api`). When set, the elements get the
HTTP adapter instead of IndexedDB; it needs `viewer-id` and a token (`token-url` or `getToken`). */
  "api-url"?: ContactsBackendElement["apiUrl"];
  /** Where the viewer's token comes from, with `api-url`: a GET with the page's cookies answering JSON
`{ "token": "…" }` or the bare token. It is kept until shortly before it expires, or the server refuses it. */
  "token-url"?: ContactsBackendElement["tokenUrl"];
  /** The viewer's token for `api-url`, from script: a function giving the current JWT (called before requests;
with `{ refresh: true }` after the server refused one). Used when `token-url` is not set. */
  getToken?: ContactsBackendElement["getToken"];
  /** Any adapter; when set, it is provided instead of the built-in one. */
  backend?: ContactsBackendElement["backend"];
  /** The backend the elements inside currently get (with `api-url`, once the HTTP adapter has loaded, on first use). */
  currentBackend?: ContactsBackendElement["currentBackend"];
};

export type ContactsCenterProps = {
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
  /** An action completed. `detail: { action, personIds, relationship? }` (`relationship` for single-person relationship actions; `action: 'vcard'` for downloads, `profile` for the viewer's saved profile, `contact` / `delete-contact` for a saved or deleted personal contact). */
  "oncc-action"?: (
    e: CustomEvent<import("../dist/components/contacts-center/contacts-center.js").ActionEventDetail>,
  ) => void;
  /** A vCard import finished, was cancelled or was undone. `detail: { status }`. */
  "oncc-import"?: (
    e: CustomEvent<import("../dist/components/contacts-center/contacts-center.js").ImportEventDetail>,
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
   *  - **cc-person-open** - The user chose a person's name, so a host can open their profile. `detail: { personId }`.
   * - **cc-tab-change** - The user chose a tab (the `tab` attribute has changed). `detail: { tab }`.
   * - **cc-error** - Loading or posting failed. `detail: { error, message, action }` with `action` `'load'` or `'post'`.
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
   *  - **tabs** - The tab bar (`role="tablist"`).
   * - **tab** - One tab; the chosen one also has the `selected-tab` part.
   * - **selected-tab** - The chosen tab.
   * - **composer** - The form to post an update.
   * - **composer-text** - Its text area.
   * - **composer-count** - How many characters are left.
   * - **composer-error** - Why the last post failed.
   * - **post** - The "Post" button.
   * - **new-items** - The "3 new" button shown when activity arrives while the user reads further down.
   * - **feed** - The list of activities (`role="feed"`).
   * - **day-heading** - A day's heading ("Today"), at the top of the day's first activity.
   * - **item** - One activity (`<article>`); grouped follow-ups also have the `continued` class.
   * - **group** - A collapsed run of similar activities (an `<article>` that is also an `item`).
   * - **group-toggle** - The button that expands or collapses a group in place.
   * - **avatar** - The actor's avatar.
   * - **header** - The line with the actor's name and the time.
   * - **actor** - The actor's name, a button that emits `cc-person-open`.
   * - **time** - The relative time (`<time>`, exact time in its tooltip).
   * - **summary** - What happened: the post's text, or e.g. "connected with Jane Doe".
   * - **text-link** - A link recognised in a post's text (http(s) only).
   * - **link** - The activity's link: an `<a>` for http(s) URLs, plain text otherwise.
   * - **skeleton** - The placeholder shown while the first page loads.
   * - **status** - The screen-reader status ("Loading activity…").
   * - **empty** - The message when there is nothing to show.
   * - **error** - The failure message and its "Try again" button.
   * - **retry** - The "Try again" button.
   * - **more** - The "Show more" button.
   */
  "activity-feed": Partial<ActivityFeedProps & BaseProps & BaseEvents>;

  /**
   * Incoming and sent connection requests, inline or behind a header button.
   * ---
   *
   *
   * ### **Events:**
   *  - **cc-action** - An action succeeded. `detail: { action: 'accept' | 'decline' | 'ignore-requests' | 'cancel-request', personIds: [id], relationship }`.
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
   * - **ignore** - The "Decline and ignore" button (declines, and refuses the person's later requests; not a block).
   * - **note** - The note that came with a request.
   * - **cancel** - The "Cancel request" button.
   * - **empty** - A list's "none" message.
   * - **loading** - A list's loading message.
   * - **error** - A list's failure message with its "Try again" button.
   * - **retry** - The "Try again" button.
   * - **more** - A list's "Show more" button.
   * - **dialog** - The dialog asking before "Decline and ignore".
   * - **dialog-confirm** - The dialog's confirming button.
   * - **dialog-cancel** - The dialog's Cancel button.
   */
  "contact-requests": Partial<ContactRequestsProps & BaseProps & BaseEvents>;

  /**
   * Provides a backend adapter to the elements inside it.
   * ---
   *
   *
   * ### **Slots:**
   *  - _default_ - The elements that use the backend.
   */
  "contacts-backend": Partial<ContactsBackendElementProps & BaseProps & BaseEvents>;

  /**
   * People directory with relationship actions, bulk actions and vCard export.
   * ---
   *
   *
   * ### **Events:**
   *  - **cc-select** - The open profile or the bulk selection changed. `detail: { personId, selectedIds }`.
   * - **cc-action** - An action completed. `detail: { action, personIds, relationship? }` (`relationship` for single-person relationship actions; `action: 'vcard'` for downloads, `profile` for the viewer's saved profile, `contact` / `delete-contact` for a saved or deleted personal contact).
   * - **cc-import** - A vCard import finished, was cancelled or was undone. `detail: { status }`.
   * - **cc-error** - An action or a load failed. `detail: { error, message, action?, personIds? }`; `message` is what the user was shown.
   *
   * ### **Methods:**
   *  - **clearSelection(): _void_** - Clears the bulk selection.
   * - **selectAll(): _Promise<void>_** - Selects everyone the current filter and search show, loading the pages not yet loaded first (a new search
   * meanwhile cancels it), and says how many are selected.
   * - **editProfile(): _Promise<void>_** - Opens the form on the viewer's own profile (what the home view's "Edit profile" does).
   * - **editContact(person: _Person_): _Promise<void>_** - Opens the form on a new personal contact, or on one of the viewer's (`person`).
   * - **importVCards(source: _Blob | string_): _Promise<void>_** - Opens the import panel (for adapters with contact imports, e.g. IndexedDB and memory): with a `.vcf` file or
   * its text, straight to the preview of what it would add and merge; nothing is written until the user confirms.
   * The vCard reader loads now, not with the element. The outcome is fired as `cc-import`.
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
   * - **bulk-action** - Each bulk action button; also `bulk-action-<action>` (connect, accept, decline, disconnect, follow, unfollow, block, unblock, vcard, clear).
   * - **select-all** - The Select all button: selects everyone the filter and search show, loaded or not.
   * - **bulk-mute-duration** - The label and native select of how long the bulk Mute lasts (`MUTE_DURATIONS`).
   * - **bulk-report** - The outcome of the last bulk action for each person (a disclosure below the bulk bar).
   * - **list** - The people grid (`role="grid"`), the scroll container.
   * - **row** - One person row; selected rows also have `row-selected`.
   * - **initial** - The initial heading beside the first row of each initial (A–Z, あ か さ … わ, #).
   * - **match** - A row's line saying what the search matched besides the name ("Email: …").
   * - **jump-index** - The jump-to-letter index beside the list (`role="toolbar"`).
   * - **jump-initial** - Each initial's button in the jump-to-letter index.
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
   * - **mutual** - The profile's mutual connections ("Connected to Jane Doe, Richard Roe and 3 others you know"), a disclosure opening the list of them.
   * - **mutual-person** - Each mutual connection's button in that list (opens their profile).
   * - **actions** - The profile's action buttons.
   * - **action** - Each action button; also `action-<action>` (connect, cancel-request, accept, decline, disconnect, follow, unfollow, remove-follower, block, unblock, vcard).
   * - **details** - The profile's contact details.
   * - **contact-link** - On a personal contact's profile: the member it is linked to, or "Link to …" offers for the members with its email (`contact-link-link`, `contact-link-unlink`, `contact-link-open`); on a linked member's: the viewer's contact and its note (`contact-link-note`).
   * - **contact-note** - A linked member's row line with the note of the viewer's contact ("Your note: …").
   * - **activity** - The profile's recent activity.
   * - **placeholder** - The empty profile pane.
   * - **status** - The polite live region that says what happened.
   * - **alert** - The failure message (`role="alert"`).
   * - **edit-profile** - The home view's "Edit profile" button (opens the form on the viewer's own person).
   * - **new-contact** - The home view's "New contact" button (adapters that keep personal contacts).
   * - **editor** - The person form: the viewer's profile or a personal contact, in the profile pane.
   * - **field-error** - A form field's message, next to it.
   * - **editor-save** - The form's Save button.
   * - **editor-cancel** - The form's Cancel button.
   * - **editor-delete** - The form's "Delete contact" button.
   * - **import-open** - The Import vCards button (Resume import after an import a reload cut off).
   * - **dialog** - The confirmation dialog.
   * - **dialog-confirm** - The dialog's confirming button.
   * - **dialog-cancel** - The dialog's Cancel button.
   */
  "contacts-center": Partial<ContactsCenterProps & BaseProps & BaseEvents>;
};
