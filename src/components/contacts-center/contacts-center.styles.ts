import { css } from 'lit';

/** Layout and look of <contacts-center>; tokens come from themeStyles. */
export const contactsCenterStyles = css`
  :host {
    /* The element's own width decides one pane or two, wherever it is embedded. */
    container-type: inline-size;
    container-name: contacts-center;
    --_row-height: 3.75rem;
  }

  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    /* In an element of fixed height the panes get that height, no more: the profile scrolls inside it. */
    grid-template-rows: minmax(0, 1fr);
    gap: var(--_gap);
    height: 100%;
  }

  .side-pane {
    overflow-y: auto;
    /* Room for the focus ring (2px + 2px offset), which a scrolling pane would otherwise clip at its edges. */
    padding: 4px;
  }

  .main-pane,
  .side-pane {
    min-width: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
  }

  /* Narrow: one pane at a time. */
  .layout.has-profile .main-pane,
  .layout:not(.has-profile) .side-pane {
    display: none;
  }

  /* Wide: list and profile side by side. */
  @container contacts-center (min-width: 46rem) {
    .layout {
      grid-template-columns: minmax(18rem, 1fr) minmax(20rem, 1.15fr);
    }
    .layout.has-profile .main-pane,
    .layout:not(.has-profile) .side-pane {
      display: flex;
    }
    .back {
      display: none;
    }
  }

  p {
    margin: 0;
  }

  /* ---- home ---- */
  .home {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_gap);
    padding: var(--_gap);
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  .viewer {
    display: flex;
    align-items: center;
    gap: 0.6rem;
  }
  .viewer-name {
    font-weight: 600;
    font-size: 1.1em;
  }
  .counts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
  }
  .count {
    background: var(--_bg);
  }
  .muted {
    color: var(--_muted);
  }

  /* ---- toolbar ---- */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  input[type='search'],
  select {
    font: inherit;
    color: inherit;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.35rem 0.6rem;
    min-height: 2.25rem;
  }
  input[type='search'] {
    flex: 1 1 12rem;
    min-width: 0;
  }
  .filter-label {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    color: var(--_muted);
  }

  /* ---- bulk bar ---- */
  .bulk-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4rem;
    padding: 0.4rem 0.6rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
  }
  .bulk-count {
    font-weight: 600;
    margin-inline-end: 0.4rem;
  }

  /* ---- list ---- */
  .list-pane {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    flex: 1 1 auto;
    min-height: 0;
  }
  .grid {
    position: relative;
    overflow-y: auto;
    overscroll-behavior: contain;
    height: var(--cc-list-height, 28rem);
    flex: 1 1 auto;
    min-height: 10rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .rows {
    position: relative;
  }
  /* Rows re-fill as the list scrolls (a fast scroll re-fills a screenful every frame), so their layout is kept
     cheap: flex with definite bases, no grid, nothing sized by its content but the checkbox and the badge. */
  .row {
    position: absolute;
    inset-inline: 0;
    top: 0;
    height: var(--_row-height);
    display: flex;
    align-items: center;
    gap: 0.6rem;
    padding: 0 0.75rem;
    border-bottom: 1px solid var(--_border);
    cursor: pointer;
    /* Every row has a fixed size and paints inside itself: laying out or painting one touches no other.
       (Not content-visibility: a fast scroll shows each row for about one frame, and deciding which rows are
       on screen cost a second style and layout pass every frame.) */
    contain: strict;
  }
  .row:hover {
    background: var(--_surface);
  }
  .row[aria-selected='true'] {
    background: color-mix(in srgb, var(--_accent) 14%, var(--_bg));
  }
  /* The open row's marker, on the side its text starts (the right under dir=rtl). */
  .row[aria-current='true']::before {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0;
    inline-size: 3px;
    background: var(--_accent);
  }
  .row:focus-visible {
    outline-offset: -2px;
  }
  .cell-check {
    flex: none;
    display: flex;
    align-items: center;
  }
  .cell-check input {
    width: 1.1rem;
    height: 1.1rem;
    margin: 0;
    cursor: pointer;
    accent-color: var(--_accent);
  }
  .cell-person {
    flex: 1 1 0;
    display: flex;
    align-items: center;
    gap: 0.6rem;
    min-width: 0;
  }
  /* The same disc as everywhere, centred by its line box rather than a grid. */
  .cell-person .avatar {
    display: block;
    line-height: var(--_avatar-size);
    text-align: center;
  }
  .who {
    flex: 1 1 0;
    min-width: 0;
  }
  .name,
  .job {
    display: block;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .cell-badge {
    flex: none;
  }
  .name {
    font-weight: 600;
  }
  .job {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .badge {
    display: inline-block;
    padding: 0.1rem 0.5rem;
    border-radius: 999px;
    border: 1px solid var(--_border);
    background: var(--_surface);
    font-size: 0.85em;
    white-space: nowrap;
  }
  .list-message {
    padding: 1.5rem var(--_gap);
    text-align: center;
    color: var(--_muted);
  }
  .list-message button {
    margin-top: 0.5rem;
  }
  .loading-more {
    position: absolute;
    inset-inline: 0;
    bottom: 0.5rem;
    margin: 0 auto;
    width: max-content;
    padding: 0.2rem 0.8rem;
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_muted);
    pointer-events: none;
  }
  .download-all {
    align-self: flex-start;
  }

  /* ---- profile ---- */
  .placeholder {
    padding: 2rem var(--_gap);
    color: var(--_muted);
    text-align: center;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .profile {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
  }
  .back {
    align-self: flex-start;
  }
  .profile-head {
    display: flex;
    gap: var(--_gap);
    align-items: center;
  }
  .profile-head .avatar {
    --_avatar-size: calc(var(--cc-avatar-size, 2.5rem) * 1.8);
  }
  .profile-title {
    min-width: 0;
  }
  .profile-title h2 {
    margin: 0;
    font-size: 1.35em;
    overflow-wrap: anywhere;
  }
  .profile-title h2:focus {
    outline: none;
  }
  .profile-title h2:focus-visible {
    outline: 2px solid var(--_focus);
  }
  .job,
  .organization,
  .relationship {
    color: var(--_muted);
  }
  .mutual-line {
    font-size: 0.8em;
  }
  .suggestions {
    padding: 0.5rem 0.75rem;
    border-bottom: 1px solid var(--_border);
  }
  .suggestions h2 {
    font-size: 1em;
    margin: 0 0 0.25rem;
  }
  .suggestions ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.4rem;
  }
  .suggestions li {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  .request-note-field {
    display: grid;
    gap: 0.25rem;
    margin-block: 0.5rem;
  }
  .request-note-field textarea {
    font: inherit;
    resize: vertical;
  }
  .request-note-field .hint,
  .request-note-label {
    color: var(--_muted, inherit);
    font-size: 0.875em;
  }
  .request-note q {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
  }
  .mute-duration {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
    color: var(--_muted);
  }
  .private-note,
  .contact-link {
    display: grid;
    gap: 0.4rem;
  }
  .contact-link h3,
  .contact-link p {
    margin: 0;
  }
  .contact-link .hint {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .private-note h3,
  .private-note .hint {
    margin: 0;
  }
  .private-note .hint {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .private-note textarea {
    font: inherit;
    width: 100%;
    box-sizing: border-box;
  }
  .private-note button {
    justify-self: start;
  }
  .note-error {
    color: var(--_danger);
    margin: 0;
  }
  .details {
    margin: 0;
    display: grid;
    gap: 0.5rem;
  }
  .detail dt {
    font-weight: 600;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .detail dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .kind {
    color: var(--_muted);
    font-size: 0.85em;
  }
  .address {
    display: block;
    font-style: normal;
  }
  .note {
    white-space: pre-line;
  }
  a {
    color: var(--_accent);
  }
  .activity h3 {
    margin: 0 0 0.5rem;
    font-size: 1.05em;
  }
  .load-error {
    color: var(--_danger);
    display: flex;
    gap: 0.5rem;
    align-items: center;
    flex-wrap: wrap;
  }

  /* ---- feedback ---- */
  .status:not(:empty),
  .alert:not(:empty) {
    margin-top: var(--_gap);
    padding: 0.5rem 0.75rem;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .status:not(:empty) {
    border-inline-start: 4px solid var(--_success);
  }
  .alert:not(:empty) {
    border-inline-start: 4px solid var(--_danger);
    color: var(--_danger);
  }
`;
